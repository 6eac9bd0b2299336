import { defineTask, enqueue, taskRef, type JobDeclaration } from '../platform/jobs/jobs';
import { foldReportAggregates } from './reports.sql';

/**
 * The fold of the report deltas into the aggregates, every few seconds across all instances: one
 * keyed job that enqueues its successor (graphile-worker's cron counts whole minutes), with a cron
 * item each minute that restarts the chain should it ever break. Two instances' folds cannot
 * double a row (one folder at a time, in the database), and a report is exact whether or not the
 * fold has run (it reads the delta too), so a late fold only costs the report some speed.
 */

export const FOLD_EVERY_MS = 5_000;
const FOLD_KEY = 'report_fold';
const REPORT_FOLD = taskRef<Record<string, never>>('report_fold');

export const ReportFold = defineTask(REPORT_FOLD, async (_payload, _deps, connection) => {
  // Outside the ORM: a statement every few seconds has no place in the application's query log.
  await foldReportAggregates(connection.query);
  // Real time, not the application's clock: the cadence of housekeeping, not a business rule.
  await connection.add(REPORT_FOLD, { payload: {}, jobKey: FOLD_KEY, runAt: Date.now() + FOLD_EVERY_MS });
});

export const REPORT_JOBS: JobDeclaration = {
  tasks: [ReportFold],
  cron: [{ task: REPORT_FOLD, match: '* * * * *' }],
  onStart: async ({ orm }) => {
    await enqueue(orm.em.fork(), REPORT_FOLD, { payload: {}, jobKey: FOLD_KEY });
  },
};
