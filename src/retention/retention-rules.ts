/**
 * Retention's values (issue 20 part 11): what anonymising writes in place of personal data. The
 * rule of which cases are due and what is blanked is the set-based SQL of retention.sql.ts, tested
 * against PostgreSQL in test/retention.api.test.ts.
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
