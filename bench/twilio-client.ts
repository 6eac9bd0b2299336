import { XMLParser } from 'fast-xml-parser';
import { DEV_TWILIO_TOKEN } from '../src/platform/config';
import { twilioSignature } from '../src/ivr/twilio/signature';

/**
 * A client that plays Twilio against the server's webhooks, for the API tests
 * (test/support/twilio-harness.ts) and `npm run bench ivr`'s realistic run: it follows the TwiML
 * it gets back as Twilio does, signs every request as Twilio does (X-Twilio-Signature over the URL
 * and the sorted POST parameters), and can retry every webhook once as Twilio does when an answer
 * is lost. It lives in bench/ (not src/: it is no part of the server, and it parses TwiML with a
 * development dependency) so that the bench never imports from test/.
 *
 * Time is `elapse`'s: by default simulated, never slept (the tests): a Gather's timeout posts its
 * empty result (or falls through) at once, a Pause adds its length to the queue time Twilio
 * reports to the wait URL. The bench passes a real sleep, so that a wait pass lasts as long as
 * Twilio plays it (about WAIT_LOOP_SECONDS) and a Gather's timeout is waited out.
 *
 *   const call = client.call({ from, to });
 *   await call.start();             // the Voice URL, then the TwiML until it waits for the caller
 *   await call.press('1');          // a key at the current Gather; call.silence() lets it time out
 *   await call.waitPass();          // one pass of Enqueue's wait URL (a key with waitPass('1'))
 *   await call.agentAnswers();      // the Dial to the agent connects; call.agentDoesNotAnswer()
 *   await call.hangUp();            // the caller hangs up: Dial/Enqueue action, status callback
 */

export interface TwimlNode {
  name: string;
  attrs: Record<string, string>;
  children: TwimlNode[];
  text: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, parseTagValue: false, trimValues: false });

/** The verbs of a TwiML document, in order (nested nouns and verbs as children). */
export function parseTwiml(xml: string): TwimlNode[] {
  const toNodes = (items: any[]): TwimlNode[] =>
    items
      .filter((item) => !('#text' in item) && !('?xml' in item))
      .map((item) => {
        const name = Object.keys(item).find((k) => k !== ':@')!;
        const content = item[name] as any[];
        return { name, attrs: (item[':@'] ?? {}) as Record<string, string>, children: toNodes(content), text: content.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('') };
      });
  const doc = toNodes(parser.parse(xml));
  const root = doc.find((n) => n.name === 'Response');
  if (!root) throw new Error(`not TwiML: ${xml.slice(0, 200)}`);
  return root.children;
}

export interface WebhookRecord {
  url: string;
  params: Record<string, string>;
  status: number;
  body: string;
  /** Milliseconds from sending to the whole answer (both requests when retrying). */
  ms: number;
  /** With retries on: the first answer, when the retry's differed. */
  firstBody?: string;
}

export interface TwilioClientOptions {
  authToken?: string;
  retryEveryWebhook?: boolean;
  /** Lets `seconds` of the call's time pass (default: simulated, at once). */
  elapse?: (seconds: number) => Promise<void>;
  /** Told of every webhook answered, with how long it took. */
  onWebhook?: (record: WebhookRecord) => void;
  /** Keep every webhook in `requests` (default true; the bench turns it off). */
  keepRequests?: boolean;
}

export class TwilioClient {
  readonly requests: WebhookRecord[] = [];
  private sids = 0;
  constructor(
    readonly baseUrl: string,
    readonly options: TwilioClientOptions = {},
  ) {}

  /** Lets time pass on the call (simulated unless the options say otherwise). */
  elapse(seconds: number): Promise<void> {
    return this.options.elapse ? this.options.elapse(seconds) : Promise.resolve();
  }

  /** POSTs a signed webhook as Twilio does (twice when retrying every webhook: the second answer is used). */
  async post(url: string, params: Record<string, string>): Promise<WebhookRecord> {
    const absolute = url.startsWith('http') ? url : `${this.baseUrl}${url}`;
    const send = async () => {
      const res = await fetch(absolute, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(this.options.authToken ?? DEV_TWILIO_TOKEN, absolute, params) },
        body: new URLSearchParams(params).toString(),
      });
      return { status: res.status, body: await res.text() };
    };
    const at = performance.now();
    const first = await send();
    const answer = this.options.retryEveryWebhook ? await send() : first;
    const record: WebhookRecord = { url: absolute, params, ...answer, ms: performance.now() - at, ...(answer.body !== first.body || answer.status !== first.status ? { firstBody: first.body } : {}) };
    if (this.options.keepRequests !== false) this.requests.push(record);
    this.options.onWebhook?.(record);
    return record;
  }

  call(options: { from: string; to: string; sid?: string }): TwilioCall {
    return new TwilioCall(this, options.sid ?? `CA${Date.now().toString(16)}${(++this.sids).toString().padStart(6, '0')}${Math.random().toString(16).slice(2, 10)}`, options.from, options.to);
  }
}

export type CallPhase = 'new' | 'gathering' | 'queued' | 'dialling' | 'connected' | 'ended';

export class TwilioCall {
  /** Everything said to the caller, in order. */
  readonly said: string[] = [];
  /** Every `<Say>` with its attributes. */
  readonly says: TwimlNode[] = [];
  phase: CallPhase = 'new';
  /** Seconds in the queue, as Twilio counts them (Pauses and Gather timeouts, simulated). */
  queueTime = 0;
  /** Who the caller was dialled to (a Client identity or a number). */
  dialledTo: string | null = null;
  private verbs: TwimlNode[] = [];
  private current: TwimlNode | null = null;
  private enqueue: TwimlNode | null = null;

  constructor(
    readonly client: TwilioClient,
    readonly sid: string,
    readonly from: string,
    readonly to: string,
  ) {}

  private params(extra: Record<string, string> = {}) {
    return { AccountSid: 'AC00000000000000000000000000000000', CallSid: this.sid, From: this.from, To: this.to, Direction: 'inbound', CallStatus: this.phase === 'ended' ? 'completed' : 'in-progress', ApiVersion: '2010-04-01', ...extra };
  }

  private async fetch(url: string, extra: Record<string, string> = {}) {
    const answer = await this.client.post(url, this.params(extra));
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}: ${answer.body}`);
    return parseTwiml(answer.body);
  }

  /** The Voice URL, then the TwiML until the call waits for something. */
  async start(): Promise<this> {
    this.verbs = await this.fetch('/ivr/twilio/voice');
    await this.run();
    return this;
  }

  private hear(node: TwimlNode) {
    this.says.push(node);
    this.said.push(node.text);
  }

  /** Executes top-level verbs until one waits: a Gather, an Enqueue, a Dial, or the end. */
  private async run(): Promise<void> {
    while (this.verbs.length) {
      const verb = this.verbs.shift()!;
      switch (verb.name) {
        case 'Say':
          this.hear(verb);
          break;
        case 'Pause':
          break;
        case 'Gather':
          verb.children.filter((c) => c.name === 'Say').forEach((c) => this.hear(c));
          this.current = verb;
          this.phase = 'gathering';
          return;
        case 'Enqueue':
          this.enqueue = verb;
          this.phase = 'queued';
          return;
        case 'Dial':
          this.current = verb;
          this.phase = 'dialling';
          this.dialledTo = verb.children.length ? verb.children.map((c) => c.children.find((i) => i.name === 'Identity')?.text ?? c.text).join(',') : verb.text;
          return;
        case 'Hangup':
          await this.over();
          return;
        case 'Leave':
          throw new Error('<Leave/> outside a queue');
        default:
          throw new Error(`the Twilio client does not play <${verb.name}>`);
      }
    }
    // The document ran out: Twilio ends the call.
    await this.over();
  }

  private async over() {
    this.verbs = [];
    this.phase = 'ended';
    await this.client.post('/ivr/twilio/status', this.params({ CallStatus: 'completed', CallDuration: '60' }));
  }

  private requireGather(): TwimlNode {
    if (this.phase !== 'gathering' || !this.current) throw new Error(`no Gather waiting (the call is ${this.phase})`);
    return this.current;
  }

  /** A key at the Gather: Twilio posts it to the action. */
  async press(digits: string): Promise<this> {
    const gather = this.requireGather();
    this.verbs = await this.fetch(gather.attrs.action, { Digits: digits, FinishedOnKey: '' });
    await this.run();
    return this;
  }

  /** The caller says nothing until the Gather times out: the empty result is posted (actionOnEmptyResult) or Twilio goes on. */
  async silence(): Promise<this> {
    const gather = this.requireGather();
    await this.client.elapse(Number(gather.attrs.timeout ?? 5));
    if (gather.attrs.actionOnEmptyResult === 'true') this.verbs = await this.fetch(gather.attrs.action, { Digits: '' });
    await this.run();
    return this;
  }

  /**
   * One pass of Enqueue's wait URL, its TwiML played as Twilio plays it in the queue: Say is
   * heard, a Gather takes `key` (if given, once) or times out, a Pause adds to the queue time, a
   * Leave takes the call out of the queue to Enqueue's action. `keyAfter`: seconds into the Gather
   * the key is pressed (at most its timeout).
   */
  async waitPass(key?: string, keyAfter = 0): Promise<this> {
    if (this.phase !== 'queued' || !this.enqueue) throw new Error(`not waiting in a queue (the call is ${this.phase})`);
    let verbs = await this.fetch(this.enqueue.attrs.waitUrl, { QueueSid: 'QU0', QueuePosition: '1', QueueTime: String(this.queueTime), CurrentQueueSize: '1', AvgQueueTime: '0' });
    let pending = key;
    while (verbs.length) {
      const verb = verbs.shift()!;
      if (verb.name === 'Say') this.hear(verb);
      else if (verb.name === 'Pause') await this.pass(Number(verb.attrs.length ?? 1));
      else if (verb.name === 'Gather') {
        verb.children.filter((c) => c.name === 'Say').forEach((c) => this.hear(c));
        if (pending !== undefined) {
          await this.pass(Math.min(keyAfter, Number(verb.attrs.timeout ?? 5)));
          verbs = await this.fetch(verb.attrs.action, { Digits: pending, QueueSid: 'QU0', QueueTime: String(this.queueTime) });
          pending = undefined;
        } else {
          await this.pass(Number(verb.attrs.timeout ?? 5));
          if (verb.attrs.actionOnEmptyResult === 'true') verbs = await this.fetch(verb.attrs.action, { Digits: '', QueueSid: 'QU0', QueueTime: String(this.queueTime) });
        }
      } else if (verb.name === 'Leave') return this.leaveQueue('leave');
      else if (verb.name === 'Hangup') return this.leaveQueue('hangup');
      else throw new Error(`<${verb.name}> is not allowed in a wait URL's TwiML`);
    }
    return this;
  }

  /** Time passes in the queue: Twilio counts it in QueueTime. */
  private async pass(seconds: number) {
    await this.client.elapse(seconds);
    this.queueTime += seconds;
  }

  /** Passes of the wait loop until the call leaves the queue (at most `max`). */
  async waitUntilOutOfQueue(max = 10): Promise<this> {
    for (let i = 0; i < max && this.phase === 'queued'; i++) await this.waitPass();
    return this;
  }

  /** The call leaves the queue: Twilio posts Enqueue's action and plays its answer. */
  async leaveQueue(result: 'leave' | 'hangup' | 'bridged' | 'bridging-in-process' | 'redirected' | 'queue-full' | 'system-error' | 'error'): Promise<this> {
    if (!this.enqueue) throw new Error('never enqueued');
    const action = this.enqueue.attrs.action;
    const answer = await this.fetch(action, { QueueResult: result, QueueSid: 'QU0', QueueTime: String(this.queueTime) });
    // Being bridged by a <Dial><Queue>: connected; Twilio reports 'bridged' when both hang up.
    if (result === 'bridging-in-process') {
      this.phase = 'connected';
      return this;
    }
    this.enqueue = null;
    this.verbs = answer;
    if (result === 'hangup' || result === 'bridged') {
      this.verbs = [];
      await this.over();
    } else await this.run();
    return this;
  }

  /** The dialled party (the agent's softphone) answers: the parties are connected. */
  async agentAnswers(): Promise<this> {
    if (this.phase !== 'dialling') throw new Error(`nothing is being dialled (the call is ${this.phase})`);
    this.phase = 'connected';
    return this;
  }

  /** The dialled party does not answer: Twilio posts the Dial's action with no-answer and plays its answer. */
  async agentDoesNotAnswer(status: 'no-answer' | 'busy' | 'failed' = 'no-answer'): Promise<this> {
    if (this.phase !== 'dialling' || !this.current) throw new Error(`nothing is being dialled (the call is ${this.phase})`);
    this.verbs = await this.fetch(this.current.attrs.action, { DialCallStatus: status, DialCallSid: `${this.sid}-leg` });
    await this.run();
    return this;
  }

  /** The caller hangs up wherever they are: the waiting verb's action (as Twilio posts it), then the status callback. */
  async hangUp(): Promise<this> {
    if (this.phase === 'connected' && this.enqueue) return this.leaveQueue('bridged');
    if (this.phase === 'connected' || this.phase === 'dialling') {
      const status = this.phase === 'connected' ? 'completed' : 'canceled';
      await this.fetch(this.current!.attrs.action, { DialCallStatus: status, DialCallDuration: status === 'completed' ? '42' : '0', DialCallSid: `${this.sid}-leg` });
    } else if (this.phase === 'queued') {
      await this.fetch(this.enqueue!.attrs.action, { QueueResult: 'hangup', QueueSid: 'QU0', QueueTime: String(this.queueTime) });
    }
    if (this.phase !== 'ended') await this.over();
    return this;
  }
}
