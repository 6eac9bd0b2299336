import { messages } from '../area';

/** The phone screens' messages. */
export const phone = messages({}, {});
