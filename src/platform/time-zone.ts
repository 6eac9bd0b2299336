/**
 * The centre's time zone: its calendar days are the days of reports, ticket numbers, invoices and
 * forums. The one definition; SQL takes it as `CENTRE_ZONE_SQL` (platform/db/sql.ts).
 */
export const CENTRE_ZONE = 'Europe/Stockholm';
