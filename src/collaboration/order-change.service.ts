import type { Context } from '../platform/context';
import { runMutation } from '../platform/graphql/mutation';
import { changeProblem } from './collaboration-rules';
import { OrderStatus } from './collaboration.enums';
import { hoursInput, hoursOf, loadOrder, requireOrderer } from './order.service';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';

/**
 * A change order: the orderer raises a special service's estimate in writing, and it is ordered
 * again as a new order would be: up to 20 hours by the unit manager directly (confirmServiceOrder),
 * past 20 hours by a quote of the account manager that the customer signs (quoteServiceOrder,
 * acceptServiceOrderQuote). Until then no more time is reported; the hours so far stay.
 */
export function changeOrder(ctx: Context, input: { orderId: string; estimatedHours: number }) {
  return runMutation(ctx, async (tx) => {
    const order = await loadOrder(tx, input.orderId);
    await requireOrderer(tx, order.agency.id, 'change orders');
    const estimatedHours = hoursInput(input.estimatedHours, 10_000, 'input', 'estimatedHours');
    const problem = changeProblem({ kind: order.kind, status: order.status, estimatedHours: hoursOf(order) }, Number(estimatedHours));
    if (problem) throw collaborationError(CollaborationErrorCode.ORDER_CHANGE_REFUSED, { problem });
    order.estimatedHours = estimatedHours;
    order.status = OrderStatus.REQUESTED;
    return order;
  });
}
