import { DEMO_PHONES } from '../seeds/directory';
import { FixedClock } from '../src/platform/clock';
import { CallInputDocument, EndCallDocument, StartCallDocument } from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { rawId } from './support/text-query';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * `ticket.sla_due_at` (the queue's "nearest due" order) is kept by the trigger on `sla_timer`, at
 * commit: whatever a transaction does to timers, each affected ticket ends up with the earliest due
 * time of its running (not paused, not stopped) timers, or null, and its row is written only when
 * that changes (every write of it is a new version in each of the ticket's indexes). The SLA engine
 * writes it with the ticket's own change, so the trigger then has nothing to write.
 */

const clock = new FixedClock(local('2027-05-03T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
}, 60_000);
afterAll(() => t?.stop());

const dueOf = async (ticketId: number) => {
  const [row] = await t.sql<{ due: Date | null; expected: Date | null }>(
    `select t.sla_due_at as due, (select min(due_at) from sla_timer where ticket_id = t.id and stopped_at is null and paused_at is null) as expected
       from ticket t where t.id = $1`,
    [ticketId],
  );
  return { due: row.due?.toISOString() ?? null, expected: row.expected?.toISOString() ?? null };
};

describe('ticket.sla_due_at follows its running timers', () => {
  it('a new ticket with two timers gets the earlier due time', async () => {
    const ticket = await phoneTicket(t, ids);
    const id = rawId(ticket.id);
    const timers = await t.sql<{ metric: string; due: Date }>(`select metric, due_at as due from sla_timer where ticket_id = $1 order by due_at`, [id]);
    expect(timers.map((x) => x.metric)).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    expect(await dueOf(id)).toEqual({ due: timers[0].due.toISOString(), expected: timers[0].due.toISOString() });
  });

  it('one statement pausing, resuming, stopping and deleting timers of two tickets leaves each with its nearest running due', async () => {
    const a = rawId((await phoneTicket(t, ids)).id);
    const b = rawId((await phoneTicket(t, ids)).id);
    const [response] = await t.sql<{ due: Date }>(`select due_at as due from sla_timer where ticket_id = $1 and metric = 'FIRST_RESPONSE'`, [a]);
    const [resolution] = await t.sql<{ due: Date }>(`select due_at as due from sla_timer where ticket_id = $1 and metric = 'RESOLUTION'`, [a]);

    // Pausing a's response timer: its resolution timer is now the nearest.
    await t.sql(`update sla_timer set paused_at = now() where ticket_id = $1 and metric = 'FIRST_RESPONSE'`, [a]);
    expect(await dueOf(a)).toEqual({ due: resolution.due.toISOString(), expected: resolution.due.toISOString() });

    // Both tickets' timers paused in one statement: none runs, both null.
    await t.sql(`update sla_timer set paused_at = now() where ticket_id = any($1::int[])`, [[a, b]]);
    expect([await dueOf(a), await dueOf(b)]).toEqual([{ due: null, expected: null }, { due: null, expected: null }]);

    // Resumed in one statement: each ticket back to its own earliest due.
    await t.sql(`update sla_timer set paused_at = null where ticket_id = any($1::int[])`, [[a, b]]);
    expect((await dueOf(a)).due).toBe(response.due.toISOString());
    expect((await dueOf(b)).due).toBe((await dueOf(b)).expected);
    expect((await dueOf(b)).due).not.toBeNull();

    // Counted by PostgreSQL within the one transaction of the DO block: a column the due time does not
    // depend on does not write the ticket row; pausing or resuming both timers in one statement writes it
    // once; stopping one timer once; a new timer due after the ticket's nearest due time (and its
    // removal) not at all, one due before it once (and its removal once: the due time goes back).
    const vendorTimer = (ticketId: number, shift: string) =>
      `insert into sla_timer (ticket_id, metric, policy_id, target_ms, thresholds, started_at, due_at, paused_ms, state, last_threshold)
       select ticket_id, 'TIME_AT_VENDOR', policy_id, target_ms, thresholds, started_at, due_at ${shift}, 0, state, 0 from sla_timer where ticket_id = ${ticketId} and metric = 'RESOLUTION'`;
    // Each check counts the ticket rows the statement updated and the update statements it ran on
    // `ticket` (its statement trigger's calls, tracked for this session): an update that matches no
    // row still runs the ticket's statement triggers.
    const writes = (statement: string, expected: number) =>
      `n := pg_stat_get_xact_tuples_updated('ticket'::regclass); c := pg_stat_get_xact_function_calls('ticket_volume_aggregate'::regproc);
       ${statement};
       if pg_stat_get_xact_tuples_updated('ticket'::regclass) - n <> ${expected} then
         raise exception 'wrote the ticket % times, not ${expected}: %', pg_stat_get_xact_tuples_updated('ticket'::regclass) - n, $q$${statement}$q$; end if;
       if coalesce(pg_stat_get_xact_function_calls('ticket_volume_aggregate'::regproc), 0) - coalesce(c, 0) <> ${expected} then
         raise exception 'ran % updates of the ticket, not ${expected}: %', coalesce(pg_stat_get_xact_function_calls('ticket_volume_aggregate'::regproc), 0) - coalesce(c, 0), $q$${statement}$q$; end if;`;
    await t.sql(`set track_functions = 'pl'`);
    // The trigger runs at commit; here after each statement, to count each statement's writes.
    await t.sql(
      `do $$ declare n bigint; c bigint; begin
         set constraints sla_timer_ticket_due immediate;
         ${writes(`update sla_timer set last_threshold = last_threshold where ticket_id = ${a}`, 0)}
         ${writes(`update sla_timer set paused_at = now() where ticket_id = ${a}`, 1)}
         ${writes(`update sla_timer set paused_at = null where ticket_id = ${a}`, 1)}
         ${writes(`update sla_timer set stopped_at = now() where ticket_id = ${a} and metric = 'FIRST_RESPONSE'`, 1)}
         ${writes(vendorTimer(a, `+ interval '1 day'`), 0)}
         ${writes(`delete from sla_timer where ticket_id = ${a} and metric = 'TIME_AT_VENDOR'`, 0)}
         ${writes(vendorTimer(a, `- interval '1 hour'`), 1)}
         ${writes(`delete from sla_timer where ticket_id = ${a} and metric = 'TIME_AT_VENDOR'`, 1)}
       end $$`,
    );
    expect(await dueOf(a)).toEqual({ due: resolution.due.toISOString(), expected: resolution.due.toISOString() });

    // Moving a timer to another ticket updates both (b's own resolution timer deleted first); deleting the rest leaves null.
    await t.sql(`delete from sla_timer where ticket_id = $1 and metric = 'RESOLUTION'`, [b]);
    await t.sql(`update sla_timer set ticket_id = $2 where ticket_id = $1 and metric = 'RESOLUTION'`, [a, b]);
    expect((await dueOf(a)).due).toBeNull();
    // b's own first-response timer still runs and is due before a's resolution.
    expect(await dueOf(b)).toEqual({ due: response.due.toISOString(), expected: response.due.toISOString() });
    await t.sql(`update sla_timer set stopped_at = now() where ticket_id = $1 and metric = 'FIRST_RESPONSE'`, [b]);
    expect(await dueOf(b)).toEqual({ due: resolution.due.toISOString(), expected: resolution.due.toISOString() });
    await t.sql(`delete from sla_timer where ticket_id = $1`, [b]);
    expect(await dueOf(b)).toEqual({ due: null, expected: null });
  });
});

describe('the SLA engine writes the due time with the ticket', () => {
  it('a call abandoned in the queue closes its ticket, stops its timers and writes the ticket row once', async () => {
    const started = (await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CADUESYNC0000000000000000000000001', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } })).data!.startCall;
    expect(started.userErrors).toEqual([]);
    const queued = (await t.gql(A.telephony, CallInputDocument, { callId: started.call!.id, digits: '1' })).data!.callInput;
    expect(queued.call!.state).toBe('QUEUED');
    // The telephony account does not read tickets: the call's ticket from its row.
    const [{ ticket_id: ticketId }] = await t.sql<{ ticket_id: number }>(`select ticket_id from ivr_call where id = $1`, [rawId(started.call!.id)]);
    const before = await dueOf(ticketId);
    expect(before.due).not.toBeNull();
    expect(before.due).toBe(before.expected);

    // Every write of the ticket's row from here on, with the due time it wrote.
    await t.sql(`create table due_sync_ticket_writes (ticket_id int not null, status text not null, sla_due_at timestamptz)`);
    await t.sql(`create function due_sync_count_write() returns trigger language plpgsql as $$
                   begin insert into due_sync_ticket_writes values (new.id, new.status, new.sla_due_at); return null; end $$`);
    await t.sql(`create trigger due_sync_count_write after update on ticket for each row execute function due_sync_count_write()`);
    try {
      const ended = (await t.gql(A.telephony, EndCallDocument, { callId: started.call!.id, reason: 'ABANDONED' })).data!.endCall;
      expect(ended.userErrors).toEqual([]);
      expect(ended.call!.state).toBe('ENDED');
      const timers = await t.sql<{ state: string }>(`select state from sla_timer where ticket_id = $1 order by metric`, [ticketId]);
      expect(timers.map((x) => x.state)).toEqual(['NOT_MEASURED', 'NOT_MEASURED']);
      // One write: the ticket closed with no due time. Before, the trigger wrote the due time first
      // (when the engine wrote the timers), then the ticket's own change wrote the row again.
      expect(await t.sql(`select status, sla_due_at from due_sync_ticket_writes where ticket_id = $1`, [ticketId])).toEqual([{ status: 'CLOSED', sla_due_at: null }]);
      expect(await dueOf(ticketId)).toEqual({ due: null, expected: null });
    } finally {
      await t.sql(`drop trigger due_sync_count_write on ticket`);
      await t.sql(`drop function due_sync_count_write(); drop table due_sync_ticket_writes`);
    }
  });
});
