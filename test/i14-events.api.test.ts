import type { Context } from '../src/platform/context';
import { runMutation } from '../src/platform/graphql/mutation';
import { FixedClock } from '../src/platform/clock';
import { badInput } from '../src/platform/errors';
import { watchLog, type LogEntry } from '../src/platform/log';
import { afterCommit, buildEventRegistry, defineEvent, inTransaction, type EventHandler } from '../src/platform/events/domain-events';
import { emit, EventUnit } from '../src/platform/events/event-unit';
import { startJobRunner, type JobRunner } from '../src/platform/jobs/job-runner';
import { defineTask, enqueue, enqueueMany, type JobDeps } from '../src/platform/jobs/jobs';
import { recordEvent } from '../src/tickets/ticket-history';
import { Ticket } from '../src/tickets/ticket.entity';
import { TicketEventKind } from '../src/tickets/ticket.enums';
import { TicketChanged } from '../src/tickets/ticket.events';
import { directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(local('2027-04-05T09:00'));

let t: TestApp;
let ids: Ids;
const runners: JobRunner[] = [];

beforeAll(async () => {
  // No app runner: the runners of these tests are the only ones taking jobs.
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
});
afterAll(async () => {
  for (const runner of runners) await runner.stop().catch(() => undefined);
  await t?.stop();
});

/** A unit of work of the app whose domain events go to the given handlers only. */
const contextWith = (handlers: EventHandler<Context>[]): Context => Object.assign(t.app.unitOfWork(null), { domainEvents: EventUnit.outside(buildEventRegistry(handlers)) });

const ticketIdOf = async (number: string) => (await t.sql<{ id: number }>('select id from ticket where number = $1', [number]))[0].id;
const jobsWithKey = async (key: string) => (await t.sql<{ n: number }>('select count(*)::int as n from graphile_worker.jobs where key = $1', [key]))[0].n;

/** A test event and task of their own, so nothing of the app reacts. */
const Probed = defineEvent<{ key: string }>('Probed');
const ran: { key: string; runner: string }[] = [];
const clocks = new Map<unknown, string>();
const ProbeTask = defineTask<{ key: string; fail?: boolean }>('i14_probe', async ({ key, fail }, deps: JobDeps) => {
  if (fail) throw new Error(`probe ${key} fails on purpose`);
  ran.push({ key, runner: clocks.get(deps.clock) ?? '?' });
});
const startRunner = async (name: string) => {
  const own = new FixedClock(clock.now());
  clocks.set(own, name);
  const runner = await startJobRunner({ connectionString: t.databaseUrl, deps: { orm: t.app.orm, clock: own, config: { auth: {}, production: false, bodyLimit: '100kb', maxBatch: 10 }, unitOfWork: t.app.unitOfWork }, declarations: [{ tasks: [ProbeTask] }], pollInterval: 50, name });
  runners.push(runner);
  return runner;
};

describe('domain events in a mutation', () => {
  it('runs in-transaction handlers in their declared order, whatever the list order, each changed ticket once with its events in order', async () => {
    const [one, two, three] = [await phoneTicket(t, ids, { title: 'Ett' }), await phoneTicket(t, ids, { title: 'Två' }), await phoneTicket(t, ids, { title: 'Tre' })];
    const [id1, id2, id3] = [await ticketIdOf(one.number), await ticketIdOf(two.number), await ticketIdOf(three.number)];
    const names = new Map([[id1, 'one'], [id2, 'two'], [id3, 'three']]);
    const calls: string[] = [];
    const log = (id: string) => async (tx: Context, { ticket, events }: { ticket: Ticket; events: { field?: string }[] }) => {
      calls.push(`${id} ${names.get(ticket.id)} [${events.map((e) => e.field).join(',')}]`);
      // A handler may cause further events: ticket three changes because ticket one did.
      if (id === 'test.b' && ticket.id === id1) recordEvent(tx, await tx.em.findOneOrFail(Ticket, id3), TicketEventKind.FIELD_CHANGED, { field: 'caused', from: null, to: 'x' });
    };
    const handlers = [
      inTransaction(TicketChanged, { id: 'test.c', after: ['test.b'], handle: log('test.c') }),
      inTransaction(TicketChanged, { id: 'test.b', handle: log('test.b') }),
      inTransaction(TicketChanged, { id: 'test.a', before: ['test.b'], handle: log('test.a') }),
    ];
    for (const list of [handlers, [...handlers].reverse()]) {
      calls.length = 0;
      const outcome = await runMutation(contextWith(list), async (tx) => {
        const [t1, t2] = [await tx.em.findOneOrFail(Ticket, id1), await tx.em.findOneOrFail(Ticket, id2)];
        recordEvent(tx, t1, TicketEventKind.FIELD_CHANGED, { field: 'first', from: null, to: '1' });
        recordEvent(tx, t2, TicketEventKind.FIELD_CHANGED, { field: 'second', from: null, to: '2' });
        recordEvent(tx, t1, TicketEventKind.FIELD_CHANGED, { field: 'third', from: null, to: '3' });
        expect(calls).toEqual([]); // gathered: nothing runs during the mutation's own work
        return 'done';
      });
      expect(outcome).toEqual({ result: 'done', userErrors: [] });
      expect(calls).toEqual([
        'test.a one [first,third]',
        'test.b one [first,third]',
        'test.c one [first,third]',
        'test.a two [second]',
        'test.b two [second]',
        'test.c two [second]',
        'test.a three [caused]',
        'test.b three [caused]',
        'test.c three [caused]',
      ]);
    }
  });

  it('emits nothing outside a transaction', () => {
    const ctx = contextWith([]);
    expect(() => emit(ctx, Probed, { key: 'x' })).toThrow('Probed was emitted outside a transaction: emit inside runMutation');
  });

  it('a rolled-back mutation runs no after-commit handler and leaves no job; a committed one does both, and the job runs', async () => {
    const announced: string[] = [];
    const handlers = [
      // The pattern for work that leaves the database: enqueue a job in the transaction.
      inTransaction(Probed, { id: 'test.enqueue', handle: (tx: Context, { key }) => enqueue(tx.em, ProbeTask, { payload: { key }, jobKey: key }) }),
      afterCommit(Probed, { id: 'test.announce', handle: (_ctx: Context, { key }) => void announced.push(key) }),
    ];
    const failed = await runMutation(contextWith(handlers), async (tx) => {
      await emit(tx, Probed, { key: 'i14:rolled-back' });
      expect(await tx.em.execute(`select count(*)::int as n from graphile_worker.jobs where key = 'i14:rolled-back'`)).toEqual([{ n: 1 }]);
      throw badInput('no, after all', 'input');
    });
    expect(failed).toEqual({ result: null, userErrors: [{ code: 'BAD_USER_INPUT', message: 'no, after all', field: ['input'] }] });
    expect(announced).toEqual([]);
    expect(await jobsWithKey('i14:rolled-back')).toBe(0);

    const done = await runMutation(contextWith(handlers), async (tx) => {
      await emit(tx, Probed, { key: 'i14:committed' });
      expect(announced).toEqual([]); // not before the commit
      return 1;
    });
    expect(done).toEqual({ result: 1, userErrors: [] });
    expect(announced).toEqual(['i14:committed']);
    expect(await jobsWithKey('i14:committed')).toBe(1);

    const runner = await startRunner('runner-main');
    await waitFor(() => ran.some((r) => r.key === 'i14:committed'), { what: 'the committed job to run', state: () => ran });
    await waitFor(async () => (await jobsWithKey('i14:committed')) === 0, { what: 'the completed job to be deleted' });
    expect(ran).toEqual([{ key: 'i14:committed', runner: 'runner-main' }]);
    await runner.stop();
    runners.splice(runners.indexOf(runner), 1);
  });

  it('an after-commit handler that fails is logged, and the mutation still succeeds', async () => {
    const logged: LogEntry[] = [];
    const unwatch = watchLog((entry) => logged.push(entry));
    try {
      const outcome = await runMutation(contextWith([afterCommit(Probed, { id: 'test.broken', handle: () => Promise.reject(new Error('mail server down')) })]), async (tx) => {
        await emit(tx, Probed, { key: 'k' });
        return 'ok';
      });
      expect(outcome).toEqual({ result: 'ok', userErrors: [] });
      expect(logged.map((e) => [e.level, e.part, e.msg, e.fields.handler, e.fields.event, (e.fields.err as Error).message])).toEqual([
        [50, 'events', 'after-commit handler failed', 'test.broken', 'Probed', 'mail server down'],
      ]);
    } finally {
      unwatch();
    }
  });
});

describe('job runners', () => {
  it('stop() returns only once its pool has closed every connection, so the database can go right after', async () => {
    const backends = async () => Number((await t.sql<{ n: string }>(`select count(*) as n from pg_stat_activity where application_name = 'supportchain-runner-closing'`))[0].n);
    const runner = await startRunner('runner-closing');
    await waitFor(async () => (await backends()) > 0, { what: 'the runner to open its connections' });
    await runner.stop();
    runners.splice(runners.indexOf(runner), 1);
    // Before, graphile-worker ended its own pool without waiting, its error listener already gone:
    // a database dropped in that moment was an unhandled 'error' event (CI: "terminating connection").
    expect(await backends()).toBe(0);
  });

  it('runs as many jobs at once as its concurrency, and leaves the rest waiting', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const Held = defineTask<{ n: number }>('i14_held', async ({ n }) => {
      started.push(n);
      most = Math.max(most, ++running);
      await gate;
      running--;
    });
    const deps = { orm: t.app.orm, clock, config: { auth: {}, production: false, bodyLimit: '100kb', maxBatch: 10 }, unitOfWork: t.app.unitOfWork };
    runners.push(await startJobRunner({ connectionString: t.databaseUrl, deps, declarations: [{ tasks: [Held] }], pollInterval: 50, concurrency: 2, name: 'runner-two' }));
    // Due together a moment from now: each idle worker takes one at its next poll (a runner of three would take all three).
    const due = Date.now() + 300;
    await t.app.orm.em.fork().transactional((em) => enqueueMany(em, Held, [1, 2, 3].map((n) => ({ payload: { n }, runAt: due }))));
    await waitFor(() => started.length === 2, { what: 'two jobs to start, and no third', state: () => started });
    const taken = async () => (await t.sql<{ locked: boolean }>(`select locked_at is not null as locked from graphile_worker.jobs where task_identifier = 'i14_held' order by id`)).map((r) => r.locked);
    await waitFor(async () => (await taken()).filter(Boolean).length === 2, { what: 'two jobs locked' });
    expect((await taken()).sort()).toEqual([false, true, true]);
    release();
    await waitFor(() => started.length === 3 && running === 0, { what: 'the third job to run once a place was free', state: () => ({ started, running }) });
    expect(most).toBe(2);
  });

  it('stopping one runner leaves another in the same process running jobs and reporting failures', async () => {
    const a = await startRunner('runner-a');
    await startRunner('runner-b');
    await a.stop();
    const logged: LogEntry[] = [];
    const unwatch = watchLog((entry) => logged.push(entry));
    try {
      await t.app.orm.em.fork().transactional((em) => enqueue(em, ProbeTask, { payload: { key: 'i14:after-stop' } }));
      await waitFor(() => ran.find((r) => r.key === 'i14:after-stop'), { what: 'a job to run after runner-a stopped', state: () => ran });
      expect(ran.filter((r) => r.key === 'i14:after-stop')).toEqual([{ key: 'i14:after-stop', runner: 'runner-b' }]);
      await t.app.orm.em.fork().transactional((em) => enqueue(em, ProbeTask, { payload: { key: 'i14:fails', fail: true } }, { maxAttempts: 1 }));
      const failed = (e: LogEntry) => e.level === 50 && e.msg.includes('probe i14:fails fails on purpose');
      await waitFor(() => logged.some(failed), { what: 'the still running runner to report its failed job', state: () => logged.map((e) => `${e.part}: ${e.msg.slice(0, 120)}`) });
      expect(logged.filter(failed).map((e) => e.part)).toEqual(['runner-b']);
    } finally {
      unwatch();
    }
  });
});
