import { FixedClock } from '../src/platform/clock';
import { LeaveTicketDocument, TicketViewersDocument, TicketViewersNowDocument, ViewTicketDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { closeSubscribers, subscribeOver } from './support/ws';

/** Issue 15, screen 2: who is viewing a ticket (viewTicket heartbeats, ticketViewers, Ticket.viewers). */

const clock = new FixedClock(new Date('2027-03-02T09:00:00Z'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterEach(() => closeSubscribers());
afterAll(() => t?.stop());

const view = async (as: string, ticketId: string) => {
  const res = await t.gql(as, ViewTicketDocument, { ticketId });
  return res.errors ? String(res.errors[0].extensions?.code) : res.data!.viewTicket.userErrors.length ? res.data!.viewTicket.userErrors[0].code : res.data!.viewTicket.viewers!.map((v) => v.user.email);
};
const emails = (list: { user: { email: string | null } }[]) => list.map((v) => v.user.email);

describe('who is viewing a ticket', () => {
  it('two agents viewing one ticket see each other, live and in the list', async () => {
    const ticket = await phoneTicket(t, ids);
    const sub1 = subscribeOver(t.port, A.agent, TicketViewersDocument, { ticketId: ticket.id }, (d) => emails(d.ticketViewers));
    await waitFor(() => sub1.received.length === 1, { what: 'the initial list', state: () => sub1 });
    expect(sub1.received[0]).toEqual([]);

    expect(await view(A.agent, ticket.id)).toEqual([A.agent]);
    await waitFor(() => sub1.received.length === 2, { what: 'the agent himself to appear', state: () => sub1 });
    expect(sub1.received[1]).toEqual([A.agent]);

    expect(await view(A.agent2, ticket.id)).toEqual([A.agent, A.agent2]);
    const sub2 = subscribeOver(t.port, A.agent2, TicketViewersDocument, { ticketId: ticket.id }, (d) => emails(d.ticketViewers));
    await waitFor(() => sub1.received.length === 3 && sub2.received.length === 1, { what: 'both to see both', state: () => [sub1, sub2] });
    // Ordered by name: Anna Servicedesk, Erik Servicedesk.
    expect([sub1.received[2], sub2.received[0]]).toEqual([
      [A.agent, A.agent2],
      [A.agent, A.agent2],
    ]);
    // A heartbeat that changes nothing sends nothing.
    clock.advance(10_000);
    expect(await view(A.agent, ticket.id)).toEqual([A.agent, A.agent2]);
    const now = await t.gql(A.payrollSpecialist, TicketViewersNowDocument, { id: ticket.id });
    expect(emails(now.data!.ticket!.viewers)).toEqual([A.agent, A.agent2]);
    expect(sub1.received).toHaveLength(3);
  });

  it('a viewer who stops heartbeating disappears after 30 seconds, one who leaves at once', async () => {
    const ticket = await phoneTicket(t, ids);
    await view(A.agent, ticket.id);
    await view(A.agent2, ticket.id);
    const sub = subscribeOver(t.port, A.agent, TicketViewersDocument, { ticketId: ticket.id }, (d) => emails(d.ticketViewers));
    await waitFor(() => sub.received.length === 1, { what: 'the initial list', state: () => sub });
    expect(sub.received[0]).toEqual([A.agent, A.agent2]);

    // agent2 stops beating; agent keeps on. At 29 s agent2 still counts, past 30 s not.
    clock.advance(29_000);
    expect(await view(A.agent, ticket.id)).toEqual([A.agent, A.agent2]);
    clock.advance(1_001);
    expect(await view(A.agent, ticket.id)).toEqual([A.agent]);
    await waitFor(() => sub.received.length === 2, { what: 'agent2 to disappear', state: () => sub });
    expect(sub.received[1]).toEqual([A.agent]);
    const list = await t.gql(A.agent, TicketViewersNowDocument, { id: ticket.id });
    expect(emails(list.data!.ticket!.viewers)).toEqual([A.agent]);

    // Back again, then leaving explicitly.
    expect(await view(A.agent2, ticket.id)).toEqual([A.agent, A.agent2]);
    const left = await t.gql(A.agent2, LeaveTicketDocument, { ticketId: ticket.id });
    expect(emails(left.data!.leaveTicket.viewers!)).toEqual([A.agent]);
    await waitFor(() => sub.received.length === 4, { what: 'agent2 to come and go', state: () => sub });
    expect(sub.received.slice(2)).toEqual([[A.agent, A.agent2], [A.agent]]);
  });

  it('is for staff only: a customer never appears and never sees the viewers', async () => {
    const ticket = await phoneTicket(t, ids);
    await view(A.agent, ticket.id);
    expect(await view(A.customer, ticket.id)).toBe('FORBIDDEN');
    const list = await t.gql(A.customer, TicketViewersNowDocument, { id: ticket.id });
    expect(list.data!.ticket!.viewers).toEqual([]);
    expect(emails((await t.gql(A.agent, TicketViewersNowDocument, { id: ticket.id })).data!.ticket!.viewers)).toEqual([A.agent]);
    const sub = subscribeOver(t.port, A.customer, TicketViewersDocument, { ticketId: ticket.id }, (d) => emails(d.ticketViewers));
    await waitFor(() => sub.errors.length === 1, { what: "the customer's subscription to be refused", state: () => sub });
    expect(JSON.stringify(sub.errors[0])).toContain('FORBIDDEN');
    expect(sub.received).toEqual([]);
    // A member of staff who may not read the ticket: NOT_FOUND (the finance specialist, a payroll ticket).
    expect(await view(A.financeSpecialist, ticket.id)).toBe('NOT_FOUND');
  });
});
