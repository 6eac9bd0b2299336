import { messages } from '../area';

/** The tickets screens' messages. */
export const tickets = messages({}, {});
