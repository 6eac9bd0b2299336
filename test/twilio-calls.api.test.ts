import { DEMO_PHONES } from '../seeds/directory';
import { DEFAULT_TWILIO_VOICE, loadConfig } from '../src/platform/config';
import { AnswerCallDocument, CallQueueDocument } from './generated/graphql';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { TwilioHarness, type TwilioCall } from './support/twilio-harness';

/**
 * Issue 16: whole calls through a harness that plays Twilio (signed webhooks, TwiML followed as
 * Twilio follows it, timeouts simulated), each item of "Found" as a test.
 */
let t: TestApp;
let twilio: TwilioHarness;
beforeAll(async () => {
  t = await startTestApp();
  twilio = new TwilioHarness(`http://127.0.0.1:${t.port}`);
});
afterAll(() => t?.stop());

const callRow = async (call: TwilioCall) =>
  (
    await t.sql<{ id: number; state: string; end_reason: string | null; answered_by: string | null; queued_at: Date | null }>(
      `select c.id, c.state, c.end_reason, u.email as answered_by, c.queued_at from ivr_call c left join app_user u on u.id = c.answered_by_id where c.external_call_id = $1`,
      [call.sid],
    )
  )[0];
const callId = async (call: TwilioCall) => t.id('IvrCall', 'select id from ivr_call where external_call_id = $1', [call.sid]);
const waiting = async () => (await t.gql(A.agent, CallQueueDocument, { serviceArea: 'PAYROLL' })).data!.callQueue.waiting;
const agentId = async () => (await t.sql<{ id: number }>('select id from app_user where email = $1', [A.agent]))[0].id;
const callbacksOf = async (call: TwilioCall) => Number((await t.sql<{ n: string }>('select count(*) as n from ivr_callback b join ivr_call c on c.id = b.call_id where c.external_call_id = $1', [call.sid]))[0].n);
const inPayrollQueue = async (harness: TwilioHarness = twilio, from: string = DEMO_PHONES.customer2) => {
  const call = await harness.call({ from, to: DEMO_PHONES.shared }).start();
  await call.press('1');
  expect(call.phase).toBe('queued');
  return call;
};

describe('issue 16 item 1: a queued caller reaches the agent who answers', () => {
  it('menu, queue, answerCall, connected to the agent, hang-up: the call state follows at each step', async () => {
    const call = await twilio.call({ from: DEMO_PHONES.customer2, to: DEMO_PHONES.shared }).start();
    expect(call.said[0]).toMatch(/^Välkommen till Statens servicecenter/);
    expect((await callRow(call)).state).toBe('IN_MENU');
    await call.press('1');
    expect((await callRow(call)).state).toBe('QUEUED');
    await call.waitPass();
    expect(call.said.at(-1)).toMatch(/Du är nummer 1 i kön/);
    expect(await waiting()).toBe(1);

    const answered = await t.gql(A.agent, AnswerCallDocument, { callId: await callId(call) });
    expect(answered.data!.answerCall.userErrors).toEqual([]);
    expect(await callRow(call)).toMatchObject({ state: 'ANSWERED', answered_by: A.agent });
    expect(await waiting()).toBe(0);

    // The next pass of the wait loop takes the caller out of the queue and dials the agent.
    await call.waitPass();
    expect(call.phase).toBe('dialling');
    expect(call.dialledTo).toBe(`agent_${await agentId()}`);
    expect(call.said.at(-1)).toBe('Du kopplas nu till en handläggare.');
    await call.agentAnswers();
    expect(await callRow(call)).toMatchObject({ state: 'ANSWERED', end_reason: null });

    await call.hangUp();
    expect(await callRow(call)).toMatchObject({ state: 'ENDED', end_reason: 'COMPLETED', answered_by: A.agent });
    expect(call.said.join(' ')).not.toMatch(/Ogiltigt val|tekniskt fel/);
  });

  it("an agent's phone that does not answer puts the caller back in their place in the queue", async () => {
    const call = await inPayrollQueue();
    const queuedAt = (await callRow(call)).queued_at;
    await t.gql(A.agent, AnswerCallDocument, { callId: await callId(call) });
    await call.waitPass();
    await call.agentDoesNotAnswer('no-answer');
    expect(call.phase).toBe('queued');
    expect(call.said.at(-1)).toMatch(/Du har kvar din plats i kön/);
    expect(await callRow(call)).toMatchObject({ state: 'QUEUED', answered_by: null, queued_at: queuedAt });
    expect(await waiting()).toBe(1);
    await call.hangUp();
    expect(await callRow(call)).toMatchObject({ state: 'ENDED', end_reason: 'ABANDONED' });
  });
  it("an agent with a phone number in the directory is dialled on that number instead of the softphone", async () => {
    await t.sql('update app_user set phone = $1 where email = $2', ['+46701234567', A.agent2]);
    try {
      const call = await inPayrollQueue();
      await t.gql(A.agent2, AnswerCallDocument, { callId: await callId(call) });
      await call.waitPass();
      expect(call.phase).toBe('dialling');
      expect(call.dialledTo).toBe('+46701234567');
      await call.agentAnswers();
      await call.hangUp();
      expect(await callRow(call)).toMatchObject({ state: 'ENDED', end_reason: 'COMPLETED', answered_by: A.agent2 });
    } finally {
      await t.sql('update app_user set phone = null where email = $1', [A.agent2]);
    }
  });
});

describe('issue 16 item 2: QueueResult bridged', () => {
  it('is answered and completed, never FAILED, and the bridged call leaves the wallboard', async () => {
    const bridging = await inPayrollQueue();
    await bridging.waitPass();
    await bridging.leaveQueue('bridging-in-process');
    expect((await callRow(bridging)).state).toBe('ANSWERED');
    expect(await waiting()).toBe(0);

    const bridged = await inPayrollQueue();
    await bridged.leaveQueue('bridged');
    expect(await callRow(bridged)).toMatchObject({ state: 'ENDED', end_reason: 'COMPLETED' });
    expect(await waiting()).toBe(0);
    await bridging.hangUp();
    expect(await callRow(bridging)).toMatchObject({ state: 'ENDED', end_reason: 'COMPLETED' });
  });
});

describe('issue 16 items 3 and 8: the callback key', () => {
  it('twice gives the same TwiML and one callback; the caller then hears that we will call back', async () => {
    const call = await inPayrollQueue();
    const params = { AccountSid: 'AC0', CallSid: call.sid, From: call.from, To: call.to, Digits: '1', QueueTime: '5' };
    const first = await twilio.post('/ivr/twilio/queue-input', params);
    const again = await twilio.post('/ivr/twilio/queue-input', params);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toBe(first.body);
    expect(first.body).toContain('<Leave/>');
    expect(await callbacksOf(call)).toBe(1);
    await call.leaveQueue('leave');
    expect(call.said.at(-1)).toMatch(/vi ringer upp dig/);
    expect(call.said.join(' ')).not.toMatch(/Tack för ditt samtal/);
    expect(call.phase).toBe('ended');
  });
});

describe('issue 16 item 4: a withheld number', () => {
  it.each(['anonymous', '+266696687', ''])('From=%j is not offered a callback, and pressing 1 keeps its place', async (from) => {
    const call = await inPayrollQueue(twilio, from);
    await call.waitPass();
    expect(call.said.at(-1)).toMatch(/Du är nummer \d+ i kön/);
    expect(call.said.at(-1)).not.toMatch(/Tryck 1/);
    await call.waitPass('1');
    expect(call.said.at(-1)).toMatch(/Vi kan inte ringa upp ett dolt nummer/);
    expect(call.phase).toBe('queued');
    expect(await callbacksOf(call)).toBe(0);
    expect(twilio.requests.filter((r) => r.params.CallSid === call.sid).every((r) => r.status === 200)).toBe(true);
    await call.hangUp();
  });
});

describe('issue 16 item 5: silence in the queue', () => {
  it('is not "Ogiltigt val": the Gather falls through to its Pause, and the loop goes on', async () => {
    const call = await inPayrollQueue();
    for (let i = 0; i < 4; i++) await call.waitPass();
    expect(call.phase).toBe('queued');
    expect(call.said.join(' ')).not.toMatch(/Ogiltigt val/);
    // Each pass is a 5-second Gather and a 5-second Pause (simulated, not slept).
    expect(call.queueTime).toBe(40);
    const waits = twilio.requests.filter((r) => r.params.CallSid === call.sid && r.url.endsWith('/wait'));
    expect(waits[0].body).toMatch(/<Gather[^>]*>.*<\/Gather><Pause length="5"\/>/);
    expect(waits[0].body).not.toContain('actionOnEmptyResult');
    expect(twilio.requests.some((r) => r.params.CallSid === call.sid && r.url.endsWith('/queue-input'))).toBe(false);
    await call.hangUp();
    expect((await callRow(call)).end_reason).toBe('ABANDONED');
  });
});

describe('issue 16 item 6: staying on the line at the main menu', () => {
  it('reaches the switchboard after the first silence, with no "Ogiltigt val"', async () => {
    const call = await twilio.call({ from: DEMO_PHONES.customer2, to: DEMO_PHONES.shared }).start();
    await call.silence();
    expect(call.phase).toBe('dialling');
    expect(call.dialledTo).toBe(DEMO_PHONES.switchboard);
    expect(call.said).toHaveLength(2);
    expect(call.said[1]).toBe('Du kopplas nu till växeln.');
    await call.agentAnswers();
    await call.hangUp();
    expect(await callRow(call)).toMatchObject({ state: 'ENDED', end_reason: 'TRANSFERRED' });
  });

  it('a switchboard that does not answer ends the call ABANDONED, locked by its sid without a read before', async () => {
    const call = await twilio.call({ from: DEMO_PHONES.customer2, to: DEMO_PHONES.shared }).start();
    await call.silence();
    expect(call.dialledTo).toBe(DEMO_PHONES.switchboard);
    t.statements.log.length = 0;
    await call.agentDoesNotAnswer('busy');
    expect(call.phase).toBe('ended');
    expect(await callRow(call)).toMatchObject({ state: 'ENDED', end_reason: 'ABANDONED' });
    // The status callback that follows reads the call (ended already: all it costs); the dial result does not.
    expect(t.statements.log.filter((s) => /from "ivr_call" as "i0" where "i0"."external_call_id"/.test(s))).toHaveLength(1);
  });
});

describe('issue 16 item 7: a refusal answers 200 with TwiML', () => {
  it('an unknown call, a bad key, a late key: 200, something said, the call goes on or ends cleanly; a bad signature stays 403', async () => {
    const unknown = await twilio.post('/ivr/twilio/gather?step=0', { CallSid: 'CAunknown', From: DEMO_PHONES.customer2, To: DEMO_PHONES.shared, Digits: '1' });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatch(/<Say[^>]*>Ett tekniskt fel uppstod.*<\/Say><Hangup\/>/);

    const call = await twilio.call({ from: DEMO_PHONES.customer2, to: DEMO_PHONES.shared }).start();
    const params = { CallSid: call.sid, From: call.from, To: call.to };
    const bad = await twilio.post('/ivr/twilio/gather?step=0', { ...params, Digits: 'x' });
    expect(bad.status).toBe(200);
    expect(bad.body).toMatch(/<Gather[^>]*action="[^"]*gather\?step=0"/);
    const ahead = await twilio.post('/ivr/twilio/gather?step=7', { ...params, Digits: '1' });
    expect(ahead.status).toBe(200);
    expect(ahead.body).toContain('<Gather');
    const unsigned = await fetch(`${twilio.baseUrl}/ivr/twilio/voice`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString() });
    expect(unsigned.status).toBe(403);
    await call.hangUp();
  });
});

describe('issue 16 item 9: the voice', () => {
  it('every <Say> names a Swedish voice Twilio supports, language sv-SE; TWILIO_VOICE changes it', async () => {
    const call = await inPayrollQueue();
    await call.waitPass();
    await call.hangUp();
    expect(call.says.length).toBeGreaterThan(1);
    for (const s of call.says) expect(s.attrs).toMatchObject({ voice: 'Polly.Astrid', language: 'sv-SE' });
    expect(DEFAULT_TWILIO_VOICE).toBe('Polly.Astrid');
    expect(loadConfig({ TWILIO_VOICE: 'Google.sv-SE-Standard-A' }).ivr.voice).toBe('Google.sv-SE-Standard-A');
  });
});

describe('issue 16: every webhook retried once (as Twilio does when an answer is lost) is harmless', () => {
  it('a callback call and an answered call, each webhook sent twice: one ticket each, one callback, the same ends', async () => {
    const retrying = new TwilioHarness(twilio.baseUrl, { retryEveryWebhook: true });
    const tickets = Number((await t.sql<{ n: string }>('select count(*) as n from ticket'))[0].n);

    const callback = await inPayrollQueue(retrying);
    await callback.waitPass('1');
    expect(callback.phase).toBe('ended');
    expect(callback.said.at(-1)).toMatch(/vi ringer upp dig/);
    expect(await callbacksOf(callback)).toBe(1);
    expect(await callRow(callback)).toMatchObject({ state: 'ENDED', end_reason: 'CALLBACK' });

    const answered = await inPayrollQueue(retrying);
    await answered.waitPass();
    await t.gql(A.agent, AnswerCallDocument, { callId: await callId(answered) });
    await answered.waitPass();
    await answered.agentAnswers();
    await answered.hangUp();
    expect(await callRow(answered)).toMatchObject({ state: 'ENDED', end_reason: 'COMPLETED', answered_by: A.agent });

    expect(Number((await t.sql<{ n: string }>('select count(*) as n from ticket'))[0].n)).toBe(tickets + 2);
    expect(retrying.requests.every((r) => r.status < 300)).toBe(true);
    // A retry answers what the first request answered.
    expect(retrying.requests.filter((r) => r.firstBody !== undefined).map((r) => r.url)).toEqual([]);
  });
});
