import type { Context } from '../platform/context';
import { AgencyContact } from '../collaboration/agreement.entity';
import { ContactRole, OrderKind, Side } from '../collaboration/collaboration.enums';
import { reportedHours } from '../collaboration/collaboration.sql';
import type { ServiceOrder } from '../collaboration/order.entity';
import { hoursOf } from '../collaboration/order.service';
import { Agency } from '../directory/agency.entity';
import { User } from '../directory/user.entity';
import { Ticket } from '../tickets/ticket.entity';
import { MailKind } from './mail.enums';
import { wantsMail } from './mail-preferences';
import { mailSettingsOf } from './outbound-runtime';
import { queueMail } from './outbox';
import { USER_MAIL_LANGUAGE } from './templates/common';
import { directOrderMail } from './templates/direct-order';
import { orderApprovalRequestMail } from './templates/order-approval-request';

const priceOf = (order: ServiceOrder) => (order.hourlyPrice == null ? null : Number(order.hourlyPrice));

async function orderFacts(tx: Context, order: ServiceOrder) {
  const ticket = await tx.em.findOneOrFail(Ticket, order.ticket.id);
  const agency = await tx.em.findOneOrFail(Agency, order.agency.id);
  return { ticket, agency };
}

/** The order is delivered: its orderer is asked by mail to approve it, if they get that kind by mail. */
export async function notifyOrderDelivered(tx: Context, order: ServiceOrder): Promise<void> {
  const orderer = await tx.em.findOneOrFail(User, order.orderedBy.id);
  if (!(await wantsMail(tx.em, orderer, MailKind.ORDER_APPROVAL_REQUEST))) return;
  const { ticket, agency } = await orderFacts(tx, order);
  const content = orderApprovalRequestMail(
    {
      ordererName: orderer.name, orderTitle: order.title, ticketNumber: ticket.number, agencyName: agency.name, special: order.kind === OrderKind.SPECIAL,
      estimatedHours: hoursOf(order), reportedHours: Number(await reportedHours(tx.em, order.id)), deliveredAt: order.deliveredAt ?? tx.clock.now(),
    },
    USER_MAIL_LANGUAGE,
  );
  await queueMail(tx.em, { kind: MailKind.ORDER_APPROVAL_REQUEST, to: { address: orderer.email, name: orderer.name, user: orderer }, ticket, content }, mailSettingsOf(tx.em).domain, tx.clock.now());
}

/** The agency's account managers, person and deputy, once each, active ones only. */
async function accountManagers(tx: Context, agencyId: number): Promise<User[]> {
  const contacts = await tx.em.find(AgencyContact, { agency: agencyId, side: Side.CENTRE, role: ContactRole.ACCOUNT_MANAGER }, { populate: ['person', 'deputy'], orderBy: { id: 'asc' } });
  const people = new Map<number, User>();
  for (const c of contacts) for (const u of [c.person, c.deputy]) if (u && u.active && !people.has(u.id)) people.set(u.id, u);
  return [...people.values()];
}

/** A direct order by the unit manager: each of the agency's account managers who gets that kind by mail is told. */
export async function notifyDirectOrder(tx: Context, order: ServiceOrder): Promise<void> {
  const recipients = [];
  for (const user of await accountManagers(tx, order.agency.id)) if (await wantsMail(tx.em, user, MailKind.DIRECT_ORDER)) recipients.push(user);
  if (!recipients.length) return;
  const { ticket, agency } = await orderFacts(tx, order);
  const unitManager = order.confirmedBy ? await tx.em.findOneOrFail(User, order.confirmedBy.id) : null;
  for (const user of recipients) {
    const content = directOrderMail(
      {
        recipientName: user.name, orderTitle: order.title, description: order.description, ticketNumber: ticket.number, agencyName: agency.name,
        unitManagerName: unitManager?.name ?? '-', estimatedHours: hoursOf(order), hourlyPrice: priceOf(order),
      },
      USER_MAIL_LANGUAGE,
    );
    await queueMail(tx.em, { kind: MailKind.DIRECT_ORDER, to: { address: user.email, name: user.name, user }, ticket, content }, mailSettingsOf(tx.em).domain, tx.clock.now());
  }
}
