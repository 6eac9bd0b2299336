import { messages } from '../area';

/** The customer web's agency area. */
export const customerAgency = messages(
  {
    'customerAgency.title': 'Agency',
  },
  {
    'customerAgency.title': 'Agency',
  },
);
