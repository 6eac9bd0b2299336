import { CallActionKind } from '../ivr.enums';
import type { CallStep } from '../call-view';
import type { Prompt } from '../ivr-menu';
import { xmlEscape } from '../../platform/xml';

/** TwiML for a call step, pure: the adapter's only knowledge of what a step sounds like. */

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

export const response = (...verbs: string[]) => `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.join('')}</Response>`;
export const say = (prompt: Prompt) => `<Say language="sv-SE">${xmlEscape(prompt.sv)}</Say>`;
export const gather = (options: { action: string; timeout: number }, ...inner: string[]) =>
  `<Gather${attrs({ input: 'dtmf', numDigits: 1, timeout: options.timeout, action: options.action, method: 'POST', actionOnEmptyResult: 'true' })}>${inner.join('')}</Gather>`;
export const hangup = () => '<Hangup/>';
export const leave = () => '<Leave/>';
export const pause = (seconds: number) => `<Pause length="${seconds}"/>`;

/** A queue's name on the platform: the service area, or "general". */
export const queueName = (queue: string | null) => (queue ?? 'general').toLowerCase();

export interface Urls {
  gather: (step: number) => string;
  wait: string;
  queueResult: string;
  dialResult: string;
}

/** The TwiML for what the call does next. `step` is the call's step, carried in the gather URL. */
export function twimlFor(next: CallStep, step: number, urls: Urls): string {
  switch (next.action) {
    case CallActionKind.PROMPT:
      return response(gather({ action: urls.gather(step), timeout: next.timeoutSeconds ?? 8 }, say(next.prompt!)));
    case CallActionKind.QUEUE:
      // The position and the callback offer are said by the wait URL, fresh from the database.
      return response(`<Enqueue${attrs({ waitUrl: urls.wait, waitUrlMethod: 'POST', action: urls.queueResult, method: 'POST' })}>${xmlEscape(queueName(next.queue))}</Enqueue>`);
    case CallActionKind.SWITCHBOARD:
      return response(say(next.prompt!), `<Dial${attrs({ action: urls.dialResult, method: 'POST' })}>${xmlEscape(next.dialNumber!)}</Dial>`);
    case CallActionKind.CONNECTED:
      return response();
    case CallActionKind.HANGUP:
      return response(...(next.prompt ? [say(next.prompt)] : []), hangup());
  }
}
