import { messages } from '../area';

/** The directory screens' messages. */
export const directory = messages({}, {});
