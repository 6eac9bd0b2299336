import { CallActionKind } from '../ivr.enums';
import type { CallStep } from '../call-view';
import type { Prompt } from '../ivr-menu';
import { xmlEscape } from '../../platform/xml';
import { DEFAULT_TWILIO_VOICE } from '../../platform/config';

/** TwiML for a call step, pure: the adapter's only knowledge of what a step sounds like. */

const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

export const response = (...verbs: string[]) => `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.join('')}</Response>`;
/** Swedish speech in a voice that speaks it (Twilio's default voice does not). */
export const say = (prompt: Prompt, voice: string = DEFAULT_TWILIO_VOICE) => `<Say${attrs({ voice, language: 'sv-SE' })}>${xmlEscape(prompt.sv)}</Say>`;
/**
 * One DTMF key. `onSilence` 'post': the action gets the empty result after the timeout (a menu
 * decides what silence means); 'fall-through': Twilio goes on with the next verb (the wait loop's
 * Pause), as Gather does without actionOnEmptyResult.
 */
export const gather = (options: { action: string; timeout: number; onSilence?: 'post' | 'fall-through' }, ...inner: string[]) =>
  `<Gather${attrs({
    input: 'dtmf',
    numDigits: 1,
    timeout: options.timeout,
    action: options.action,
    method: 'POST',
    actionOnEmptyResult: (options.onSilence ?? 'post') === 'post' ? 'true' : undefined,
  })}>${inner.join('')}</Gather>`;
export const hangup = () => '<Hangup/>';
export const leave = () => '<Leave/>';
export const pause = (seconds: number) => `<Pause length="${seconds}"/>`;
/**
 * Dials the answering agent: their phone number (E.164) when the directory has one, else their
 * softphone's Twilio Client identity; the Dial's action hears how it ended.
 */
export const dialAgent = (options: { action: string; timeout: number } & ({ number: string } | { identity: string })) =>
  `<Dial${attrs({ action: options.action, method: 'POST', timeout: options.timeout })}>${
    'number' in options ? `<Number>${xmlEscape(options.number)}</Number>` : `<Client><Identity>${xmlEscape(options.identity)}</Identity></Client>`
  }</Dial>`;

/** Seconds of one pass of the wait loop after its Gather: how soon a waiting caller hears an answer. */
export const WAIT_LOOP_SECONDS = 10;
const WAIT_GATHER_SECONDS = 5;
/** How often the position is said to a waiting caller. */
export const ANNOUNCE_EVERY_SECONDS = 30;

/**
 * Whether the wait loop says the position now: at the start and once every ANNOUNCE_EVERY_SECONDS
 * of `queueTime` (Twilio's QueueTime; unknown: say it). Pure.
 */
export function announceDue(queueTime: number | null): boolean {
  if (queueTime === null || queueTime < WAIT_LOOP_SECONDS) return true;
  return Math.floor(queueTime / ANNOUNCE_EVERY_SECONDS) !== Math.floor((queueTime - WAIT_LOOP_SECONDS) / ANNOUNCE_EVERY_SECONDS);
}

/**
 * One pass of Enqueue's wait loop: a Gather for the callback key (saying the position when due),
 * then a Pause. Silence falls through to the Pause (no empty result is posted, so no "invalid
 * choice"), and when the document ends Twilio asks the wait URL again: that is when an answered
 * call leaves the queue for its agent.
 */
export const waitLoop = (options: { action: string; prompt: Prompt | null; voice: string }) =>
  response(
    gather({ action: options.action, timeout: WAIT_GATHER_SECONDS, onSilence: 'fall-through' }, ...(options.prompt ? [say(options.prompt, options.voice)] : [])),
    pause(WAIT_LOOP_SECONDS - WAIT_GATHER_SECONDS),
  );

/** A queue's name on the platform: the service area, or "general". */
export const queueName = (queue: string | null) => (queue ?? 'general').toLowerCase();

/** The Twilio Client identity of an agent: what the agent's softphone registers as. */
export const agentIdentity = (userId: number) => `agent_${userId}`;

export interface Urls {
  gather: (step: number) => string;
  wait: string;
  queueResult: string;
  dialResult: string;
}

/** The TwiML for what the call does next. `step` is the call's step, carried in the gather URL. */
export function twimlFor(next: CallStep, step: number, urls: Urls, voice: string = DEFAULT_TWILIO_VOICE): string {
  switch (next.action) {
    case CallActionKind.PROMPT:
      return response(gather({ action: urls.gather(step), timeout: next.timeoutSeconds ?? 8 }, say(next.prompt!, voice)));
    case CallActionKind.QUEUE:
      // The position and the callback offer are said by the wait URL, fresh from the database.
      return response(`<Enqueue${attrs({ waitUrl: urls.wait, waitUrlMethod: 'POST', action: urls.queueResult, method: 'POST' })}>${xmlEscape(queueName(next.queue))}</Enqueue>`);
    case CallActionKind.SWITCHBOARD:
      return response(say(next.prompt!, voice), `<Dial${attrs({ action: urls.dialResult, method: 'POST' })}>${xmlEscape(next.dialNumber!)}</Dial>`);
    case CallActionKind.CONNECTED:
      return response();
    case CallActionKind.HANGUP:
      return response(...(next.prompt ? [say(next.prompt, voice)] : []), hangup());
  }
}
