import type { AuditLogFilter } from '../../gql/graphql';

/** The audit screen's filter as the URL holds it (?type=&action=&actor=&from=&to=&entity=&after=), so a view can be bookmarked. */
export interface AuditUrlFilter {
  type: string;
  action: string;
  actor: string;
  /** Local dates, yyyy-mm-dd: `to` counts its whole day. */
  from: string;
  to: string;
  entity: string;
}

export const FILTER_KEYS = ['type', 'action', 'actor', 'from', 'to', 'entity'] as const;

/** The kinds of object the domains log, in the order the select offers them. */
export const ENTITY_TYPES = ['SlaPolicy', 'BusinessCalendar', 'CalendarClosure', 'IvrMenuVersion', 'Agency', 'User', 'SupportGroup', 'AgencyContact', 'SavedReply', 'WebhookEndpoint', 'AgencyMailSettings', 'Ticket', 'PublicRecordExport', 'RetentionRun'] as const;

/** The actions the domains log (the API takes any; these are the ones the select offers). */
export const ACTIONS = [
  'SLA_POLICY_CREATED', 'SLA_POLICY_UPDATED', 'CALENDAR_UPDATED', 'CALENDAR_CLOSURE_ADDED', 'CALENDAR_CLOSURE_REMOVED',
  'IVR_MENU_DRAFT_SAVED', 'IVR_MENU_PUBLISHED', 'AGENCY_CREATED', 'AGENCY_UPDATED', 'USER_CREATED', 'USER_UPDATED',
  'USER_DEACTIVATED', 'USER_REACTIVATED', 'GROUP_CREATED', 'GROUP_UPDATED', 'MEMBER_ADDED', 'MEMBER_REMOVED',
  'AGENCY_CONTACT_ASSIGNED', 'AGENCY_CONTACT_REMOVED', 'SAVED_REPLY_CREATED', 'SAVED_REPLY_UPDATED', 'SAVED_REPLY_DELETED',
  'WEBHOOK_ENDPOINT_CREATED', 'WEBHOOK_ENDPOINT_UPDATED', 'WEBHOOK_ENDPOINT_DELETED', 'WEBHOOK_SECRET_ROTATED', 'AGENCY_MAIL_SETTINGS_SET',
  'GROUP_ROUTING_MODE_SET', 'USER_SKILLS_SET', 'PUBLIC_RECORD_EXPORTED', 'LEGAL_HOLD_SET', 'LEGAL_HOLD_CLEARED', 'RETENTION_RUN',
  'PERSONAL_DATA_EXPORTED', 'PERSON_ANONYMISED',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filterFromUrl(params: URLSearchParams): AuditUrlFilter {
  const get = (k: string) => params.get(k)?.trim() ?? '';
  return { type: get('type'), action: get('action'), actor: get('actor'), from: DATE.test(get('from')) ? get('from') : '', to: DATE.test(get('to')) ? get('to') : '', entity: get('entity') };
}

/** The URL's parameters for a filter (empty ones left out); paging starts again. */
export function urlOfFilter(filter: AuditUrlFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  return params;
}

/** Midnight at the start of a local date, as an instant; `nextDay` gives the end of that day (the start of the next). */
function localMidnight(date: string, nextDay = false): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + (nextDay ? 1 : 0)).toISOString();
}

/** The API's filter for the URL's. */
export function apiFilter(f: AuditUrlFilter): AuditLogFilter {
  return {
    entityType: f.type || null,
    action: f.action || null,
    actorId: f.actor || null,
    entityId: f.entity || null,
    from: f.from ? localMidnight(f.from) : null,
    to: f.to ? localMidnight(f.to, true) : null,
  };
}
