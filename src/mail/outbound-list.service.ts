import { Role } from '../directory/directory.enums';
import type { Context } from '../platform/context';
import { forbidden, unauthenticated } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageArgs } from '../platform/pagination';
import { Ticket } from '../tickets/ticket.entity';
import type { MailKind, OutboundMailStatus } from './mail.enums';
import { mailError, MailErrorCode } from './mail.errors';
import { OutboundMail } from './outbound-mail.entity';

export interface OutgoingMailFilter extends PageArgs {
  status?: OutboundMailStatus | null;
  kind?: MailKind | null;
  ticketId?: string | null;
}

/** Outgoing mail is read by admins only: it holds what customers and vendors were told, by address. */
function requireMailAdmin(ctx: Context): void {
  if (!ctx.viewer) throw unauthenticated();
  if (ctx.viewer.role !== Role.ADMIN) throw forbidden('only admins read outgoing mail');
}

/** Outgoing mail, newest first, by status, kind and ticket (the development catcher's list). */
export async function listOutgoingMail(ctx: Context, args: OutgoingMailFilter): Promise<Page<OutboundMail>> {
  requireMailAdmin(ctx);
  const limit = pageSize(args.first);
  const where: Record<string, unknown> = {};
  if (args.status) where.status = args.status;
  if (args.kind) where.kind = args.kind;
  if (args.ticketId) {
    const ticketId = expectId(args.ticketId, 'Ticket', 'ticketId');
    if (!(await ctx.em.count(Ticket, { id: ticketId }))) throw mailError(MailErrorCode.OUTBOUND_TICKET_NOT_FOUND);
    where.ticket = ticketId;
  }
  const before = args.after ? decodeCursor(args.after, ['int'])[0] : null;
  const rows = await ctx.em.find(OutboundMail, before ? { ...where, id: { $lt: before } } : where, { orderBy: { id: 'desc' }, limit: limit + 1 });
  return toPage(rows, limit, args.after, (m) => encodeCursor([m.id]), () => ctx.em.count(OutboundMail, where));
}

/** One outgoing mail by its global ID (null when there is none). */
export async function findOutgoingMail(ctx: Context, id: string): Promise<OutboundMail | null> {
  requireMailAdmin(ctx);
  return ctx.em.findOne(OutboundMail, expectId(id, 'OutgoingMail', 'id'));
}
