import { GroupKind, Role, Tier } from './directory.enums';

/** The directory administration's pure rules: input shapes, what goes with what, and the audit diff. */

export const ORGANISATION_NUMBER = /^\d{6}-\d{4}$/;
/** A practical e-mail check: one @, no spaces, a dot in the domain. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** E.164: + and 7 to 15 digits. */
export const PHONE = /^\+[1-9]\d{6,14}$/;

export const NAME_MAX = 200;
export const EMPLOYEES_MAX = 10_000_000;

/** The tier each kind of group works on. */
export const TIER_OF_KIND: Readonly<Record<GroupKind, Tier>> = {
  [GroupKind.SERVICEDESK]: Tier.FIRST,
  [GroupKind.PRODUCTION]: Tier.SECOND,
  [GroupKind.EXTERNAL_SECOND_LINE]: Tier.SECOND,
  [GroupKind.THIRD_LINE]: Tier.THIRD,
};

/** A production group serves exactly one service area; the Servicedesk none; others none or one. */
export function groupAreaFits(kind: GroupKind, hasArea: boolean): boolean {
  if (kind === GroupKind.PRODUCTION) return hasArea;
  if (kind === GroupKind.SERVICEDESK) return !hasArea;
  return true;
}

/** The roles the directory screens give (TELEPHONY is the gateway's machine account, set up by operators). */
export const ASSIGNABLE_ROLES: ReadonlySet<Role> = new Set([
  Role.AGENT,
  Role.SPECIALIST,
  Role.DELIVERY_MANAGER,
  Role.ACCOUNT_MANAGER,
  Role.ADMIN,
  Role.CUSTOMER,
  Role.EXTERNAL_CONTACT,
]);

/** What is wrong with a role and agency together: a customer needs one, nobody else has one. */
export function agencyProblem(role: Role, hasAgency: boolean): 'CUSTOMER_WITHOUT_AGENCY' | 'AGENCY_FOR_NON_CUSTOMER' | null {
  if (role === Role.CUSTOMER && !hasAgency) return 'CUSTOMER_WITHOUT_AGENCY';
  if (role !== Role.CUSTOMER && hasAgency) return 'AGENCY_FOR_NON_CUSTOMER';
  return null;
}

export type Snapshot = Record<string, string | null>;

/** One field of a directory change: its value before and after (null: none), as text. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** The fields that differ between two snapshots, in the order of `after`'s keys. */
export function changesOf(before: Snapshot, after: Snapshot): FieldChange[] {
  return Object.keys(after)
    .filter((field) => (before[field] ?? null) !== (after[field] ?? null))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}
