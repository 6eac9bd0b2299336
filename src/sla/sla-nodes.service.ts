import type { Context } from '../context';
import { isStaff } from '../directory/viewer';
import { findVisibleTicket, requireViewer } from '../tickets/ticket-query.service';
import { BusinessCalendar } from './calendar.entity';
import { SlaPolicy } from './sla-policy.entity';
import { SlaTimer } from './sla-timer.entity';

/** SLA objects by ID: a timer if its ticket is visible; policies and calendars for staff. */
export async function findVisibleSlaNode(ctx: Context, type: 'SlaTimer' | 'SlaPolicy' | 'BusinessCalendar', id: number): Promise<object | null> {
  const viewer = requireViewer(ctx);
  if (type === 'SlaTimer') {
    const timer = await ctx.em.findOne(SlaTimer, id);
    return timer && (await findVisibleTicket(ctx, timer.ticket.id)) ? timer : null;
  }
  if (!isStaff(viewer)) return null;
  return type === 'SlaPolicy' ? ctx.em.findOne(SlaPolicy, id) : ctx.em.findOne(BusinessCalendar, id);
}
