import { DEMO_PHONES } from '../seeds/directory';
import { CallInputDocument, StartCallDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let ids: Ids;
beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const measure = async <T>(work: () => Promise<T>) => {
  t.statements.count = 0;
  t.statements.log.length = 0;
  const r = await work();
  return { r, n: t.statements.count, log: [...t.statements.log] };
};

it('probe', async () => {
  await phoneTicket(t, ids);
  const c = await measure(() => phoneTicket(t, ids));
  console.log('createTicket', c.n, c.log.map((l) => l.slice(0, 300)).join('\n'));
  await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CAwarm', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } });
  const s = await measure(() => t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CA1', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } }));
  console.log('startCall', s.n, s.log.map((l) => l.slice(0, 300)).join('\n'));
  const callId = (s.r.data as any).startCall.call.id;
  const i = await measure(() => t.gql(A.telephony, CallInputDocument, { callId, digits: '2', step: 0 }));
  console.log('callInput', i.n, JSON.stringify(i.r), i.log.map((l) => l.slice(0, 300)).join('\n'));
  const i2 = await measure(() => t.gql(A.telephony, CallInputDocument, { callId, digits: '1', step: 1 }));
  console.log('callInput queue', i2.n, JSON.stringify(i2.r), i2.log.map((l) => l.slice(0, 300)).join('\n'));
});
