import { XMLParser } from 'fast-xml-parser';
import { queueMessage } from './call-messages';
import { closureOf, endRefusal, hangUpReason, normalisePhone } from './call-rules';
import { CallActionKind, CallEndReason, CallState } from './ivr.enums';
import { comesBefore, expectedWaitSeconds } from './queue-math';
import { isValidTwilioSignature, twilioSignature } from './twilio/signature';
import { twimlFor } from './twilio/twiml';

describe('endRefusal: which end fits which state', () => {
  const table: [CallState, CallEndReason, boolean][] = [
    [CallState.IN_MENU, CallEndReason.ABANDONED, true],
    [CallState.IN_MENU, CallEndReason.COMPLETED, false],
    [CallState.QUEUED, CallEndReason.ABANDONED, true],
    [CallState.QUEUED, CallEndReason.TRANSFERRED, false],
    [CallState.QUEUED, CallEndReason.CALLBACK, false],
    [CallState.ANSWERED, CallEndReason.COMPLETED, true],
    [CallState.ANSWERED, CallEndReason.ABANDONED, false],
    [CallState.SWITCHBOARD, CallEndReason.TRANSFERRED, true],
    [CallState.SWITCHBOARD, CallEndReason.ABANDONED, true],
    [CallState.SWITCHBOARD, CallEndReason.COMPLETED, false],
    [CallState.ANSWERED, CallEndReason.FAILED, true],
    [CallState.ENDED, CallEndReason.FAILED, false],
    [CallState.ENDED, CallEndReason.ABANDONED, false],
  ];
  it.each(table)('%s ending %s: allowed %s', (state, reason, allowed) => {
    expect(endRefusal(state, reason) === null).toBe(allowed);
  });
});

describe('normalisePhone', () => {
  it.each([
    ['+46701234567', '+46701234567'],
    ['070-123 45 67', '+46701234567'],
    ['0046 8 123 456 78', '+46812345678'],
    ['(08) 123 456 78', '+46812345678'],
    ['anonymous', null],
    ['', null],
    ['Restricted', null],
    ['hello', undefined],
    ['+0123', undefined],
    ['+4670123456789012345', undefined],
  ])('%j -> %j', (raw, expected) => expect(normalisePhone(raw)).toBe(expected));
});

describe('closureOf and hangUpReason: which call ends close the ticket unserved', () => {
  it.each([
    [CallState.IN_MENU, CallEndReason.ABANDONED, 'ABANDONED'],
    [CallState.QUEUED, CallEndReason.ABANDONED, 'ABANDONED'],
    [CallState.QUEUED, CallEndReason.FAILED, 'ABANDONED'],
    [CallState.QUEUED, CallEndReason.CALLBACK, null],
    [CallState.ANSWERED, CallEndReason.COMPLETED, null],
    [CallState.ANSWERED, CallEndReason.FAILED, null],
    [CallState.SWITCHBOARD, CallEndReason.TRANSFERRED, 'SWITCHBOARD'],
    [CallState.SWITCHBOARD, CallEndReason.ABANDONED, 'SWITCHBOARD'],
  ])('%s ending %s closes %s', (state, reason, closure) => expect(closureOf(state, reason)).toBe(closure));
  it('a hang-up ends by the state', () => {
    expect([CallState.IN_MENU, CallState.QUEUED, CallState.ANSWERED, CallState.SWITCHBOARD].map((s) => hangUpReason(s, false))).toEqual(['ABANDONED', 'ABANDONED', 'COMPLETED', 'TRANSFERRED']);
    expect(hangUpReason(CallState.ANSWERED, true)).toBe('FAILED');
  });
});

describe('comesBefore: calls and callbacks in one line', () => {
  const at = (s: number) => new Date(Date.UTC(2027, 2, 1, 8, 0, s));
  it('orders by when the caller joined, then by call id', () => {
    expect(comesBefore({ joinedAt: at(0), callId: 9 }, { joinedAt: at(5), callId: 1 })).toBe(true);
    expect(comesBefore({ joinedAt: at(5), callId: 1 }, { joinedAt: at(0), callId: 9 })).toBe(false);
    expect(comesBefore({ joinedAt: at(0), callId: 1 }, { joinedAt: at(0), callId: 2 })).toBe(true);
    expect(comesBefore({ joinedAt: at(0), callId: 2 }, { joinedAt: at(0), callId: 2 })).toBe(false);
  });
});

describe('expectedWaitSeconds', () => {
  const now = new Date('2027-01-01T10:00:00Z');
  const at = (minutesAgo: number, waited = 60) => ({ answeredAt: new Date(now.getTime() - minutesAgo * 60_000), queuedAt: new Date(now.getTime() - minutesAgo * 60_000 - waited * 1000) });
  it('unknown without history', () => expect(expectedWaitSeconds(1, [], now)).toBeNull());
  it('from the answer rate: 4 answers over the last 8 minutes is one every 2 minutes', () => {
    const answered = [at(2), at(4), at(6), at(8)];
    expect(expectedWaitSeconds(1, answered, now)).toBe(120);
    expect(expectedWaitSeconds(3, answered, now)).toBe(360);
  });
  it('from the median wait when too few answers are recent', () => {
    expect(expectedWaitSeconds(5, [at(40, 30), at(50, 90), at(90, 600)], now)).toBe(90);
    expect(expectedWaitSeconds(5, [at(40, 30), at(50, 90)], now)).toBe(60);
  });
});

describe('the callers hear', () => {
  it('their position, the expected wait and the callback offer', () => {
    expect(queueMessage(3, 125).sv).toBe('Många ringer just nu. Du är nummer 3 i kön. Beräknad väntetid är cirka 2 minuter. Tryck 1 om du vill bli uppringd i stället för att vänta.');
    expect(queueMessage(1, 20).sv).toContain('cirka 1 minut.');
    expect(queueMessage(1, null).en).toBe('Many are calling right now. You are number 1 in the queue. Press 1 to be called back instead of waiting.');
  });
});

describe('Twilio request signatures', () => {
  // The example of Twilio's own documentation (security/signature_validation).
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675310', Digits: '1234', From: '+14158675310', To: '+18005551212' };
  it("matches Twilio's documented example", () => {
    expect(twilioSignature('12345', url, params)).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
    expect(isValidTwilioSignature('12345', 'GvWf1cFY/Q7PnoempGyD5oXAezc=', url, params)).toBe(true);
  });
  it('fails for another token, URL, parameter or a missing header', () => {
    expect(isValidTwilioSignature('54321', 'GvWf1cFY/Q7PnoempGyD5oXAezc=', url, params)).toBe(false);
    expect(isValidTwilioSignature('12345', 'GvWf1cFY/Q7PnoempGyD5oXAezc=', url.replace('foo=1', 'foo=2'), params)).toBe(false);
    expect(isValidTwilioSignature('12345', 'GvWf1cFY/Q7PnoempGyD5oXAezc=', url, { ...params, Digits: '1' })).toBe(false);
    expect(isValidTwilioSignature('12345', undefined, url, params)).toBe(false);
    expect(isValidTwilioSignature('12345', 'short', url, params)).toBe(false);
  });
});

describe('TwiML', () => {
  const urls = { gather: (s: number) => `https://x/g?step=${s}`, wait: 'https://x/w', queueResult: 'https://x/q', dialResult: 'https://x/d' };
  const none = { prompt: null, node: null, invalid: false, timeoutSeconds: null, queue: null, position: null, expectedWaitSeconds: null, dialNumber: null };
  const parse = (s: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(s).Response;
  it('escapes what it says', () => {
    const xml = twimlFor({ ...none, action: CallActionKind.PROMPT, prompt: { sv: 'A & B <C> "d"', en: '' }, timeoutSeconds: 5 }, 2, urls);
    expect(xml).toContain('A &amp; B &lt;C&gt; &quot;d&quot;');
    expect(parse(xml).Gather['@action']).toBe('https://x/g?step=2');
  });
  it('queues by name, dials the switchboard, hangs up', () => {
    expect(parse(twimlFor({ ...none, action: CallActionKind.QUEUE, queue: null }, 0, urls)).Enqueue['#text']).toBe('general');
    expect(parse(twimlFor({ ...none, action: CallActionKind.SWITCHBOARD, prompt: { sv: 'x', en: 'x' }, dialNumber: '+4681' }, 0, urls)).Dial['#text']).toBe('+4681');
    expect(parse(twimlFor({ ...none, action: CallActionKind.HANGUP }, 0, urls))).toHaveProperty('Hangup');
  });
});
