import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../directory/directory.enums';
import { User } from '../directory/user.entity';
import type { Context } from '../platform/context';
import { TicketComment } from '../tickets/ticket-comment.entity';
import type { TicketEvent } from '../tickets/ticket-event.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { VendorReferral } from '../tickets/vendor-referral.entity';
import { CommentVisibility } from '../tickets/ticket.enums';
import type { MailContent, MailLanguage } from './mail-layout';
import { wantsMail } from './mail-preferences';
import { MailKind } from './mail.enums';
import { firstMailHead, mailQueuedFor, originMessageId } from './outbound-queries.sql';
import { mailSettingsOf } from './outbound-runtime';
import { queueMail } from './outbox';
import { publicCommentMail } from './templates/public-comment';
import { receiptMail } from './templates/receipt';
import { resolutionMail } from './templates/resolution';
import { vendorReferralMail } from './templates/vendor-referral';

/**
 * Which mail a ticket's history event sends, queued in the event's transaction (so it exists
 * exactly when the change committed). Each event mails at most once: the mail carries the event's
 * key (`ticket-event:<id>`, unique), and a second run for the same event finds it and queues none.
 */

const sourceKey = (event: TicketEvent) => `ticket-event:${event.id}`;

/** The language of a user's mail: the directory keeps none yet, so Swedish; an external contact's: that of their first mail, if it said. */
export async function languageOf(em: EntityManager, user: User): Promise<MailLanguage> {
  if (user.role !== Role.EXTERNAL_CONTACT) return 'sv';
  const head = await firstMailHead(em, user.email);
  const headers = head?.split(/\r?\n\r?\n/)[0] ?? '';
  return /^content-language:\s*en\b/im.test(headers) ? 'en' : 'sv';
}

async function queueOnce(tx: Context, event: TicketEvent, mail: Parameters<typeof queueMail>[1]): Promise<void> {
  const key = sourceKey(event);
  if (await mailQueuedFor(tx.em, key)) return;
  await queueMail(tx.em, { ...mail, sourceKey: key }, mailSettingsOf(tx.em).domain, tx.clock.now());
}

async function toRequester(tx: Context, ticket: Ticket, event: TicketEvent, kind: MailKind, content: (lang: MailLanguage, requester: User) => MailContent | Promise<MailContent>) {
  const requester = await tx.em.findOneOrFail(User, ticket.requester.id);
  if (!(await wantsMail(tx.em, requester, kind))) return;
  const lang = await languageOf(tx.em, requester);
  await queueOnce(tx, event, { kind, to: { address: requester.email, name: requester.name, user: requester }, ticket, content: await content(lang, requester) });
}

/** The receipt to an external sender whose case came by mail, threaded to their mail when it came from one. */
export async function sendReceipt(tx: Context, ticket: Ticket, event: TicketEvent): Promise<void> {
  const requester = await tx.em.findOneOrFail(User, ticket.requester.id);
  if (requester.role !== Role.EXTERNAL_CONTACT) return;
  const origin = await originMessageId(tx.em, ticket.id);
  const lang = await languageOf(tx.em, requester);
  await queueOnce(tx, event, {
    kind: MailKind.RECEIPT,
    to: { address: requester.email, name: requester.name, user: requester },
    ticket,
    content: receiptMail(lang, { caseNumber: ticket.number, title: ticket.title, name: requester.name }),
    inReplyTo: origin,
    references: origin ? [origin] : null,
  });
}

const ROLE_WORDS: Record<MailLanguage, Partial<Record<Role, string>>> = {
  sv: { AGENT: 'Servicedesk', SPECIALIST: 'specialist', DELIVERY_MANAGER: 'leveransansvarig', ACCOUNT_MANAGER: 'kundansvarig', ADMIN: 'Servicedesk' },
  en: { AGENT: 'Service desk', SPECIALIST: 'specialist', DELIVERY_MANAGER: 'delivery manager', ACCOUNT_MANAGER: 'account manager', ADMIN: 'Service desk' },
};

/**
 * Who wrote a comment, as its reader may see them. person-visibility.ts lets a customer (and anyone
 * reached through a ticket) see the name and role of the centre's staff, never more (no e-mail or
 * phone): the mail says the same, the name with the role's word.
 */
const authorLine = (lang: MailLanguage, author: User) => {
  const word = ROLE_WORDS[lang][author.role];
  return word ? `${author.name} (${word})` : author.name;
};

/**
 * A public comment by someone other than the requester, to the requester if they get it by mail.
 * The event does not name its comment: it is the author's newest public comment on the ticket,
 * written in this transaction just before the event (the two read the clock apart, so not `=`).
 */
export async function sendPublicComment(tx: Context, ticket: Ticket, event: TicketEvent): Promise<void> {
  if (!event.actor || event.actor.id === ticket.requester.id) return;
  const comment = await tx.em.findOne(
    TicketComment,
    { ticket: ticket.id, author: event.actor.id, visibility: CommentVisibility.PUBLIC, confidentialCode: null, createdAt: { $lte: event.at } },
    { orderBy: { id: 'desc' }, populate: ['author'] },
  );
  if (!comment) return;
  await toRequester(tx, ticket, event, MailKind.PUBLIC_COMMENT, (lang, requester) =>
    publicCommentMail(lang, { caseNumber: ticket.number, title: ticket.title, name: requester.name, author: authorLine(lang, comment.author), body: comment.body }),
  );
}

/** The resolution, to the requester if they get it by mail. */
export async function sendResolution(tx: Context, ticket: Ticket, event: TicketEvent): Promise<void> {
  const resolution = ticket.resolution ?? event.note ?? '';
  await toRequester(tx, ticket, event, MailKind.RESOLUTION, (lang, requester) =>
    resolutionMail(lang, { caseNumber: ticket.number, title: ticket.title, name: requester.name, resolution }),
  );
}

/** The referral's question, to the vendor when it has an address (its reply comes back inbound through this row). */
export async function sendVendorReferral(tx: Context, ticket: Ticket, event: TicketEvent): Promise<void> {
  const referral = await tx.em.findOne(VendorReferral, { ticket: ticket.id, sentAt: { $lte: event.at } }, { orderBy: { id: 'desc' }, populate: ['vendor', 'fromGroup'] });
  const address = referral?.vendor.contactEmail;
  if (!referral || !address) return;
  await queueOnce(tx, event, {
    kind: MailKind.VENDOR_REFERRAL,
    to: { address, name: referral.vendor.name },
    ticket,
    vendorReferral: referral,
    content: vendorReferralMail('sv', {
      caseNumber: ticket.number,
      vendorName: referral.vendor.name,
      system: referral.vendor.system,
      question: referral.question,
      fromGroup: referral.fromGroup.name,
    }),
  });
}
