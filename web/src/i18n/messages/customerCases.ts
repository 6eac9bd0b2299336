import { messages } from '../area';

/** The customer web's cases area. */
export const customerCases = messages(
  {
    'customerCases.title': 'Cases',
  },
  {
    'customerCases.title': 'Cases',
  },
);
