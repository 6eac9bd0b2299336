import { declareUserErrorCode, errorsOf, staleVersionError, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { Ticket } from './ticket.entity';

declare module '../platform/errors' {
  interface UserErrorCodes {
    /** The workflow does not allow the move from the object's current state. */
    INVALID_TRANSITION: 'INVALID_TRANSITION';
  }
}

/**
 * The public code of a move the workflow refuses. The ticket workflow's; the other domains' state
 * machines (calls, articles, orders, meetings, matters) answer their refused moves with it too.
 */
export const INVALID_TRANSITION = declareUserErrorCode(
  'INVALID_TRANSITION',
  "The workflow does not allow this move from the ticket's current status and tier.",
);

/** The tickets domain's failures: each one's public meaning is in `ticketErrors` below. */
export enum TicketErrorCode {
  TICKET_NOT_FOUND = 'TICKET_NOT_FOUND',
  TICKET_STALE_VERSION = 'TICKET_STALE_VERSION',
  TICKET_INVALID_TRANSITION = 'TICKET_INVALID_TRANSITION',
  EXPECTED_VERSION_REQUIRED = 'EXPECTED_VERSION_REQUIRED',
  EXPECTED_VERSION_INVALID = 'EXPECTED_VERSION_INVALID',
  TICKET_ID_OR_NUMBER_REQUIRED = 'TICKET_ID_OR_NUMBER_REQUIRED',
  TICKET_ID_NUMBER_MISMATCH = 'TICKET_ID_NUMBER_MISMATCH',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  CUSTOMER_CHANNEL_WEB_ONLY = 'CUSTOMER_CHANNEL_WEB_ONLY',
  CUSTOMER_REQUESTS_FOR_SELF = 'CUSTOMER_REQUESTS_FOR_SELF',
  CUSTOMER_REQUESTS_FOR_OWN_AGENCY = 'CUSTOMER_REQUESTS_FOR_OWN_AGENCY',
  EMAIL_CHANNEL_EXTERNAL_ONLY = 'EMAIL_CHANNEL_EXTERNAL_ONLY',
  REQUESTER_REQUIRED = 'REQUESTER_REQUIRED',
  REQUESTER_NOT_CUSTOMER = 'REQUESTER_NOT_CUSTOMER',
  REQUESTER_OF_OTHER_AGENCY = 'REQUESTER_OF_OTHER_AGENCY',
  EMAIL_REQUESTER_REQUIRED = 'EMAIL_REQUESTER_REQUIRED',
  TICKET_SERVICE_REQUIRED = 'TICKET_SERVICE_REQUIRED',
  ASSIGNEE_NOT_IN_GROUP = 'ASSIGNEE_NOT_IN_GROUP',
  ASSIGNEE_UNCHANGED = 'ASSIGNEE_UNCHANGED',
  CUSTOMER_COMMENT_PUBLIC_ONLY = 'CUSTOMER_COMMENT_PUBLIC_ONLY',
  ESCALATION_NOT_SECOND_LINE = 'ESCALATION_NOT_SECOND_LINE',
  ESCALATION_OUTSIDE_AREA = 'ESCALATION_OUTSIDE_AREA',
  PRIORITY_ABOVE_CUSTOMER_CAP = 'PRIORITY_ABOVE_CUSTOMER_CAP',
  NO_OPEN_REFERRAL = 'NO_OPEN_REFERRAL',
  /** `ticketEvents(after:)` names an event of another ticket. */
  AFTER_NOT_EVENT_OF_TICKET = 'AFTER_NOT_EVENT_OF_TICKET',
  /** The text-input checks (`ticket-input.ts`), which other domains use for their texts too. */
  TEXT_CONTROL_CHARACTERS = 'TEXT_CONTROL_CHARACTERS',
  TEXT_REQUIRED = 'TEXT_REQUIRED',
  TEXT_TOO_SHORT = 'TEXT_TOO_SHORT',
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  DATE_MALFORMED = 'DATE_MALFORMED',
  EMAIL_MALFORMED = 'EMAIL_MALFORMED',
}

/** An input field's path; its last part names it in the message. */
type At = { field: string[] };
const named = (field: string[]) => field.at(-1);

const { BAD_USER_INPUT, NOT_FOUND, CONFLICT, NOT_ALLOWED } = UserErrorCode;

const ticketErrors = {
  [TicketErrorCode.TICKET_NOT_FOUND]: (at: At = { field: ['ticketId'] }) => userError(NOT_FOUND, 'no such ticket', ...at.field),
  [TicketErrorCode.TICKET_STALE_VERSION]: (versions: { actual: number; expected: number }) => staleVersionError(Ticket.versioned, versions),
  [TicketErrorCode.TICKET_INVALID_TRANSITION]: ({ reason }: { reason: string }) => userError(INVALID_TRANSITION, reason),
  [TicketErrorCode.EXPECTED_VERSION_REQUIRED]: () => userError(BAD_USER_INPUT, 'expectedVersion is required', 'input', 'expectedVersion'),
  [TicketErrorCode.EXPECTED_VERSION_INVALID]: () => userError(BAD_USER_INPUT, 'expectedVersion must be a positive whole number', 'input', 'expectedVersion'),
  [TicketErrorCode.TICKET_ID_OR_NUMBER_REQUIRED]: () => userError(BAD_USER_INPUT, "give the ticket's id or its number", 'id'),
  [TicketErrorCode.TICKET_ID_NUMBER_MISMATCH]: () => userError(BAD_USER_INPUT, 'id and number name different tickets', 'number'),
  [TicketErrorCode.IDEMPOTENCY_KEY_REUSED]: ({ key, number }: { key: string | undefined; number: string }) =>
    userError(CONFLICT, `idempotency key "${key}" was already used with a different input (ticket ${number})`, 'input', 'idempotencyKey'),
  [TicketErrorCode.CUSTOMER_CHANNEL_WEB_ONLY]: () => userError(BAD_USER_INPUT, 'customers register tickets through the web portal (channel WEB)', 'input', 'channel'),
  [TicketErrorCode.CUSTOMER_REQUESTS_FOR_SELF]: () => userError(BAD_USER_INPUT, 'customers register tickets for themselves', 'input', 'requesterId'),
  [TicketErrorCode.CUSTOMER_REQUESTS_FOR_OWN_AGENCY]: () => userError(BAD_USER_INPUT, 'customers register tickets for their own agency', 'input', 'agencyId'),
  [TicketErrorCode.EMAIL_CHANNEL_EXTERNAL_ONLY]: () =>
    userError(BAD_USER_INPUT, 'e-mail is open to external parties only; customer users call or use the web portal', 'input', 'requesterId'),
  [TicketErrorCode.REQUESTER_REQUIRED]: () => userError(BAD_USER_INPUT, 'requesterId is required for phone and web tickets', 'input', 'requesterId'),
  [TicketErrorCode.REQUESTER_NOT_CUSTOMER]: () =>
    userError(BAD_USER_INPUT, 'the requester of a phone or web ticket is a customer user of an agency', 'input', 'requesterId'),
  [TicketErrorCode.REQUESTER_OF_OTHER_AGENCY]: () => userError(BAD_USER_INPUT, 'the requester belongs to another agency', 'input', 'agencyId'),
  [TicketErrorCode.EMAIL_REQUESTER_REQUIRED]: () => userError(BAD_USER_INPUT, 'an e-mail ticket needs requesterId or externalRequester', 'input', 'externalRequester'),
  [TicketErrorCode.TICKET_SERVICE_REQUIRED]: () => userError(BAD_USER_INPUT, 'serviceAreaId or serviceId is required', 'input', 'serviceAreaId'),
  [TicketErrorCode.ASSIGNEE_NOT_IN_GROUP]: () =>
    userError(BAD_USER_INPUT, "the assignee must be an active member of the ticket's current group", 'input', 'assigneeId'),
  [TicketErrorCode.ASSIGNEE_UNCHANGED]: () => userError(BAD_USER_INPUT, 'the ticket already has that assignee', 'input', 'assigneeId'),
  [TicketErrorCode.CUSTOMER_COMMENT_PUBLIC_ONLY]: () => userError(NOT_ALLOWED, 'customers write public comments only', 'input', 'visibility'),
  [TicketErrorCode.ESCALATION_OUTSIDE_AREA]: ({ group, area }: { group: string; area: string }) =>
    userError(BAD_USER_INPUT, `${group} does not handle ${area}: escalate to a group of the case's service area`, 'input', 'groupId'),
  [TicketErrorCode.PRIORITY_ABOVE_CUSTOMER_CAP]: ({ priority, cap }: { priority: string; cap: string }) =>
    userError(NOT_ALLOWED, `this impact and urgency give ${priority}; customers may set at most ${cap} (staff raise it further)`, 'input', 'urgency'),
  [TicketErrorCode.ESCALATION_NOT_SECOND_LINE]: () => userError(BAD_USER_INPUT, 'escalate to a second-line group', 'input', 'groupId'),
  [TicketErrorCode.NO_OPEN_REFERRAL]: () => userError(INVALID_TRANSITION, 'the ticket has no open vendor referral'),
  [TicketErrorCode.AFTER_NOT_EVENT_OF_TICKET]: () => userError(BAD_USER_INPUT, 'not an event of this ticket', 'after'),
  [TicketErrorCode.TEXT_CONTROL_CHARACTERS]: ({ field }: At) => userError(BAD_USER_INPUT, `${named(field)} contains control characters`, ...field),
  [TicketErrorCode.TEXT_REQUIRED]: ({ field }: At) => userError(BAD_USER_INPUT, `${named(field)} is required`, ...field),
  [TicketErrorCode.TEXT_TOO_SHORT]: ({ field, min }: At & { min: number }) => userError(BAD_USER_INPUT, `${named(field)} needs at least ${min} characters`, ...field),
  [TicketErrorCode.TEXT_TOO_LONG]: ({ field, max }: At & { max: number }) => userError(BAD_USER_INPUT, `${named(field)} may have at most ${max} characters`, ...field),
  [TicketErrorCode.DATE_MALFORMED]: ({ field }: At) => userError(BAD_USER_INPUT, `${named(field)} is a date, yyyy-MM-dd`, ...field),
  [TicketErrorCode.EMAIL_MALFORMED]: ({ field }: At) => userError(BAD_USER_INPUT, `${named(field)} is not an e-mail address`, ...field),
} satisfies ErrorMapping<TicketErrorCode>;

/** `throw ticketError(TicketErrorCode.TICKET_NOT_FOUND)`: the tickets domain's `DomainError`. */
export const ticketError = errorsOf(ticketErrors);
