import { TwilioClient, type TwilioClientOptions } from '../../bench/twilio-client';

export { parseTwiml, TwilioCall, type CallPhase, type TwimlNode, type WebhookRecord } from '../../bench/twilio-client';

/**
 * The API tests' Twilio: the client that plays Twilio against the webhooks (bench/twilio-client.ts,
 * shared with `npm run bench ivr`), with time simulated, never slept: a Gather's timeout posts its
 * empty result (or falls through) at once, a Pause adds its length to the queue time Twilio
 * reports to the wait URL. Every webhook is kept in `requests`.
 *
 *   const call = harness.call({ from, to });
 *   await call.start();             // the Voice URL, then the TwiML until it waits for the caller
 *   await call.press('1');          // a key at the current Gather; call.silence() lets it time out
 *   await call.waitPass();          // one pass of Enqueue's wait URL (a key with waitPass('1'))
 *   await call.agentAnswers();      // the Dial to the agent connects; call.agentDoesNotAnswer()
 *   await call.hangUp();            // the caller hangs up: Dial/Enqueue action, status callback
 */
export class TwilioHarness extends TwilioClient {
  constructor(baseUrl: string, options: Pick<TwilioClientOptions, 'authToken' | 'retryEveryWebhook'> = {}) {
    super(baseUrl, options);
  }
}
