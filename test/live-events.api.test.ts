import { FixedClock } from '../src/platform/clock';
import { AddTicketCommentDocument, TicketUpdatedCommentsDocument, TicketUpdatedTimersDocument } from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { closeSubscribers, subscribeOver } from './support/ws';

/** Issue 14: a subscription event is its own unit of work (a fresh EntityManager fork and loaders). */

const clock = new FixedClock(local('2027-05-03T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
});
afterEach(closeSubscribers);

/**
 * Subscribes, and resolves once the server counts one more live subscription. (A ticketUpdated
 * subscription closed by its client is only let go at its ticket's next event, a known gap of the
 * live-event path, issue 14: so count up from what is live now rather than from zero.)
 */
async function opened<T>(subscribe: () => T): Promise<T> {
  const before = t.app.server.liveSubscriptions;
  const subscriber = subscribe();
  await waitFor(() => t.app.server.liveSubscriptions === before + 1, { what: 'the subscription to be live', state: () => t.app.server.liveSubscriptions });
  return subscriber;
}
afterAll(() => t?.stop());

describe('a subscription event reads the database afresh', () => {
  it('the second event down one subscription carries the second comment, not the first event\'s comments', async () => {
    const ticket = await phoneTicket(t, ids);
    const console = await opened(() => subscribeOver(t.port, A.agent2, TicketUpdatedCommentsDocument, { id: ticket.id }, (d) => d.ticketUpdated));

    const comment = (body: string) => {
      clock.advance(60_000);
      return t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body, visibility: 'INTERNAL' } });
    };
    expect((await comment('Första anteckningen')).data!.addTicketComment.userErrors).toEqual([]);
    await waitFor(() => console.received.length === 1, { what: 'the first comment to reach the console' });
    expect((await comment('Andra anteckningen')).data!.addTicketComment.userErrors).toEqual([]);
    await waitFor(() => console.received.length === 2, { what: 'the second comment to reach the console' });

    expect(console.received.map((u) => ({ version: u.version - ticket.version, comments: u.latestComments.map((c) => c.body).sort() }))).toEqual([
      { version: 1, comments: ['Första anteckningen'] },
      { version: 2, comments: ['Andra anteckningen', 'Första anteckningen'] },
    ]);
    expect(console.errors).toEqual([]);
  });

  it('SLA figures are computed for each event, not kept from the first (the figures cache lives one event)', async () => {
    clock.set(local('2027-05-04T09:00'));
    const ticket = await phoneTicket(t, ids);
    const console = await opened(() => subscribeOver(t.port, A.agent2, TicketUpdatedTimersDocument, { id: ticket.id }, (d) => d.ticketUpdated));
    const comment = (body: string) => t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body, visibility: 'INTERNAL' } });

    clock.set(local('2027-05-04T10:00'));
    await comment('En timme in');
    await waitFor(() => console.received.length === 1, { what: 'the first event' });
    clock.set(local('2027-05-04T11:30'));
    await comment('Halvtvå timmar in');
    await waitFor(() => console.received.length === 2, { what: 'the second event' });

    const resolution = console.received.map((u) => u.slaTimers.find((s) => s.metric === 'RESOLUTION')!.elapsedSeconds);
    expect(resolution).toEqual([3600, 9000]);
  });
});
