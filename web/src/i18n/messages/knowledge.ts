import { messages } from '../area';

/** The knowledge screens' messages. */
export const knowledge = messages({}, {});
