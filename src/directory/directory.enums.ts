/** Enums of the directory domain: who and what a ticket belongs to. */

/** The three lines of the support chain. */
export enum Tier {
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD = 'THIRD',
}

/** What kind of support group: who staffs it and whether they log in. */
export enum GroupKind {
  /** The first-line Servicedesk, single point of contact. */
  SERVICEDESK = 'SERVICEDESK',
  /** A second-line production group of one service area. */
  PRODUCTION = 'PRODUCTION',
  /** An external second line, e.g. another agency's finance unit. */
  EXTERNAL_SECOND_LINE = 'EXTERNAL_SECOND_LINE',
  /** A third-line group: customer managers, development. */
  THIRD_LINE = 'THIRD_LINE',
}

export enum ServiceAreaCode {
  PAYROLL = 'PAYROLL',
  FINANCE = 'FINANCE',
  ECOMMERCE = 'ECOMMERCE',
}

export enum Role {
  /** First-line servicedesk agent: sees and works every ticket. */
  AGENT = 'AGENT',
  /** Second-line specialist: works the tickets of their groups. */
  SPECIALIST = 'SPECIALIST',
  /** Responsible for given service areas of given agencies; owns P1/P2 escalation. */
  DELIVERY_MANAGER = 'DELIVERY_MANAGER',
  /** Responsible for given agencies (tactical level). */
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  ADMIN = 'ADMIN',
  /** A user of a customer agency. */
  CUSTOMER = 'CUSTOMER',
  /** An outside party reaching the centre by e-mail (supplier, journalist); never logs in. */
  EXTERNAL_CONTACT = 'EXTERNAL_CONTACT',
  /** The telephony gateway (the IVR): a machine account that starts and moves calls. */
  TELEPHONY = 'TELEPHONY',
}

/** Agency size segment, which sets the collaboration model's meeting frequencies. */
export enum Segment {
  UNDER_150 = 'UNDER_150',
  FROM_150_TO_499 = 'FROM_150_TO_499',
  FROM_500_TO_2000 = 'FROM_500_TO_2000',
  OVER_2000 = 'OVER_2000',
}

export const STAFF_ROLES: ReadonlySet<Role> = new Set([
  Role.AGENT,
  Role.SPECIALIST,
  Role.DELIVERY_MANAGER,
  Role.ACCOUNT_MANAGER,
  Role.ADMIN,
]);

/** What an entry of the directory's audit trail records. */
export enum DirectoryAuditAction {
  AGENCY_CREATED = 'AGENCY_CREATED',
  AGENCY_UPDATED = 'AGENCY_UPDATED',
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  USER_DEACTIVATED = 'USER_DEACTIVATED',
  USER_REACTIVATED = 'USER_REACTIVATED',
  GROUP_CREATED = 'GROUP_CREATED',
  GROUP_UPDATED = 'GROUP_UPDATED',
  MEMBER_ADDED = 'MEMBER_ADDED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
}
