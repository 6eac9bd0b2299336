import { defineTask, type JobDeclaration } from '../platform/jobs/jobs';
import { defaultMailConfig } from '../platform/config';
import { sendSlaBundles } from './notify-sla';

/** The delivery managers' SLA_BREACH bundles (cron, every 15 minutes across instances). */
export const MailSlaBundle = defineTask<Record<string, never>>('mail_sla_bundle', async (_payload, { orm, clock, config }) => {
  await sendSlaBundles(orm, clock, (config.mail ?? defaultMailConfig(config.production)).domain);
});

/** The process notifications' jobs: the SLA breach bundles. */
export const NOTIFY_JOBS: JobDeclaration = {
  tasks: [MailSlaBundle],
  cron: [{ task: MailSlaBundle, match: '*/15 * * * *', backfillMs: 20 * 60_000 }],
};
