import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { DirectOrderPlaced, OrderDelivered } from '../collaboration/collaboration.events';
import { notifyDirectOrder, notifyOrderDelivered } from './notify-orders';
import { MajorIncidentDeclared } from '../tickets/problem.events';
import { notifyMajorIncident } from './notify-problems';

/**
 * The process notifications outside cases: queued in the emitting transaction (a row and its send
 * job), so a rolled-back change mails nothing and each event mails once.
 */
export const NOTIFY_LISTENERS: EventHandler<Context>[] = [
  inTransaction(OrderDelivered, { id: 'mail.order-approval-request', handle: (tx: Context, { order }) => notifyOrderDelivered(tx, order) }),
  inTransaction(DirectOrderPlaced, { id: 'mail.direct-order', handle: (tx: Context, { order }) => notifyDirectOrder(tx, order) }),
  inTransaction(MajorIncidentDeclared, { id: 'mail.major-incident', handle: (tx: Context, payload) => notifyMajorIncident(tx, payload) }),
];
