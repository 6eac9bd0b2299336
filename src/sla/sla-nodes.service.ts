import type { Context } from '../context';
import { isStaff } from '../directory/viewer';
import { findVisibleTicket, requireViewer } from '../tickets/ticket-query.service';
import { BusinessCalendar, CalendarClosure } from './calendar.entity';
import { SlaPolicy } from './sla-policy.entity';
import { SlaTimer } from './sla-timer.entity';

/** SLA objects by ID: a timer if its ticket is visible; policies, calendars and their closures for staff. */
export async function findVisibleSlaNode(ctx: Context, type: 'SlaTimer' | 'SlaPolicy' | 'BusinessCalendar' | 'CalendarClosure', id: number): Promise<object | null> {
  const viewer = requireViewer(ctx);
  if (type === 'SlaTimer') {
    const timer = await ctx.em.findOne(SlaTimer, id);
    return timer && (await findVisibleTicket(ctx, timer.ticket.id)) ? timer : null;
  }
  if (!isStaff(viewer)) return null;
  if (type === 'CalendarClosure') return ctx.em.findOne(CalendarClosure, id);
  return type === 'SlaPolicy' ? ctx.em.findOne(SlaPolicy, id) : ctx.em.findOne(BusinessCalendar, id);
}
