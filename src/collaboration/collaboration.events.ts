import { defineEvent } from '../platform/events/domain-events';
import type { ServiceOrder } from './order.entity';

/** The collaboration domain's events; other domains react in their own `*.listeners.ts`. */

export interface OrderPayload {
  order: ServiceOrder;
}

/** Production marked an order delivered: it waits for the orderer's approval. Emitted by markDelivered, in its transaction. */
export const OrderDelivered = defineEvent<OrderPayload>('OrderDelivered');

/**
 * The unit manager ordered a special service of at most 20 hours directly (confirmOrder), without
 * the account manager's quote: the account manager is to be informed. Emitted in its transaction.
 */
export const DirectOrderPlaced = defineEvent<OrderPayload>('DirectOrderPlaced');
