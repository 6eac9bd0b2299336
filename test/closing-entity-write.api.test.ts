import { DEMO_PHONES } from '../seeds/directory';
import { FixedClock } from '../src/platform/clock';
import type { Context } from '../src/platform/context';
import { writeAtClose } from '../src/platform/db/closing-entity-write';
import { runMutation } from '../src/platform/graphql/mutation';
import { ServiceArea } from '../src/directory/service-area.entity';
import { User } from '../src/directory/user.entity';
import { Role } from '../src/directory/directory.enums';
import { IvrCall } from '../src/ivr/ivr-call.entity';
import { CallState } from '../src/ivr/ivr.enums';
import { recordEvent } from '../src/tickets/ticket-history';
import { Ticket } from '../src/tickets/ticket.entity';
import { TicketEventKind } from '../src/tickets/ticket.enums';
import { StartCallDocument } from './generated/graphql';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * An entity written by its transaction's closing statement (platform/db/closing-entity-write.ts),
 * as a phone call's row is at every webhook: its changes land, the ORM's flush sends nothing more for
 * it, a change flushed earlier is not written twice, and a failure of the statement rolls the whole
 * transaction back.
 */

const clock = new FixedClock(new Date('2027-03-01T08:00:00Z'));
let t: TestApp;
let callId: number;
let ticketId: number;
let areaId: number;
beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  const started = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CACLOSE1', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } });
  expect(started.data!.startCall.userErrors).toEqual([]);
  ({ id: callId, ticket_id: ticketId } = (await t.sql<{ id: number; ticket_id: number }>(`select id, ticket_id from ivr_call where external_call_id = 'CACLOSE1'`))[0]);
  areaId = (await t.sql<{ id: number }>(`select id from service_area where code = 'FINANCE'`))[0].id;
});
afterAll(() => t?.stop());

/** The statements one mutation logged, whitespace folded. */
async function logged<T>(work: () => Promise<T>): Promise<{ result: T; log: string[] }> {
  t.statements.log.length = 0;
  const result = await work();
  return { result, log: t.statements.log.map((l) => l.replace(/^\[query\] /, '').replace(/\s+/g, ' ')) };
}

/**
 * One mutation that loads the call, has it written at close and applies `change` to it: its outcome
 * and the statements that wrote the call's row (not those that read it).
 */
async function changeCall<T>(change: (call: IvrCall, tx: Context) => T | Promise<T>) {
  const { result, log } = await logged(() =>
    runMutation(t.app.unitOfWork(null), async (tx) => {
      const call = await tx.em.findOneOrFail(IvrCall, callId);
      writeAtClose(tx.em, tx.domainEvents, call);
      return change(call, tx);
    }),
  );
  return { result, writes: log.filter((l) => /ivr_call/.test(l) && !l.startsWith('select')) };
}

const row = async () =>
  (await t.sql<{ node: string | null; tries: number; step: number; state: string; queue_area_id: number | null; was_queued: boolean; queued_at: Date | null }>(
    `select node, tries, step, state, queue_area_id, was_queued, queued_at from ivr_call where id = $1`,
    [callId],
  ))[0];

it("writes the changed columns (a reference, a date, an enum) in the closing statement, and the ORM's flush sends no update of its own", async () => {
  const queuedAt = new Date('2027-03-01T08:01:02.345Z');
  const { result, writes } = await changeCall((call, tx) => {
    Object.assign(call, { state: CallState.QUEUED, queueArea: tx.em.getReference(ServiceArea, areaId), queuedAt, wasQueued: true, node: undefined, step: call.step + 1 });
    return call.step;
  });
  expect(result.userErrors).toEqual([]);
  expect(await row()).toEqual({ node: null, tries: 0, step: result.result, state: 'QUEUED', queue_area_id: areaId, was_queued: true, queued_at: queuedAt });
  expect(writes).toHaveLength(1);
  expect(writes[0]).toMatch(/^with w0_ivr_call as \(update "ivr_call" set "node" = \$1, "step" = \$2, "state" = \$3, "queue_area_id" = \$4, "was_queued" = \$5, "queued_at" = \$6 where "id" = \$7\)/);
});

it('writes only what changed since a flush in the transaction, and nothing when nothing changed', async () => {
  const before = await row();
  const { writes } = await changeCall(async (call, tx) => {
    call.step += 1;
    await tx.em.flush();
    call.tries += 1;
  });
  expect(await row()).toMatchObject({ step: before.step + 1, tries: before.tries + 1 });
  expect(writes).toHaveLength(2);
  expect(writes[0]).toMatch(/^update "ivr_call" set "step" = \$1 where "id" = \$2 /);
  expect(writes[1]).toMatch(/^with w0_ivr_call as \(update "ivr_call" set "tries" = \$1 where "id" = \$2\)/);

  const unchanged = await changeCall(() => undefined);
  expect(unchanged.result.userErrors).toEqual([]);
  expect(unchanged.writes).toEqual([]);
});

it('leaves a reference to a row not inserted yet to the ORM flush (the id comes with it), and writes the rest at close', async () => {
  const before = await row();
  const { writes } = await changeCall((call, tx) => {
    call.answeredBy = tx.em.create(User, { email: 'ny.agent@ssc.example', name: 'Ny Agent', role: Role.AGENT } as never);
    call.tries += 1;
  });
  expect(await t.sql(`select c.tries, u.email from ivr_call c join app_user u on u.id = c.answered_by_id where c.id = $1`, [callId])).toEqual([{ tries: before.tries + 1, email: 'ny.agent@ssc.example' }]);
  expect(writes).toHaveLength(2);
  expect(writes[0]).toMatch(/^update "ivr_call" set "answered_by_id" = \$1 where "id" = \$2 /);
  expect(writes[1]).toMatch(/^with w0_ivr_call as \(update "ivr_call" set "tries" = \$1 where "id" = \$2\)/);
});

it('rolls the whole transaction back when the closing statement fails (an ended call without a reason breaks its check)', async () => {
  const before = await row();
  const events = async () => (await t.sql<{ n: number }>(`select count(*)::int as n from ticket_event where ticket_id = $1`, [ticketId]))[0].n;
  const eventsBefore = await events();
  await expect(
    changeCall(async (call, tx) => {
      // Flushed with the ORM, before the closing statement: rolled back with it.
      recordEvent(tx, await tx.em.findOneOrFail(Ticket, ticketId), TicketEventKind.FIELD_CHANGED, { field: 'probe', from: null, to: 'x' });
      call.state = CallState.ENDED;
      call.step += 1;
    }),
  ).rejects.toThrow(/ivr_call_ended_has_reason/);
  expect(await row()).toEqual(before);
  expect(await events()).toBe(eventsBefore);
});

it('writes a versioned entity held locked with its version moved by one, as the ORM would', async () => {
  const [before] = await t.sql<{ version: number }>(`select version from ticket where id = $1`, [ticketId]);
  const { result, log } = await logged(() =>
    runMutation(t.app.unitOfWork(null), async (tx) => {
      await tx.em.execute(`select id from ticket where id = ? for no key update`, [ticketId]);
      const ticket = await tx.em.findOneOrFail(Ticket, ticketId);
      writeAtClose(tx.em, tx.domainEvents, ticket, { locked: true });
      ticket.title = 'Samtal om lön';
      return ticket;
    }),
  );
  expect(result.result!.version).toBe(before.version + 1);
  expect(await t.sql(`select version, title from ticket where id = $1`, [ticketId])).toEqual([{ version: before.version + 1, title: 'Samtal om lön' }]);
  const writes = log.filter((l) => /update "ticket"/.test(l));
  expect(writes).toHaveLength(1);
  expect(writes[0]).toMatch(/^with w0_ticket as \(update "ticket" set "title" = \$1, "version" = "version" \+ 1 where "id" = \$2\)/);
});

it('refuses an entity with a version unless its row is locked: its writes need the ORM optimistic check', async () => {
  await expect(
    runMutation(t.app.unitOfWork(null), async (tx) => writeAtClose(tx.em, tx.domainEvents, await tx.em.findOneOrFail(Ticket, ticketId))),
  ).rejects.toThrow('Ticket has a version');
});
