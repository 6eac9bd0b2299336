import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../directory/user.entity';
import { enqueue } from '../platform/jobs/jobs';
import type { Ticket } from '../tickets/ticket.entity';
import type { VendorReferral } from '../tickets/vendor-referral.entity';
import type { MailContent } from './mail-layout';
import { MailKind, OutboundMailStatus } from './mail.enums';
import { MAIL_SEND, sendJobKey } from './mail.tasks';
import { OutboundMail } from './outbound-mail.entity';

export interface MailToSend {
  kind: MailKind;
  to: { address: string; name?: string | null; user?: User | null };
  ticket?: Ticket | null;
  vendorReferral?: VendorReferral | null;
  content: MailContent;
  /** The Message-ID it answers (a received mail's), to thread in the recipient's client. */
  inReplyTo?: string | null;
  references?: readonly string[] | null;
  /** What caused it (`ticket-event:<id>`); unique: a second mail for one cause is refused. */
  sourceKey?: string | null;
}

/** The attempts a send job gets (its graphile-worker max_attempts): the last failure marks the mail FAILED. */
export const MAIL_SEND_MAX_ATTEMPTS = 10;

/** The case number in brackets, as subjects carry it and replies are threaded by: `[SSC-2026-000123]`. */
export const caseTag = (ticketNumber: string) => `[${ticketNumber}]`;

/**
 * Queues one mail in the caller's transaction: the row (with its Message-ID, the case number in the
 * subject) and its send job, keyed by the row, so a rollback sends nothing and a retry sends once.
 * Flush happens here: the job needs the row's id.
 */
export async function queueMail(em: EntityManager, mail: MailToSend, domain: string, now: Date): Promise<OutboundMail> {
  const tag = mail.ticket ? caseTag(mail.ticket.number) : '';
  const subject = tag && !mail.content.subject.includes(tag) ? `${mail.content.subject} ${tag}` : mail.content.subject;
  const row = em.create(OutboundMail, {
    messageId: `${randomUUID()}@${domain}`,
    kind: mail.kind,
    toAddress: mail.to.address,
    toName: mail.to.name ?? undefined,
    toUser: mail.to.user ?? undefined,
    ticket: mail.ticket ?? undefined,
    vendorReferral: mail.vendorReferral ?? undefined,
    subject: subject.slice(0, 998),
    text: mail.content.text,
    html: mail.content.html,
    inReplyTo: mail.inReplyTo ?? undefined,
    references: mail.references?.length ? [...mail.references] : undefined,
    status: OutboundMailStatus.QUEUED,
    attempts: 0,
    createdAt: now,
    sourceKey: mail.sourceKey ?? undefined,
  });
  em.persist(row);
  await em.flush();
  await enqueue(em, MAIL_SEND, { payload: { outboundId: row.id }, jobKey: sendJobKey(row.id) }, { maxAttempts: MAIL_SEND_MAX_ATTEMPTS });
  return row;
}
