import { messages } from '../area';

/** The palette screens' messages. */
export const palette = messages({}, {});
