import { messages } from '../area';

/** The customer web's knowledge area. */
export const customerKnowledge = messages(
  {
    'customerKnowledge.title': 'Knowledge',
  },
  {
    'customerKnowledge.title': 'Knowledge',
  },
);
