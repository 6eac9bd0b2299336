import type { Context } from '../context';
import * as directory from '../directory/directory.service';
import { fromGlobalId } from '../platform/global-id';
import { unauthenticated } from '../platform/errors';
import { findVisibleTicket } from '../tickets/ticket-query.service';
import { findVisibleTicketPart } from '../tickets/ticket-parts.service';
import { findVisibleSlaNode } from '../sla/sla-nodes.service';
import { findVisibleAlert } from '../sla/sla-alerts.service';
import { findCall } from '../ivr/call-access';
import { findCallback } from '../ivr/callback.service';
import { findEntryPoint, findMenuVersionById } from '../ivr/ivr-menu.service';
import { findArticle } from '../knowledge/article.service';
import { findAgreement, findContact } from '../collaboration/agreement.service';
import { findMeeting } from '../collaboration/forum.service';
import { findMatter } from '../collaboration/matter.service';
import { findOrder } from '../collaboration/order.service';

type Finder = (ctx: Context, id: number) => Promise<object | null>;

/** Each Node type's finder applies its domain's visibility: what you may not see is null. */
export const FINDERS: Record<string, Finder> = {
  Ticket: findVisibleTicket,
  TicketComment: (ctx, id) => findVisibleTicketPart(ctx, 'TicketComment', id),
  TicketEvent: (ctx, id) => findVisibleTicketPart(ctx, 'TicketEvent', id),
  VendorReferral: (ctx, id) => findVisibleTicketPart(ctx, 'VendorReferral', id),
  Agency: directory.findAgency,
  User: directory.findUser,
  SupportGroup: directory.findGroup,
  Vendor: directory.findVendor,
  ServiceArea: directory.findServiceArea,
  Service: directory.findService,
  SlaTimer: (ctx, id) => findVisibleSlaNode(ctx, 'SlaTimer', id),
  SlaPolicy: (ctx, id) => findVisibleSlaNode(ctx, 'SlaPolicy', id),
  BusinessCalendar: (ctx, id) => findVisibleSlaNode(ctx, 'BusinessCalendar', id),
  CalendarClosure: (ctx, id) => findVisibleSlaNode(ctx, 'CalendarClosure', id),
  SlaAlert: findVisibleAlert,
  IvrCall: findCall,
  IvrCallback: findCallback,
  IvrMenuVersion: findMenuVersionById,
  IvrEntryPoint: findEntryPoint,
  Article: findArticle,
  Agreement: findAgreement,
  AgencyContact: findContact,
  Meeting: findMeeting,
  EscalationMatter: findMatter,
  ServiceOrder: findOrder,
};

export async function findNode(ctx: Context, globalId: string): Promise<object | null> {
  if (!ctx.viewer) throw unauthenticated();
  const parsed = fromGlobalId(globalId);
  const finder = parsed && FINDERS[parsed.type];
  return finder ? finder(ctx, parsed.id) : null;
}
