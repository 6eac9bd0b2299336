import { DEMO_PHONES } from '../seeds/directory';
import { CallerSearchDocument, PriorityMatrixDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const found = async (as: string, search: string) => {
  const res = await t.gql(as, CallerSearchDocument, { search });
  expect(res.errors).toBeUndefined();
  return res.data!.users.edges.map((e) => e.node);
};

describe('users(search:) finds a caller by number, name or e-mail', () => {
  it('a phone number in any usual writing finds its owner, with the agency and the number', async () => {
    expect(DEMO_PHONES.customer).toBe('+46701000001');
    for (const writing of ['070-100 00 01', '+46 70 100 00 01', '0046701000001', '+46701000001']) {
      expect(await found(A.agent, writing)).toEqual([
        { id: expect.any(String), name: 'Karin Kund', email: A.customer, phone: '+46701000001', agency: { name: 'Skatteverket' } },
      ]);
    }
  });

  it('part of the e-mail address or of the name', async () => {
    expect((await found(A.agent, 'kund@skatteverket')).map((u) => u.email)).toEqual([A.customer]);
    expect((await found(A.agent, 'Karin Kund')).map((u) => u.email)).toEqual([A.customer]);
  });

  it('a customer searches only their own agency; % is no wildcard', async () => {
    expect((await found(A.customer, '070-100 00 0')).every((u) => u.agency?.name === 'Skatteverket')).toBe(true);
    expect(await found(A.customer, DEMO_PHONES.otherCustomer)).toEqual([]);
    expect(await found(A.agent, '%')).toEqual([]);
  });
});

describe('priorityMatrix', () => {
  it('is the matrix createTicket applies: every cell gives the priority a saved ticket gets', async () => {
    const ids = await directoryIds(t);
    const matrix = (await t.gql(A.agent, PriorityMatrixDocument, {})).data!.priorityMatrix;
    expect(matrix).toHaveLength(9);
    expect(matrix.map((c) => `${c.impact}/${c.urgency}=${c.priority}`)).toEqual([
      'HIGH/HIGH=P1', 'HIGH/MEDIUM=P2', 'HIGH/LOW=P3',
      'MEDIUM/HIGH=P2', 'MEDIUM/MEDIUM=P3', 'MEDIUM/LOW=P4',
      'LOW/HIGH=P3', 'LOW/MEDIUM=P4', 'LOW/LOW=P4',
    ]);
    for (const cell of matrix.filter((c) => c.urgency === 'HIGH')) {
      const ticket = await phoneTicket(t, ids, { impact: cell.impact, urgency: cell.urgency });
      expect(ticket.priority).toBe(cell.priority);
    }
  });

  it('needs a signed-in user', async () => {
    expect((await t.gql(null, PriorityMatrixDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
