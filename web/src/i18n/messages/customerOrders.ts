import { messages } from '../area';

/** The customer web's orders area. */
export const customerOrders = messages(
  {
    'customerOrders.title': 'Orders',
  },
  {
    'customerOrders.title': 'Orders',
  },
);
