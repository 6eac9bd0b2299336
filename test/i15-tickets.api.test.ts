import { EscalateTicketDocument, QueueTicketChangedDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { closeSubscribers, subscribeOver } from './support/ws';

/** Issue 15, screen 1: a queue hears of tickets it has no id for yet (queueTicketChanged). */

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp();
  ids = await directoryIds(t);
});
afterEach(() => closeSubscribers());
afterAll(() => t?.stop());

/** Subscribers of the tickets' live channel on the instance now (the subscription is set up when it grows). */
const listening = () => t.app.unitOfWork(null).live.size('ticket');
const pick = (d: { queueTicketChanged: { number: string; title: string; status: string; tier: string; group: { name: string } } }) => d.queueTicketChanged;

describe('queueTicketChanged', () => {
  it("a new ticket reaches its group's members at once; another group's specialist hears of it only when it is escalated to his group", async () => {
    await waitFor(() => listening() === 0, { what: 'no live subscriber left from before', state: () => listening() });
    const agent = subscribeOver(t.port, A.agent2, QueueTicketChangedDocument, {}, pick);
    const specialist = subscribeOver(t.port, A.payrollSpecialist, QueueTicketChangedDocument, {}, pick);
    await waitFor(() => listening() === 2, { what: 'both subscriptions to be set up', state: () => listening() });

    const created = await phoneTicket(t, ids, { title: 'Ny i kön: fel semesterersättning' });
    await waitFor(() => agent.received.some((r) => r.number === created.number), { what: 'the agent to hear of the new ticket', state: () => agent });
    expect(agent.received.find((r) => r.number === created.number)).toEqual({
      number: created.number, title: 'Ny i kön: fel semesterersättning', status: 'NEW', tier: 'FIRST', group: { name: 'Servicedesk' },
    });

    const res = await t.gql(A.agent, EscalateTicketDocument, {
      ticketId: created.id,
      input: { groupId: ids.payrollGroup, reason: 'Semesterersättningen kräver lönespecialist.', expectedVersion: created.version },
    });
    expect(res.data?.escalateTicket.userErrors).toEqual([]);
    await waitFor(() => specialist.received.length > 0, { what: 'the specialist to hear of the escalated ticket', state: () => specialist });
    // The specialist heard nothing while it was a Servicedesk ticket: only the escalated one.
    expect(specialist.received).toEqual([{ number: created.number, title: 'Ny i kön: fel semesterersättning', status: 'NEW', tier: 'SECOND', group: { name: 'Produktion Lön' } }]);
  });

  it('given groups, only their tickets come; a customer is refused with FORBIDDEN', async () => {
    await waitFor(() => listening() === 0, { what: 'no live subscriber left from before', state: () => listening() });
    const finance = subscribeOver(t.port, A.agent, QueueTicketChangedDocument, { groupIds: [ids.financeGroup] }, pick);
    const servicedesk = subscribeOver(t.port, A.agent, QueueTicketChangedDocument, { groupIds: [ids.servicedesk] }, pick);
    await waitFor(() => listening() === 2, { what: 'both subscriptions to be set up', state: () => listening() });
    const created = await phoneTicket(t, ids, { title: 'Bara Servicedesk' });
    await waitFor(() => servicedesk.received.some((r) => r.number === created.number), { what: 'the Servicedesk subscription to hear of it', state: () => servicedesk });
    expect(finance.received).toEqual([]);

    const customer = subscribeOver(t.port, A.customer, QueueTicketChangedDocument, {}, pick);
    await waitFor(() => customer.errors.length === 1, { what: "the customer's subscription to be refused", state: () => customer });
    expect(JSON.stringify(customer.errors[0])).toContain('FORBIDDEN');
  });
});
