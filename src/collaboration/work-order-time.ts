import type { Context } from '../platform/context';
import { User } from '../directory/user.entity';
import { stockholmDay } from '../sla/sla-outcome';
import { overEstimateProblem, timeReportProblem } from './collaboration-rules';
import { OrderKind, OrderStatus } from './collaboration.enums';
import { lockOrderRow, reportedHours } from './collaboration.sql';
import { ServiceOrder, WorkTime } from './order.entity';
import { findOrder, hoursOf } from './order.service';

/**
 * Time logged on a case that bills on its work order (issue 20 part 5): the time-spent domain
 * writes a billable entry's hours here as the order's own time report, so the order's hours, the
 * delivery mail and the invoice basis count it with no second sum. The order rules are reportTime's:
 * only an ORDERED special service takes time, never beyond its estimate nor before it stood; once it
 * is delivered its hours are settled and the entry can no longer change.
 */

/** Delivered time is what the orderer approves and the invoice bills: it no longer changes. */
const SETTLED = new Set([OrderStatus.DELIVERED, OrderStatus.APPROVED]);

/** Why the time cannot go on the order: which input it concerns and a sentence. */
export interface WorkOrderRefusal {
  field: 'minutes' | 'workedOn' | 'billable';
  problem: string;
}

/** The case's special service taking time now (ORDERED; the first ordered if several), its row locked; null if none. */
export async function orderTakingTime(tx: Context, ticketId: number): Promise<ServiceOrder | null> {
  const order = await tx.em.findOne(ServiceOrder, { ticket: ticketId, kind: OrderKind.SPECIAL, status: OrderStatus.ORDERED }, { orderBy: { firstOrderedAt: 'asc', id: 'asc' } });
  // The order's row lock serialises time on it, as reportTime's does, so that two at once cannot pass the estimate together.
  if (order) await lockOrderRow(tx.em, order.id);
  return order;
}

/** A billable entry's time report, loaded, and the order it is on, its row locked. */
export async function orderOfWorkTime(tx: Context, workTime: WorkTime): Promise<{ order: ServiceOrder; time: WorkTime }> {
  const time = await tx.em.findOneOrFail(WorkTime, workTime.id, { populate: ['order'] });
  await lockOrderRow(tx.em, time.order.id);
  return { order: time.order, time };
}

/** Why `hours` on `day` cannot go on the order (replacing `replacing`'s, when an entry changes); null when they can. */
export async function workOrderRefusal(tx: Context, order: ServiceOrder, day: string, hours: number, replacing: WorkTime | null = null): Promise<WorkOrderRefusal | null> {
  if (SETTLED.has(order.status)) return { field: 'billable', problem: `the work order is ${order.status.toLowerCase()}: its hours are settled` };
  const status = timeReportProblem({ kind: order.kind, status: order.status, estimatedHours: hoursOf(order) });
  if (status) return { field: 'billable', problem: status };
  const reported = Number(await reportedHours(tx.em, order.id)) - (replacing ? Number(replacing.hours) : 0);
  const over = overEstimateProblem(hoursOf(order) ?? 0, reported, hours);
  if (over) return { field: 'minutes', problem: over };
  const from = stockholmDay(order.firstOrderedAt ?? order.orderedAt);
  if (day < from) return { field: 'workedOn', problem: `the work order stands from ${from}: time before it is not billed on it` };
  return null;
}

/** The order's time report for a billable entry. */
export function addWorkTime(tx: Context, order: ServiceOrder, personId: number, day: string, hours: number, note: string | undefined): WorkTime {
  return tx.em.create(WorkTime, { order, user: tx.em.getReference(User, personId), day, hours: hours.toFixed(2), note, reportedAt: tx.clock.now() } as never);
}

/** The report follows its entry's change. */
export function changeWorkTime(workTime: WorkTime, day: string, hours: number, note: string | undefined): void {
  Object.assign(workTime, { day, hours: hours.toFixed(2), note });
}

/** The order a time report is on, if the viewer may read it (as `node(id:)` answers). */
export async function workOrderOf(ctx: Context, workTimeId: number): Promise<ServiceOrder | null> {
  const time = await ctx.em.findOne(WorkTime, workTimeId);
  return time ? findOrder(ctx, time.order.id) : null;
}
