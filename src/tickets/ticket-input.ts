import { isCalendarDate } from '../platform/calendar-input';
import { ticketError, TicketErrorCode } from './ticket.errors';
import type { Category, Channel, Impact, Urgency } from './ticket.enums';

/** What `createTicket` takes (the GraphQL input, as the service sees it). */
export interface CreateTicketInputValue {
  title: string;
  description: string;
  channel: Channel;
  agencyId?: string | null;
  requesterId?: string | null;
  /** For e-mail from an outside party not yet known: creates an external contact. */
  externalRequester?: { email: string; name: string } | null;
  serviceAreaId?: string | null;
  serviceId?: string | null;
  category: Category;
  impact: Impact;
  urgency: Urgency;
  idempotencyKey?: string | null;
}

/** Trims and checks a text input's length; BAD_USER_INPUT naming the field otherwise. */
export function text(value: string | null | undefined, field: string[], min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  // PostgreSQL text cannot hold NUL, and no other control character belongs in a ticket either.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(trimmed)) throw ticketError(TicketErrorCode.TEXT_CONTROL_CHARACTERS, { field });
  if (trimmed.length < min) throw min <= 1 ? ticketError(TicketErrorCode.TEXT_REQUIRED, { field }) : ticketError(TicketErrorCode.TEXT_TOO_SHORT, { field, min });
  if (trimmed.length > max) throw ticketError(TicketErrorCode.TEXT_TOO_LONG, { field, max });
  return trimmed;
}

export function optionalText(value: string | null | undefined, field: string[], max: number): string | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  return text(value, field, 1, max);
}

/** A calendar date input, yyyy-MM-dd, that exists (no 30 February); BAD_USER_INPUT naming the field otherwise. */
export function dateInput(value: string | null | undefined, ...field: string[]): string {
  if (!isCalendarDate(value)) throw ticketError(TicketErrorCode.DATE_MALFORMED, { field });
  return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(value: string | null | undefined, field: string[]): string {
  const trimmed = text(value, field, 3, 320).toLowerCase();
  if (!EMAIL.test(trimmed)) throw ticketError(TicketErrorCode.EMAIL_MALFORMED, { field });
  return trimmed;
}

export const LIMITS = {
  title: 200,
  description: 10_000,
  comment: 10_000,
  reason: 2_000,
  resolution: 10_000,
  vendorReference: 100,
  idempotencyKey: 100,
  name: 200,
} as const;
