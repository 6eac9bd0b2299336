import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceArea } from '../../directory/service-area.entity';
import { ServiceAreaCode } from '../../directory/directory.enums';
import { Ticket } from '../../tickets/ticket.entity';
import { VendorReferral } from '../../tickets/vendor-referral.entity';
import { InboundMail } from '../inbound-mail.entity';
import { OutboundMail } from '../outbound-mail.entity';
import type { ReadMail } from './inbound-parse';

/** The case a mail belongs to, and the referral whose question it answers (when it answers one). */
export interface Thread {
  ticket: Ticket;
  /** The referral of the desk's mail it answers (In-Reply-To/References), open or not. */
  answeredReferral: VendorReferral | null;
  /** The case the mail named when that case was merged into `ticket` (mergeTicket): its requester may still write. */
  mergedFrom?: Ticket;
}

/** Merges can chain (a target merged on later); a mail follows at most this many pointers. */
const MAX_MERGE_HOPS = 10;

/**
 * The thread moved to where its case was merged: a reply to a duplicate belongs on the case that
 * now holds its comments, not on the closed duplicate (which would only go to an agent for review).
 */
async function followMerges(em: EntityManager, thread: Thread): Promise<Thread> {
  // A thread found through a mail holds the case as an unloaded reference: load it to see its pointer.
  const named = await em.findOneOrFail(Ticket, thread.ticket.id);
  let ticket = named;
  for (let hop = 0; ticket.mergedInto && hop < MAX_MERGE_HOPS; hop++) ticket = await em.findOneOrFail(Ticket, ticket.mergedInto.id);
  return ticket === named ? { ...thread, ticket } : { ...thread, ticket, mergedFrom: named };
}

/**
 * Which case a mail continues: by its headers first (a Message-ID of the desk's mail on a case, or
 * of a received mail that made or joined one), else by a case number in its subject. Null: none.
 */
export async function threadOf(em: EntityManager, read: ReadMail): Promise<Thread | null> {
  const named = await namedThread(em, read);
  return named && followMerges(em, named);
}

async function namedThread(em: EntityManager, read: ReadMail): Promise<Thread | null> {
  if (read.answers.length) {
    const ids = read.answers.slice(0, 50);
    const sent = await em.find(OutboundMail, { messageId: { $in: ids }, ticket: { $ne: null } }, { populate: ['vendorReferral'], orderBy: { createdAt: 'desc' }, limit: 1 });
    if (sent[0]?.ticket) return { ticket: sent[0].ticket, answeredReferral: sent[0].vendorReferral ?? null };
    const got = await em.find(InboundMail, { messageId: { $in: ids }, ticket: { $ne: null } }, { orderBy: { receivedAt: 'desc' }, limit: 1 });
    if (got[0]?.ticket) return { ticket: got[0].ticket, answeredReferral: null };
  }
  for (const number of read.caseNumbers) {
    const ticket = await em.findOne(Ticket, { number });
    if (ticket) return { ticket, answeredReferral: null };
  }
  return null;
}

/** The open referrals of a case whose vendor mails from this address (case-insensitive). */
export async function openReferralFrom(em: EntityManager, ticketId: number, address: string): Promise<VendorReferral | null> {
  const open = await em.find(VendorReferral, { ticket: ticketId, answeredAt: null, withdrawnAt: null }, { populate: ['vendor'], orderBy: { sentAt: 'desc' } });
  return open.find((r) => r.vendor.contactEmail?.trim().toLowerCase() === address) ?? null;
}

/** Mailbox names (local parts) that route a mail to a service area, Swedish and English. */
const AREA_BY_MAILBOX: Readonly<Record<string, ServiceAreaCode>> = {
  lon: ServiceAreaCode.PAYROLL,
  payroll: ServiceAreaCode.PAYROLL,
  ekonomi: ServiceAreaCode.FINANCE,
  finance: ServiceAreaCode.FINANCE,
  ehandel: ServiceAreaCode.ECOMMERCE,
  'e-handel': ServiceAreaCode.ECOMMERCE,
  ecommerce: ServiceAreaCode.ECOMMERCE,
};

/** The service area a recipient address names (`lon@`, `ekonomi@`, `ehandel@` ...); null for the desk's general address. Pure. */
export function areaCodeFor(recipients: readonly string[]): ServiceAreaCode | null {
  for (const address of recipients) {
    const code = AREA_BY_MAILBOX[address.split('@')[0].toLowerCase()];
    if (code) return code;
  }
  return null;
}

/**
 * The service area of a new case from mail: the one the recipient address names, else the first
 * of the catalogue (the Servicedesk sets the right one when it triages, as for any new case).
 */
export async function serviceAreaFor(em: EntityManager, recipients: readonly string[]): Promise<ServiceArea> {
  const code = areaCodeFor(recipients);
  const named = code ? await em.findOne(ServiceArea, { code }) : null;
  if (named) return named;
  const [first] = await em.find(ServiceArea, {}, { orderBy: { id: 'asc' }, limit: 1 });
  if (!first) throw new Error('no service area is configured');
  return first;
}
