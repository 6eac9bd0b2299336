import { storeAttachment } from '../../attachments/attachment.service';
import { AttachmentSource } from '../../attachments/attachments.enums';
import { Role } from '../../directory/directory.enums';
import { User } from '../../directory/user.entity';
import type { Viewer } from '../../platform/auth/viewer';
import type { AttachmentLimitsConfig } from '../../platform/config';
import { actingAs, type Context } from '../../platform/context';
import { UserFacingError } from '../../platform/errors';
import { answerReferral, reopenResolved } from '../../tickets/ticket-chain.service';
import { lockTicket } from '../../tickets/ticket-change';
import type { TicketComment } from '../../tickets/ticket-comment.entity';
import { externalContact, registerTicket } from '../../tickets/ticket-create.service';
import { LIMITS } from '../../tickets/ticket-input';
import { writeComment } from '../../tickets/ticket-work.service';
import type { Ticket } from '../../tickets/ticket.entity';
import { Category, Channel, CommentVisibility, Impact, TicketStatus, Urgency } from '../../tickets/ticket.enums';
import type { InboundMail } from '../inbound-mail.entity';
import { InboundMailStatus, MailKind } from '../mail.enums';
import { wantsMail } from '../mail-preferences';
import type { ReadMail } from './inbound-parse';
import { queueStaffRedirect } from './inbound-redirect';
import { vendorReferenceIn, withoutQuotedHistory } from './inbound-rules';
import { openReferralFrom, serviceAreaFor, threadOf } from './inbound-thread';

/** What processing did with a mail: the row's status, outcome and note, and the case. */
export interface Decision {
  status: InboundMailStatus;
  outcome: string;
  note?: string;
  ticket?: Ticket;
}

export interface InboundWork {
  mail: InboundMail;
  read: ReadMail;
  limits: AttachmentLimitsConfig;
  domain: string;
}

const review = (outcome: string, note: string, ticket?: Ticket): Decision => ({ status: InboundMailStatus.NEEDS_REVIEW, outcome, note, ticket });
const done = (outcome: string, ticket?: Ticket, note?: string): Decision => ({ status: InboundMailStatus.PROCESSED, outcome, ticket, note });

/** The sender (an outside contact, or a case's requester) as the actor of what their mail does: no groups, no scopes. */
const contactViewer = (user: User): Viewer => ({ userId: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agency?.id ?? null, groupIds: [], groupAreaIds: [], deliveryScopes: [], accountAgencyIds: [], knowledgeEditor: false });
const as = (tx: Context, viewer: Viewer | null): Context => actingAs(tx, viewer);

const isActiveCustomer = (user: User | null): boolean => !!user && user.role === Role.CUSTOMER && user.active;

/**
 * Decides and does, in the caller's transaction, what a person's mail means: the vendor's answer
 * to a referral, a comment on its case, a pointer for an agency's own staff, or a new case.
 */
export async function actOnMail(tx: Context, work: InboundWork): Promise<Decision> {
  const { read } = work;
  const from = read.from!;
  const sender = await tx.em.findOne(User, { email: from.address });
  const thread = await threadOf(tx.em, read);
  if (thread) {
    const ticket = (await lockTicket(tx, thread.ticket.id))!;
    const referral = thread.answeredReferral ?? (await openReferralFrom(tx.em, ticket.id, from.address));
    if (referral) {
      if (referral.answeredAt || referral.withdrawnAt) return review('REFERRAL_CLOSED', 'answers a vendor referral that is already answered or withdrawn', ticket);
      const answer = withoutQuotedHistory(read.text).slice(0, LIMITS.comment) || '(tomt svar)';
      const vendorReference = vendorReferenceIn(read.subject, read.text) ?? undefined;
      await answerReferral(as(tx, null), ticket, { answer, vendorReference, note: `Leverantörens svar per e-post från ${from.address}` });
      const skipped = await storeFiles(tx, work, ticket, undefined, sender ?? referral.sentBy);
      return done('REFERRAL_ANSWERED', ticket, skipped);
    }
    // The requester of a duplicate merged into this case writes on as one of its requesters.
    const isRequester = (user: User) => user.id === ticket.requester.id || user.id === thread.mergedFrom?.requester.id;
    if (isActiveCustomer(sender) && !isRequester(sender!)) return redirect(tx, work, sender!);
    if (sender && sender.role !== Role.EXTERNAL_CONTACT && !isRequester(sender)) return review('SENDER_NOT_EXTERNAL', `mail about ${ticket.number} from ${from.address}, a ${sender.role} user: an agent decides`, ticket);
    if (ticket.status === TicketStatus.CLOSED) return review('CASE_CLOSED', `${ticket.number} is closed: an agent decides whether this mail starts a new case`, ticket);
    const author = sender ?? (await contactFor(tx, from));
    const actor = as(tx, contactViewer(author));
    if (ticket.status === TicketStatus.RESOLVED) reopenResolved(actor, ticket, 'Nytt mejl från kontakten efter lösningen');
    const body = withoutQuotedHistory(read.text).slice(0, LIMITS.comment) || '(tomt meddelande)';
    const comment = writeComment(actor, ticket, { author, body, visibility: CommentVisibility.PUBLIC, fromRequesterSide: true });
    await tx.em.flush();
    const skipped = await storeFiles(tx, work, ticket, comment, author);
    return done('COMMENT_ADDED', ticket, skipped);
  }
  if (isActiveCustomer(sender)) return redirect(tx, work, sender!);
  if (sender && sender.role !== Role.EXTERNAL_CONTACT) return review('SENDER_NOT_EXTERNAL', `mail from ${from.address}, a ${sender.active ? '' : 'deactivated '}${sender.role} user: an agent decides`);
  const contact = sender ?? (await contactFor(tx, from));
  const ticket = await registerTicket(as(tx, contactViewer(contact)), {
    title: titleOf(read),
    description: read.text.slice(0, LIMITS.description) || '(tomt meddelande)',
    channel: Channel.EMAIL,
    requester: contact,
    serviceArea: await serviceAreaFor(tx.em, work.mail.envelopeTo),
    category: Category.QUESTION,
    impact: Impact.MEDIUM,
    urgency: Urgency.MEDIUM,
    createdBy: contact.id,
  });
  const skipped = await storeFiles(tx, work, ticket, undefined, contact);
  return done('CASE_CREATED', ticket, skipped);
}

async function redirect(tx: Context, work: InboundWork, user: User): Promise<Decision> {
  if (!(await wantsMail(tx.em, user, MailKind.STAFF_REDIRECT))) return done('STAFF_REDIRECTED', undefined, `${user.email} is staff of a customer agency and chose not to get this answer by mail: no answer sent`);
  await tx.em.populate(user, ['agency']);
  const { read, mail } = work;
  await queueStaffRedirect(tx.em, user, { subject: read.subject, lang: read.lang, messageId: mail.messageId ?? null, references: read.answers.slice().reverse() }, work.domain, tx.clock.now());
  return done('STAFF_REDIRECTED', undefined, `${user.email} is staff of a customer agency: pointed to the customer web and the phone`);
}

/** The sender's outside contact, created (and flushed, for its id) when unknown. */
async function contactFor(tx: Context, from: { address: string; name: string }): Promise<User> {
  const contact = await externalContact(tx, { email: from.address, name: from.name.slice(0, LIMITS.name) });
  await tx.em.flush();
  return contact;
}

/** A case's title from the subject, without reply prefixes; the text's first words when there is no subject. */
function titleOf(read: ReadMail): string {
  const subject = read.subject.replace(/^((re|sv|vb|fw|fwd|aw)\s*:\s*)+/i, '').trim();
  const title = subject.length >= 3 ? subject : read.text.split('\n')[0]?.trim() || '';
  return (title.length >= 3 ? title : `E-post från ${read.from!.address}`).slice(0, LIMITS.title);
}

/** Stores the mail's files on the case (with the comment when there is one); a file over a limit is skipped with a note. */
async function storeFiles(tx: Context, work: InboundWork, ticket: Ticket, comment: TicketComment | undefined, by: User): Promise<string | undefined> {
  const skipped: string[] = [];
  for (const file of work.read.files) {
    try {
      await storeAttachment(tx.em, { ticket, comment, filename: file.filename, declaredType: file.declaredType, data: file.data, uploadedBy: by, source: AttachmentSource.MAIL }, work.limits, tx.clock.now());
    } catch (err) {
      if (!(err instanceof UserFacingError)) throw err;
      skipped.push(`${file.filename ?? 'fil'} (${file.data.length} bytes): ${err.message}`);
    }
  }
  return skipped.length ? `attachments skipped: ${skipped.join('; ')}` : undefined;
}
