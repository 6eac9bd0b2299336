import type { MikroORM } from '@mikro-orm/postgresql';
import { roundTripsOf } from './db/database';
import { poolState } from './db/pool-state';
import { writeGateState } from './db/write-gate';
import { jobQueueState } from './jobs/jobs.sql';
import { gaugeOf, labelledGaugeOf, totalOf, type AppMetrics } from './metrics';

/** What the platform's gauges read when scraped. */
export interface PlatformGaugeSources {
  orm: MikroORM;
  liveSubscriptions: () => number;
  liveSockets: () => number;
  listenConnected: () => boolean;
  /** Null on an instance that runs no jobs. */
  jobsRunning: (() => boolean) | null;
  /** The jobs' own ORM (app.ts startJobs); null on an instance that runs no jobs. */
  jobsOrm?: MikroORM | null;
}

/**
 * The platform's gauges: the database pool, the job queue (backlog by task, the oldest waiting job's
 * age, jobs out of attempts), the job runner, live subscriptions and sockets, and the LISTEN connection.
 */
export function registerPlatformGauges(metrics: AppMetrics, sources: PlatformGaugeSources): void {
  const { registry } = metrics;
  // The requests' ORM and the jobs' own: their round trips together, their pools each by name.
  const trips = [sources.orm, ...(sources.jobsOrm ? [sources.jobsOrm] : [])].map(roundTripsOf);
  const sum = (pick: (t: (typeof trips)[number]) => number) => () => trips.reduce((n, t) => n + pick(t), 0);
  totalOf(registry, 'supportchain_db_round_trips_total', 'Statements the ORM\'s connections sent to the database, each a wait for its answer.', sum((t) => t.roundTrips));
  totalOf(registry, 'supportchain_db_begins_carried_total', 'Transactions whose BEGIN travelled with their first statement (a round trip saved each).', sum((t) => t.beginsCarried));
  totalOf(registry, 'supportchain_db_commits_carried_total', 'Mutations whose COMMIT travelled with their closing statement (a round trip saved each).', sum((t) => t.commitsCarried));
  labelledGaugeOf(registry, 'supportchain_db_pool_connections', 'The requests\' database pool connections by state (used, free, pending acquires).', 'state', async () => poolState(sources.orm));
  labelledGaugeOf(registry, 'supportchain_db_write_transactions', 'The requests\' write transactions (mutations) by state: running, waiting their turn (WRITE_CONCURRENCY).', 'state', async () => writeGateState(sources.orm));
  const jobsOrm = sources.jobsOrm;
  if (jobsOrm) labelledGaugeOf(registry, 'supportchain_db_jobs_pool_connections', 'The jobs\' own database pool connections by state (used, free, pending acquires).', 'state', async () => poolState(jobsOrm));
  // One query per scrape answers the three job gauges.
  let queue: ReturnType<typeof jobQueueState> | null = null;
  const queueState = () => (queue ??= jobQueueState(sources.orm.em.fork()).finally(() => setTimeout(() => (queue = null), 1000).unref()));
  labelledGaugeOf(registry, 'supportchain_jobs_ready', 'Jobs due and not yet taken, by task.', 'task', async () => (await queueState()).readyByTask);
  gaugeOf(registry, 'supportchain_jobs_oldest_ready_seconds', 'Age of the oldest job due and not yet taken (0 when none waits).', async () => (await queueState()).oldestReadySeconds);
  gaugeOf(registry, 'supportchain_jobs_failed', 'Jobs that ran out of attempts (kept in the queue for an operator).', async () => (await queueState()).failed);
  gaugeOf(registry, 'supportchain_job_runner_up', 'This instance\'s job runner is running (1), stopped (0); absent work: -1 on an API-only instance.', () =>
    sources.jobsRunning === null ? -1 : sources.jobsRunning() ? 1 : 0,
  );
  gaugeOf(registry, 'supportchain_live_subscriptions', 'graphql-ws subscriptions open on this instance.', sources.liveSubscriptions);
  gaugeOf(registry, 'supportchain_live_sockets', 'graphql-ws sockets open on this instance.', sources.liveSockets);
  gaugeOf(registry, 'supportchain_listen_connected', 'The LISTEN connection for live events is up (1) or reconnecting (0).', () => (sources.listenConnected() ? 1 : 0));
}
