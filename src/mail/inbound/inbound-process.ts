import { DEFAULT_ATTACHMENT_LIMITS, defaultMailConfig } from '../../platform/config';
import type { Context } from '../../platform/context';
import { defineTask, type JobDeps } from '../../platform/jobs/jobs';
import { runMutation } from '../../platform/graphql/mutation';
import { InboundMail } from '../inbound-mail.entity';
import { InboundMailStatus } from '../mail.enums';
import { MAIL_PROCESS } from '../mail.tasks';
import { actOnMail, type Decision } from './inbound-actions';
import { InboundMailBody } from './inbound-body.entity';
import { readMail, type ReadMail } from './inbound-parse';
import { lockReceived } from './inbound.sql';

/**
 * `mail_process`: one received mail becomes a case, a comment, a vendor's answer or a pointer for
 * an agency's staff; automatic mail is left alone and what cannot be understood is kept for an
 * agent. All of it, the row's outcome included, in one transaction: a fault rolls back and the job
 * retries; a mail no longer RECEIVED is done, so a retry never doubles anything.
 */
export const processInboundMailTask = defineTask(MAIL_PROCESS, async ({ inboundId }, deps) => {
  const stored = await deps.orm.em.fork().findOne(InboundMail, inboundId, { populate: ['raw'] });
  if (!stored || stored.status !== InboundMailStatus.RECEIVED) return;
  let read: ReadMail | null = null;
  let parseError = '';
  try {
    read = await readMail(stored.raw, stored.envelopeFrom ?? null);
  } catch (err) {
    parseError = err instanceof Error ? err.message : String(err);
  }
  const outcome = await runMutation(deps.unitOfWork(null), (tx) => settle(tx, deps, inboundId, read, parseError));
  if (outcome.userErrors.length) {
    // The tickets domain refused (a move the workflow forbids, an address it will not take): keep it for an agent.
    const note = `could not be processed: ${outcome.userErrors.map((e) => e.message).join('; ')}`;
    await runMutation(deps.unitOfWork(null), (tx) => settle(tx, deps, inboundId, read, parseError, { status: InboundMailStatus.NEEDS_REVIEW, outcome: 'REFUSED', note }));
  }
});

async function settle(tx: Context, deps: JobDeps, id: number, read: ReadMail | null, parseError: string, given?: Decision): Promise<void> {
  if (!(await lockReceived(tx.em, id))) return;
  const mail = await tx.em.findOneOrFail(InboundMail, id, { refresh: true });
  const decision = given ?? (await decide(tx, deps, mail, read, parseError));
  Object.assign(mail, { status: decision.status, outcome: decision.outcome, note: decision.note?.slice(0, 4000), ticket: decision.ticket, processedAt: tx.clock.now() });
  if (read) {
    tx.em.create(InboundMailBody, { inbound: mail, fromAddress: read.from?.address, fromName: read.from?.name.slice(0, 200), subject: read.subject.slice(0, 998), text: read.text, html: read.html ?? undefined });
  }
  await tx.em.flush();
}

async function decide(tx: Context, deps: JobDeps, mail: InboundMail, read: ReadMail | null, parseError: string): Promise<Decision> {
  if (!read) return { status: InboundMailStatus.NEEDS_REVIEW, outcome: 'MALFORMED', note: `the mail could not be parsed: ${parseError}` };
  if (read.automatic) return { status: InboundMailStatus.IGNORED, outcome: read.automatic, note: `automatic mail (${read.automatic.toLowerCase().replace('_', ' ')}): no case, no answer` };
  if (!read.from) return { status: InboundMailStatus.NEEDS_REVIEW, outcome: 'MALFORMED', note: 'the mail has no usable From address' };
  const domain = deps.config.mail?.domain ?? defaultMailConfig(deps.config.production).domain;
  return actOnMail(tx, { mail, read, limits: deps.config.attachments ?? DEFAULT_ATTACHMENT_LIMITS, domain });
}
