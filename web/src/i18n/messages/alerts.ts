import { messages } from '../area';

/** The alerts screens' messages. */
export const alerts = messages({}, {});
