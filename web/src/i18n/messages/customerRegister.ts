import { messages } from '../area';

/** The customer web's register area. */
export const customerRegister = messages(
  {
    'customerRegister.title': 'Register',
  },
  {
    'customerRegister.title': 'Register',
  },
);
