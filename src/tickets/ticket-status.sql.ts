import { ACTIVE_STATUSES } from './workflow';

/**
 * `ACTIVE_STATUSES` (workflow.ts: neither resolved nor closed, "an open case") as SQL on a ticket
 * aliased `t`, for every statement that asks whether a case is open: one definition for both.
 */
export const openTicketSql = (t = 't') => `${t}.status in (${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
