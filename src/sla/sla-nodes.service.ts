import type { Context } from '../platform/context';
import { findVisibleTicket } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { BusinessCalendar, CalendarClosure } from './calendar.entity';
import { SlaTimer } from './sla-timer.entity';
import { findReadablePolicy, mayReadCalendar } from './sla-visibility';

/** SLA objects by ID: a timer if its ticket is visible; policies, calendars and closures as sla-visibility.ts allows. */
export async function findVisibleSlaNode(ctx: Context, type: 'SlaTimer' | 'SlaPolicy' | 'BusinessCalendar' | 'CalendarClosure', id: number): Promise<object | null> {
  requireViewer(ctx);
  if (type === 'SlaTimer') {
    const timer = await ctx.em.findOne(SlaTimer, id);
    return timer && (await findVisibleTicket(ctx, timer.ticket.id)) ? timer : null;
  }
  if (type === 'SlaPolicy') return findReadablePolicy(ctx, id);
  const calendarId = type === 'CalendarClosure' ? (await ctx.em.findOne(CalendarClosure, id))?.calendar.id : id;
  if (calendarId === undefined || !(await mayReadCalendar(ctx, calendarId))) return null;
  return type === 'CalendarClosure' ? ctx.em.findOne(CalendarClosure, id) : ctx.em.findOne(BusinessCalendar, id);
}
