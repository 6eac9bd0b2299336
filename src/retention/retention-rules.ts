/**
 * Retention, the pure part (issue 20 part 11): when a case's personal data is due for
 * anonymisation, and what anonymising it blanks. The set-based statements of retention.sql.ts
 * take their values from here, so the rule is written once and unit tested.
 */

/** What replaces free text that may hold personal data (names, personnummer, e-mail, phone). */
export const ANONYMISED_TEXT = '[anonymiserad]';
/** What replaces a phone number (a caller's, a callback's): the column is short and not null. */
export const ANONYMISED_NUMBER = 'anonymiserad';
/** What replaces an e-mail address that must stay an address (an outbound mail's recipient). */
export const ANONYMISED_ADDRESS = 'anonymiserad@invalid';
/** The name of a person whose erasure was requested (anonymisePerson). */
export const ANONYMISED_PERSON_NAME = 'Anonymiserad person';
/** Their e-mail: unique per person (the column is), in the reserved `.invalid` domain so no mail can reach it. */
export const anonymisedEmail = (userId: number) => `anonymiserad-${userId}@invalid`;

/**
 * History fields whose from/to values are free text (an old title, a callback number); the other
 * fields' values are statuses, tiers, names of groups and staff, which the reports read and which
 * are not the requester's personal data.
 */
export const HISTORY_TEXT_FIELDS = ['title', 'description', 'resolution', 'callback'] as const;

export type RetentionVerdict = 'DUE' | 'OPEN' | 'ON_HOLD' | 'NO_AGREEMENT' | 'NOT_YET' | 'ALREADY_ANONYMISED';

export interface RetentionCase {
  status: string;
  closedAt: Date | null;
  legalHold: boolean;
  anonymisedAt: Date | null;
}

/** The instant `months` calendar months before `now` (end of month clamped, as PostgreSQL's interval arithmetic does). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * Whether the case's personal data is due: closed (a resolved case may still reopen), not on legal
 * hold, not anonymised yet, and closed more than the agency's retention period before `now`.
 */
export function retentionVerdict(c: RetentionCase, retentionMonths: number | null, now: Date): RetentionVerdict {
  if (c.anonymisedAt) return 'ALREADY_ANONYMISED';
  if (c.status !== 'CLOSED' || !c.closedAt) return 'OPEN';
  if (c.legalHold) return 'ON_HOLD';
  if (retentionMonths === null) return 'NO_AGREEMENT';
  return c.closedAt < monthsBefore(now, retentionMonths) ? 'DUE' : 'NOT_YET';
}

export interface CaseText {
  title: string;
  description: string;
  resolution: string | null;
  confidentialReason: string | null;
}

/**
 * What anonymising a case writes over its own text: every free-text field blanked, a null staying
 * null (so the blanked case still says what it never had). Counts, times, statuses, groups and
 * timers are untouched: the reports read those, and their figures must not move.
 */
export function anonymiseTicket(c: CaseText): CaseText {
  const blank = (v: string | null) => (v === null ? null : ANONYMISED_TEXT);
  return { title: ANONYMISED_TEXT, description: ANONYMISED_TEXT, resolution: blank(c.resolution), confidentialReason: blank(c.confidentialReason) };
}

/** The history entry's values after anonymisation: a note and the text of free-text fields blanked. */
export function anonymiseHistoryEntry(e: { field: string | null; fromValue: string | null; toValue: string | null; note: string | null }) {
  const text = e.field !== null && (HISTORY_TEXT_FIELDS as readonly string[]).includes(e.field);
  const blank = (v: string | null) => (v === null ? null : ANONYMISED_TEXT);
  return { fromValue: text ? blank(e.fromValue) : e.fromValue, toValue: text ? blank(e.toValue) : e.toValue, note: blank(e.note) };
}
