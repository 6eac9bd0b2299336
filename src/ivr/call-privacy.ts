import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { canRead, type TicketScope } from '../tickets/ticket-access';
import { scopeOf } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import type { Ticket } from '../tickets/ticket.entity';

/**
 * The one masking rule of the phone domain: who a caller is (the number, the agency, the ticket
 * number) is shown to those who may read the call's ticket, i.e. whose service areas or scope
 * the call is in, and to the telephony gateway that carries it; everyone else on a wallboard
 * sees the number masked and no agency or ticket. Pure.
 */
export function seesCaller(viewer: Viewer, ticket: TicketScope): boolean {
  return viewer.role === Role.TELEPHONY || canRead(viewer, ticket);
}

/** A phone number with all but its last two digits hidden ("+46701000001" -> "+•••••••••01"); "withheld" stays. Pure. */
export function maskNumber(number: string): string {
  const digits = number.replace(/\D/g, '').length;
  let seen = 0;
  return number.replace(/\d/g, (d) => (++seen > digits - 2 ? d : '•'));
}

/** Whether the request's viewer sees the caller of a call (or callback) on this ticket. */
export async function seesCallerOf(ctx: Context, ticketId: number): Promise<boolean> {
  const ticket = (await ctx.loaders.ticketById.load(ticketId)) as Ticket | null;
  return ticket !== null && seesCaller(requireViewer(ctx), scopeOf(ticket));
}
