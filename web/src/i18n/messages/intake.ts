import { messages } from '../area';

/** The intake screens' messages. */
export const intake = messages({}, {});
