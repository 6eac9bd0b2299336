import type { TicketStatus } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/sv';

/** A status in plain words, as the customer web says it. */
export const statusKey = (status: TicketStatus): MessageKey => `customerCases.status.${status}`;

/** The statuses of a case still being worked on (the list's default filter). */
export const OPEN_STATUSES: TicketStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_VENDOR'];

/** Where one case lives in the customer web. */
export const casePath = (number: string) => `/kundwebb/arenden/${encodeURIComponent(number)}`;
