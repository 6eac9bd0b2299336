import { messages } from '../area';

/** The admin screens' messages. */
export const admin = messages({}, {});
