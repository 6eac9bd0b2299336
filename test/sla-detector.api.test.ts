import { Client } from 'pg';
import type { App } from '../src/app';
import { FixedClock } from '../src/platform/clock';
import { roundTripsOf } from '../src/platform/db/database';
import { checkDueBatch, checkTimer, tryCheckTimer } from '../src/sla/sla-detector';
import { directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The detector never waits for a lock (issue 19): two instances checking the same due timers at
 * once record each breach exactly once, and a timer another transaction holds is skipped, not
 * waited for, then settled once it is released: by the next check, or (with the job runners on)
 * by its own job checking again.
 */

let t: TestApp;
let ids: Ids;

afterAll(() => t?.stop());

/** Fails with `what` unless `work` settles within `ms`: a check that waited for the held lock would hang here. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Holds a row lock on the timer in a transaction of its own, as a long check or change would, until `release`. */
async function holdTimer(databaseUrl: string, timerId: number): Promise<{ pid: number; release(): Promise<void> }> {
  const holder = new Client({ connectionString: databaseUrl });
  await holder.connect();
  await holder.query('begin');
  await holder.query('select id from sla_timer where id = $1 for update', [timerId]);
  const [{ pid }] = (await holder.query<{ pid: number }>('select pg_backend_pid() as pid')).rows;
  return {
    pid,
    release: async () => {
      await holder.query('commit');
      await holder.end();
    },
  };
}

/** Per timer of `timerIds`, how many times each threshold was recorded. */
const recordedOf = async (timerIds: number[]) =>
  t.sql<{ timer_id: number; threshold: number; n: number }>(
    `select timer_id, threshold, count(*)::int as n from sla_event where timer_id = any($1::int[]) group by 1, 2 order by 1, 2`,
    [timerIds],
  );

describe('two instances detecting at once, with a timer held by another transaction', () => {
  let peer: App;
  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(local('2027-06-07T09:00')), worker: false });
    ids = await directoryIds(t);
    peer = await t.peer({ worker: false });
  });

  it('record each breach exactly once, neither waits for the held timer, and the held timer is settled after its release', async () => {
    for (let i = 0; i < 4; i++) await phoneTicket(t, ids, { requesterId: ids.otherCustomer, title: `Två instanser ${i}` });
    const timers = (await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.title like 'Två instanser %' order by s.id`)).map((r) => r.id);
    expect(timers).toHaveLength(8);
    const late = new FixedClock(local('2027-06-08T18:00'));
    const [held, ...free] = timers;
    const hold = await holdTimer(t.databaseUrl, held);
    let outcome;
    try {
      outcome = await within(10_000, 'the checks beside a held timer', Promise.all([
        checkDueBatch(t.app.orm, late, 100),
        checkDueBatch(peer.orm, late, 100),
        tryCheckTimer(t.app.orm, held, late, { dueOnly: true, fromItsJob: true }),
        ...free.map((id) => checkTimer(peer.orm, id, late, { dueOnly: true })),
      ]));
    } finally {
      // Released only now: every check above finished while the lock was held.
      await hold.release();
    }
    expect(outcome[2]).toEqual({ recorded: [], held: true, others: 0 });
    // Every free timer: warnings at 50 and 75 % and the breach, each once; the held one: nothing yet.
    const once = (ids: number[]) => ids.flatMap((id) => [50, 75, 100].map((threshold) => ({ timer_id: id, threshold, n: 1 })));
    expect(await recordedOf(timers)).toEqual(once(free));

    // Released, the held timer is due still, and the next check settles it: the same events, once.
    expect(await checkDueBatch(peer.orm, late, 100)).toBe(3);
    expect(await recordedOf(timers)).toEqual(once(timers));
    expect(await tryCheckTimer(t.app.orm, held, late, { dueOnly: true })).toEqual({ recorded: [], held: false, others: 0 });
  });

  it("a job's check (its timer and the others locked in one statement) says held, settles the others, and after the release its own", async () => {
    await phoneTicket(t, ids, { requesterId: ids.otherCustomer, title: 'Jobbet och låset' });
    const [held, other] = (await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.title = 'Jobbet och låset' order by s.id`)).map((r) => r.id);
    const late = new FixedClock(local('2027-06-08T18:00'));
    const job = { dueOnly: true, fromItsJob: true, alsoDue: 7 };
    const hold = await holdTimer(t.databaseUrl, held);
    let whileHeld;
    try {
      whileHeld = await within(10_000, "the job's check beside its held timer", tryCheckTimer(peer.orm, held, late, job));
    } finally {
      await hold.release();
    }
    // The other due timer settled (50 %, 75 %, the breach), its own skipped and reported held.
    expect({ ...whileHeld, recorded: whileHeld.recorded.length }).toEqual({ recorded: 3, held: true, others: 1 });
    expect(await recordedOf([held, other])).toEqual([50, 75, 100].map((threshold) => ({ timer_id: other, threshold, n: 1 })));
    const afterRelease = await tryCheckTimer(peer.orm, held, late, job);
    expect({ ...afterRelease, recorded: afterRelease.recorded.length }).toEqual({ recorded: 3, held: false, others: 0 });
    // Settled: not due any more, so neither locked nor held.
    expect(await tryCheckTimer(peer.orm, held, late, job)).toEqual({ recorded: [], held: false, others: 0 });
  });

  it("a job's check settles other due timers in its transaction, and leaves only its own (running) job to graphile-worker", async () => {
    for (let i = 0; i < 2; i++) await phoneTicket(t, ids, { requesterId: ids.otherCustomer, title: `Jobbet tar fler ${i}` });
    const timers = (await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.title like 'Jobbet tar fler %' order by s.id`)).map((r) => r.id);
    expect(timers).toHaveLength(4);
    const jobs = async () => (await t.sql<{ key: string }>(`select key from graphile_worker.jobs where key = any($1::text[]) order by key`, [timers.map((id) => `sla:${id}`)])).map((r) => r.key);
    expect(await jobs()).toHaveLength(4);
    const [own, ...others] = timers;
    const late = new FixedClock(local('2027-06-08T18:00'));
    const trips = { ...roundTripsOf(t.app.orm) };
    const check = await tryCheckTimer(t.app.orm, own, late, { dueOnly: true, fromItsJob: true, alsoDue: 7 });
    // Its own lock and the others' in one statement (the BEGIN with it), and one statement that settles all four and commits.
    const now = roundTripsOf(t.app.orm);
    expect({ roundTrips: now.roundTrips - trips.roundTrips, commitsCarried: now.commitsCarried - trips.commitsCarried }).toEqual({ roundTrips: 2, commitsCarried: 1 });
    // Three events per timer (50 %, 75 %, the breach), the others' jobs removed, its own left for graphile-worker to delete.
    expect({ held: check.held, others: check.others, recorded: check.recorded.length }).toEqual({ held: false, others: 3, recorded: 12 });
    expect(await jobs()).toEqual([`sla:${own}`]);
    const recorded = await t.sql<{ id: number }>(`select id from sla_event where timer_id = any($1::int[]) order by id`, [[own, ...others]]);
    expect(check.recorded).toEqual(recorded.map((r) => r.id));
  });

  it("a batch writes each timer's clock, moves or removes its job, and records one live event per event", async () => {
    for (let i = 0; i < 2; i++) await phoneTicket(t, ids, { requesterId: ids.otherCustomer, title: `Satsvis ${i}` });
    const before = await t.sql<{ id: number; version: number; due_at: Date }>(
      `select s.id, s.version, s.due_at from sla_timer s join ticket k on k.id = s.ticket_id where k.title like 'Satsvis %' order by s.id`,
    );
    expect(before).toHaveLength(4);
    const timers = before.map((r) => r.id);
    const clock = async () =>
      t.sql<{ id: number; state: string; last_threshold: number; breached: boolean; next_check_at: Date | null; version: number; job_at: Date | null }>(
        `select s.id, s.state::text as state, s.last_threshold, s.breached_at is not null as breached, s.next_check_at, s.version, j.run_at as job_at
           from sla_timer s left join graphile_worker.jobs j on j.key = 'sla:' || s.id where s.id = any($1::int[]) order by s.id`,
        [timers],
      );
    // Halfway to the earliest due time: every timer is past 50 % of its target or not, by its own clock.
    const [{ half }] = await t.sql<{ half: Date }>(`select min(started_at + (due_at - started_at) * 0.6) as half from sla_timer where id = any($1::int[])`, [timers]);
    const recordedAtHalf = await checkDueBatch(t.app.orm, new FixedClock(half), 100);
    const mid = await clock();
    const warned = mid.filter((r) => r.last_threshold === 50);
    expect(recordedAtHalf).toBe(warned.length);
    expect(warned.length).toBeGreaterThan(0);
    for (const r of warned) {
      // Still running, its next check the 75 % mark, and its job moved there; the version moved once.
      expect(r).toMatchObject({ state: 'RUNNING', breached: false, version: before.find((b) => b.id === r.id)!.version + 1 });
      expect(r.next_check_at).not.toBeNull();
      expect(r.job_at?.getTime()).toBe(r.next_check_at!.getTime());
      expect(r.next_check_at!.getTime()).toBeGreaterThan(half.getTime());
    }

    const late = new FixedClock(local('2027-06-08T18:00'));
    await checkDueBatch(t.app.orm, late, 100);
    // Breached: no next check, no job left, and one live event per recorded event, keyed by its id.
    expect((await clock()).map(({ id, state, last_threshold, breached, next_check_at, job_at }) => ({ id, state, last_threshold, breached, next_check_at, job_at }))).toEqual(
      timers.map((id) => ({ id, state: 'BREACHED', last_threshold: 100, breached: true, next_check_at: null, job_at: null })),
    );
    const events = await t.sql<{ id: number }>(`select id from sla_event where timer_id = any($1::int[]) order by id`, [timers]);
    expect(events).toHaveLength(12);
    const live = await t.sql<{ key: string }>(`select key from live_event where channel = 'sla_event' and key = any($1::text[]) order by key::int`, [events.map((e) => String(e.id))]);
    expect(live.map((l) => Number(l.key))).toEqual(events.map((e) => e.id));
  });

  it("removes a settled timer's waiting job, and spends a running one's (its key cleared, no retry), as graphile-worker's remove_job does", async () => {
    for (let i = 0; i < 2; i++) await phoneTicket(t, ids, { requesterId: ids.otherCustomer, title: `Borttagna jobb ${i}` });
    const timers = (await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.title like 'Borttagna jobb %' order by s.id`)).map((r) => r.id);
    expect(timers).toHaveLength(4);
    const [, running, stale] = timers;
    const jobIds = new Map((await t.sql<{ key: string; id: string }>(`select key, id from graphile_worker._private_jobs where key = any($1::text[])`, [timers.map((id) => `sla:${id}`)])).map((r) => [r.key, r.id]));
    expect(jobIds.size).toBe(4);
    // One job taken by a runner now, one by a runner that died five hours ago (a lock remove_job treats as gone).
    await t.sql(`update graphile_worker._private_jobs set locked_at = now(), locked_by = 'elsewhere' where key = $1`, [`sla:${running}`]);
    await t.sql(`update graphile_worker._private_jobs set locked_at = now() - interval '5 hours', locked_by = 'gone' where key = $1`, [`sla:${stale}`]);
    // Breached (the last threshold): no next check, so each job is removed.
    expect(await checkDueBatch(t.app.orm, new FixedClock(local('2027-06-08T18:00')), 100)).toBe(12);
    const left = await t.sql<{ id: string; key: string | null; spent: boolean }>(
      `select id, key, attempts >= max_attempts as spent from graphile_worker._private_jobs where id = any($1::bigint[]) order by id`,
      [[...jobIds.values()]],
    );
    expect(left).toEqual([{ id: jobIds.get(`sla:${running}`), key: null, spent: true }]);
  });
});

describe('with both instances running their job runners', () => {
  beforeAll(async () => {
    await t?.stop();
    t = await startTestApp();
    ids = await directoryIds(t);
    await t.peer();
  });

  it("a timer held when its job runs is settled by that job's re-check after the release, once", async () => {
    for (let i = 0; i < 3; i++) await phoneTicket(t, ids, { requesterId: ids.otherCustomer, title: `Hålls kvar ${i}` });
    const timers = (await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.title like 'Hålls kvar %' and s.metric = 'RESOLUTION' order by s.id`)).map((r) => r.id);
    // Due in a second by the real clock (graphile-worker runs jobs by it), past their warnings, under a 24x7 policy.
    await t.sql(
      `update sla_timer set policy_id = (select p.id from sla_policy p join business_calendar c on c.id = p.calendar_id where c.always_open order by p.id limit 1),
              started_at = now() + interval '1 second' - target_ms * interval '1 millisecond', due_at = now() + interval '1 second',
              thresholds = '[50, 75]', last_threshold = 75, next_check_at = now() + interval '1 second' where id = any($1::int[])`,
      [timers],
    );
    await t.sql(`select graphile_worker.add_job('sla_check', json_build_object('timerId', id), run_at => next_check_at, job_key => 'sla:' || id, job_key_mode => 'replace') from sla_timer where id = any($1::int[])`, [timers]);
    const [held, ...free] = timers;
    const hold = await holdTimer(t.databaseUrl, held);
    const breaches = async () => t.sql<{ timer_id: number; n: number }>(`select timer_id, count(*)::int as n from sla_event where timer_id = any($1::int[]) and threshold = 100 group by 1 order by 1`, [timers]);
    try {
      await waitFor(async () => (await breaches()).length === free.length, { what: 'the free timers to breach while one is held' });
      // The held timer's job ran (it is due, and its check found it held), and nothing waits on the lock.
      await waitFor(async () => (await t.sql(`select 1 from graphile_worker.jobs where key = $1`, [`sla:${held}`])).length === 0, { what: "the held timer's own job to finish" });
      // Nothing waits on the held row (other jobs of the two instances may wait on locks of their own meanwhile).
      expect(await t.sql(`select pid, left(query, 80) as query from pg_stat_activity where $1::int = any(pg_blocking_pids(pid))`, [hold.pid])).toEqual([]);
      expect(await breaches()).toEqual(free.map((id) => ({ timer_id: id, n: 1 })));
    } finally {
      await hold.release();
    }
    await waitFor(async () => (await breaches()).length === timers.length, { what: 'the held timer to breach after its release' });
    expect(await breaches()).toEqual(timers.map((id) => ({ timer_id: id, n: 1 })));
    // No check failed on the way (a held timer is not an error to retry with back-off).
    expect(await t.sql(`select id from graphile_worker.jobs where task_identifier = 'sla_check' and last_error is not null`)).toEqual([]);
  });
});
