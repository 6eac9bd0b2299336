import { messages } from '../area';

/** The reports screens' messages. */
export const reports = messages({}, {});
