import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import type { Context } from '../context';
import { addJobs, removeJobKeys, type Executor, type JobConnection } from './jobs.sql';

export type { JobConnection };

/**
 * One job queue for every domain, on graphile-worker (its tables live in the same database).
 *
 * A domain names a task (`taskRef`), enqueues it INSIDE its own transaction through `enqueue`
 * (so a job exists exactly when the change committed, and a rollback leaves none), and declares
 * the handler, cron items and start-up work in its `*.tasks.ts` (`defineTask`, JobDeclaration);
 * job-runner.ts builds each instance's runner from those declarations. Jobs are claimed with
 * SKIP LOCKED, so each runs once across instances, and failed ones are retried with back-off.
 *
 * Anything that leaves the database (mail, webhooks, pushes) is a job, never an after-commit
 * event handler: an after-commit handler is lost if the process dies after the commit, a job is
 * not. The pattern: an in-transaction handler of the domain event enqueues the job.
 */

/** What a task's handler gets besides its payload. */
export interface JobDeps {
  orm: MikroORM;
  clock: Clock;
  config: AppConfig;
  /** A unit of work for `viewer` on a fresh EntityManager fork (use cases that emit domain events need one; `runMutation`-style transactions inside). */
  unitOfWork(viewer: Viewer | null): Context;
}

/** A task's name with its payload type: enough to enqueue it (no handler, so no import cycle). */
export interface TaskRef<P> {
  readonly name: string;
  /** Phantom: carries the payload type. */
  readonly __payload?: P;
}

export interface TaskDefinition<P> extends TaskRef<P> {
  /** Runs one job; a throw makes graphile-worker retry it later. Open your own transaction. */
  run(payload: P, deps: JobDeps, connection: JobConnection): Promise<void>;
}

export function taskRef<P>(name: string): TaskRef<P> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`task name "${name}": lower-case letters, digits and _`);
  return Object.freeze({ name });
}

export function defineTask<P>(task: string | TaskRef<P>, run: (payload: P, deps: JobDeps, connection: JobConnection) => Promise<void>): TaskDefinition<P> {
  const ref = typeof task === 'string' ? taskRef<P>(task) : task;
  return Object.freeze({ name: ref.name, run });
}

export interface CronItemDefinition {
  task: TaskRef<any>;
  /** Cron pattern, minute hour day-of-month month day-of-week. */
  match: string;
  /** How far back to make up for runs missed while no instance ran (ms). */
  backfillMs?: number;
}

/** A domain's part of the job runner: its tasks, cron items, and work for each runner's start. */
export interface JobDeclaration {
  tasks: TaskDefinition<any>[];
  cron?: CronItemDefinition[];
  /** Runs before the runner starts taking jobs (the SLA sweep for what fell due while down). */
  onStart?: (deps: JobDeps) => Promise<void>;
}

export interface JobSpec<P> {
  payload: P;
  /** One job per key: adding with a key replaces the waiting job (payload, run_at and all). */
  jobKey?: string;
  /** Default: now. */
  runAt?: Date | number | null;
}



/** How often a job is tried before it counts as failed. */
export const DEFAULT_MAX_ATTEMPTS = 25;

/** Adds one job in the caller's transaction (`em` of the unit of work). */
export function enqueue<P>(em: Executor, task: TaskRef<P>, job: JobSpec<P>, options: { maxAttempts?: number } = {}): Promise<void> {
  return enqueueMany(em, task, [job], options);
}

/** Adds many jobs of one task in one statement, in the caller's transaction (graphile-worker's add_jobs, keys replaced). */
export async function enqueueMany<P>(em: Executor, task: TaskRef<P>, jobs: JobSpec<P>[], options: { maxAttempts?: number } = {}): Promise<void> {
  if (!jobs.length) return;
  const specs = jobs.map((j) => ({ payload: j.payload, jobKey: j.jobKey ?? null, runAt: j.runAt === undefined || j.runAt === null ? null : new Date(j.runAt).toISOString() }));
  await addJobs(em, task.name, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, specs);
}

/** Removes waiting jobs by key, in the caller's transaction (a running one finishes). */
export async function removeJobs(em: Executor, jobKeys: string[]): Promise<void> {
  if (!jobKeys.length) return;
  await removeJobKeys(em, jobKeys);
}
