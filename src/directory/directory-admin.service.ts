import { toE164 } from './phone-number';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import type { Versioned } from '../platform/errors';
import { runMutation } from '../platform/graphql/mutation';
import { expectId } from '../platform/global-id';
import type { Viewer } from '../platform/auth/viewer';
import { Agency } from './agency.entity';
import {
  agencyProblem,
  ASSIGNABLE_ROLES,
  EMAIL,
  EMPLOYEES_MAX,
  groupAreaFits,
  NAME_MAX,
  ORGANISATION_NUMBER,
  PHONE,
  TIER_OF_KIND,
  type Snapshot,
} from './directory-admin.rules';
import { requireDirectoryAdmin } from './directory-admin.access';
import { auditDirectory } from './directory-audit.service';
import { DirectoryAuditAction, GroupKind, Role, Tier } from './directory.enums';
import { directoryError, DirectoryErrorCode } from './directory.errors';
import { ServiceArea } from './service-area.entity';
import { SupportGroup } from './support-group.entity';
import { GroupMembership, User } from './user.entity';
import { isStaffRole } from './viewer';

/**
 * Changing the directory: agencies, users (staff and customer users), support groups and their
 * members. Admins only (FORBIDDEN for everyone else, before anything is read). Each change runs in
 * one transaction, checks the version the admin read, and writes an entry of the audit log with the
 * thing's snapshot before and after (directory-audit.service.ts). A change to a user reaches their open sockets through
 * the `viewer` live channel (the app_user and group_membership triggers); a deactivated user's token
 * names no viewer any more, so HTTP and the socket both refuse it.
 */

export { requireDirectoryAdmin };

function expectVersion(entity: { version: number }, of: Versioned, expected: number, field = of.expectedVersionField): void {
  if (entity.version !== expected) throw directoryError(DirectoryErrorCode.STALE_VERSION, { of: { ...of, expectedVersionField: field }, actual: entity.version, expected });
}

function nameInput(value: string, ...field: string[]): string {
  const name = value.trim();
  if (!name || name.length > NAME_MAX) throw directoryError(DirectoryErrorCode.NAME_INVALID, { field, max: NAME_MAX });
  return name;
}

// ---------------------------------------------------------------- agencies

export interface AgencyInputValue {
  expectedVersion?: number;
  name?: string | null;
  organisationNumber?: string | null;
  employeeCount?: number | null;
  customerPriorityCap?: number | null;
  /** Months a closed case keeps its personal data (1 to 600); `clearRetention` sets none. */
  retentionMonths?: number | null;
  clearRetention?: boolean | null;
}

const agencySnapshot = (a: Agency): Snapshot => ({ name: a.name, organisationNumber: a.organisationNumber, employeeCount: String(a.employeeCount), customerPriorityCap: String(a.customerPriorityCap), retentionMonths: a.retentionMonths == null ? null : String(a.retentionMonths) });

async function applyAgencyInput(tx: Context, agency: Agency, input: AgencyInputValue): Promise<void> {
  if (input.customerPriorityCap != null) {
    if (!Number.isInteger(input.customerPriorityCap) || input.customerPriorityCap < 1 || input.customerPriorityCap > 4) throw directoryError(DirectoryErrorCode.PRIORITY_CAP_OUT_OF_RANGE);
    agency.customerPriorityCap = input.customerPriorityCap;
  }
  if (input.clearRetention) agency.retentionMonths = null;
  else if (input.retentionMonths != null) {
    if (!Number.isInteger(input.retentionMonths) || input.retentionMonths < 1 || input.retentionMonths > 600) throw directoryError(DirectoryErrorCode.RETENTION_MONTHS_OUT_OF_RANGE);
    agency.retentionMonths = input.retentionMonths;
  }
  if (input.name != null) agency.name = nameInput(input.name, 'input', 'name');
  if (input.organisationNumber != null) {
    const number = input.organisationNumber.trim();
    if (!ORGANISATION_NUMBER.test(number)) throw directoryError(DirectoryErrorCode.ORGANISATION_NUMBER_MALFORMED);
    if (number !== agency.organisationNumber && (await tx.em.count(Agency, { organisationNumber: number }))) throw directoryError(DirectoryErrorCode.ORGANISATION_NUMBER_TAKEN);
    agency.organisationNumber = number;
  }
  if (input.employeeCount != null) {
    if (!Number.isInteger(input.employeeCount) || input.employeeCount < 0 || input.employeeCount > EMPLOYEES_MAX) throw directoryError(DirectoryErrorCode.EMPLOYEE_COUNT_INVALID);
    agency.employeeCount = input.employeeCount;
  }
}

export function createAgency(ctx: Context, input: Required<Pick<AgencyInputValue, 'name' | 'organisationNumber' | 'employeeCount'>>) {
  requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const agency = new Agency();
    await applyAgencyInput(tx, agency, input);
    tx.em.persist(agency);
    await auditDirectory(tx, DirectoryAuditAction.AGENCY_CREATED, { agency }, null, agencySnapshot(agency));
    return agency;
  });
}

export function updateAgency(ctx: Context, agencyId: string, input: AgencyInputValue & { expectedVersion: number }) {
  requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const agency = await tx.em.findOne(Agency, expectId(agencyId, 'Agency', 'agencyId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!agency) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['agencyId'] });
    expectVersion(agency, Agency.versioned, input.expectedVersion);
    const before = agencySnapshot(agency);
    await applyAgencyInput(tx, agency, input);
    await auditDirectory(tx, DirectoryAuditAction.AGENCY_UPDATED, { agency }, before, agencySnapshot(agency));
    return agency;
  });
}

// ---------------------------------------------------------------- users

export interface UserInputValue {
  email?: string | null;
  name?: string | null;
  role?: Role | null;
  agencyId?: string | null;
  phone?: string | null;
  knowledgeEditor?: boolean | null;
}

const userSnapshot = (u: User): Snapshot => ({
  email: u.email,
  name: u.name,
  role: u.role,
  agency: u.agency ? String(u.agency.id) : null,
  phone: u.phone ?? null,
  knowledgeEditor: String(u.knowledgeEditor),
  active: String(u.active),
});

/** Applies the input; `agencyId` undefined keeps the agency, null (or "") removes it. */
async function applyUserInput(tx: Context, user: User, input: UserInputValue, viewer: Viewer): Promise<void> {
  if (input.email != null) {
    const email = input.email.trim().toLowerCase();
    if (email.length > 320 || !EMAIL.test(email)) throw directoryError(DirectoryErrorCode.EMAIL_MALFORMED);
    if (email !== user.email && (await tx.em.count(User, { email }))) throw directoryError(DirectoryErrorCode.EMAIL_TAKEN);
    user.email = email;
  }
  if (input.name != null) user.name = nameInput(input.name, 'input', 'name');
  if (input.phone !== undefined) {
    // Stored in E.164, however written: the IVR finds the caller by it (phone-number.ts).
    const written = input.phone?.trim() || null;
    const phone = written === null ? null : toE164(written);
    if (phone === undefined || (phone !== null && !PHONE.test(phone))) throw directoryError(DirectoryErrorCode.PHONE_MALFORMED);
    user.phone = phone ?? undefined;
  }
  if (input.role != null && input.role !== user.role) {
    if (!ASSIGNABLE_ROLES.has(input.role)) throw directoryError(DirectoryErrorCode.ROLE_NOT_ASSIGNABLE);
    if (user.id === viewer.userId) throw directoryError(DirectoryErrorCode.SELF_CHANGE, { field: ['input', 'role'] });
    if (user.id && !isStaffRole(input.role) && (await tx.em.count(GroupMembership, { user: user.id }))) throw directoryError(DirectoryErrorCode.MEMBER_CANNOT_LEAVE_STAFF);
    user.role = input.role;
  }
  if (input.agencyId !== undefined) {
    const agency = input.agencyId ? await tx.em.findOne(Agency, expectId(input.agencyId, 'Agency', 'input', 'agencyId')) : null;
    if (input.agencyId && !agency) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] });
    user.agency = agency ?? undefined;
  } else if (input.role != null && input.role !== Role.CUSTOMER) {
    // Leaving the customers: the agency goes with the role.
    user.agency = undefined;
  }
  if (input.knowledgeEditor != null) user.knowledgeEditor = input.knowledgeEditor;
  const problem = agencyProblem(user.role, !!user.agency);
  if (problem) throw directoryError(DirectoryErrorCode[problem]);
}

export function createUser(ctx: Context, input: UserInputValue & { email: string; name: string; role: Role }) {
  const viewer = requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    if (!ASSIGNABLE_ROLES.has(input.role)) throw directoryError(DirectoryErrorCode.ROLE_NOT_ASSIGNABLE);
    const user = new User();
    user.role = input.role;
    await applyUserInput(tx, user, { ...input, role: undefined }, viewer);
    tx.em.persist(user);
    await auditDirectory(tx, DirectoryAuditAction.USER_CREATED, { user }, null, userSnapshot(user));
    return user;
  });
}

async function lockUser(tx: Context, userId: string, expectedVersion: number, versionField?: string[]): Promise<User> {
  const user = await tx.em.findOne(User, expectId(userId, 'User', 'userId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!user || user.role === Role.TELEPHONY) throw directoryError(DirectoryErrorCode.USER_NOT_FOUND, { field: ['userId'] });
  expectVersion(user, User.versioned, expectedVersion, versionField);
  return user;
}

export function updateUser(ctx: Context, userId: string, input: Omit<UserInputValue, 'email'> & { expectedVersion: number }) {
  const viewer = requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const user = await lockUser(tx, userId, input.expectedVersion);
    const before = userSnapshot(user);
    await applyUserInput(tx, user, input, viewer);
    await auditDirectory(tx, DirectoryAuditAction.USER_UPDATED, { user }, before, userSnapshot(user));
    return user;
  });
}

/** Deactivates (active false) or reactivates a user; an inactive user has no viewer: no token works for them. */
export function setUserActive(ctx: Context, userId: string, expectedVersion: number, active: boolean) {
  const viewer = requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const field = active ? 'USER_ALREADY_ACTIVE' : 'USER_ALREADY_INACTIVE';
    const user = await lockUser(tx, userId, expectedVersion, ['expectedVersion']);
    if (user.id === viewer.userId) throw directoryError(DirectoryErrorCode.SELF_CHANGE, { field: ['userId'] });
    if (user.active === active) throw directoryError(DirectoryErrorCode[field]);
    const before = userSnapshot(user);
    user.active = active;
    await auditDirectory(tx, active ? DirectoryAuditAction.USER_REACTIVATED : DirectoryAuditAction.USER_DEACTIVATED, { user }, before, userSnapshot(user));
    return user;
  });
}

// ---------------------------------------------------------------- groups

export interface GroupInputValue {
  name?: string | null;
  tier?: Tier | null;
  kind?: GroupKind | null;
  serviceAreaId?: string | null;
  acceptsAnyArea?: boolean | null;
}

const groupSnapshot = (g: SupportGroup): Snapshot => ({
  name: g.name, tier: g.tier, kind: g.kind, serviceArea: g.serviceArea ? String(g.serviceArea.id) : null, acceptsAnyArea: String(g.acceptsAnyArea),
});

async function applyGroupInput(tx: Context, group: SupportGroup, input: GroupInputValue): Promise<void> {
  if (input.name != null) {
    const name = nameInput(input.name, 'input', 'name');
    if (name !== group.name && (await tx.em.count(SupportGroup, { name }))) throw directoryError(DirectoryErrorCode.GROUP_NAME_TAKEN);
    group.name = name;
  }
  if (input.serviceAreaId !== undefined) {
    const area = input.serviceAreaId ? await tx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId')) : null;
    if (input.serviceAreaId && !area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    group.serviceArea = area ?? undefined;
  }
  if (input.acceptsAnyArea != null) group.acceptsAnyArea = input.acceptsAnyArea;
  if (TIER_OF_KIND[group.kind] !== group.tier) throw directoryError(DirectoryErrorCode.GROUP_KIND_TIER_MISMATCH);
  if (!groupAreaFits(group.kind, !!group.serviceArea)) throw directoryError(DirectoryErrorCode.GROUP_AREA_MISMATCH);
}

export function createGroup(ctx: Context, input: GroupInputValue & { name: string; tier: Tier; kind: GroupKind }) {
  requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const group = new SupportGroup();
    Object.assign(group, { tier: input.tier, kind: input.kind });
    await applyGroupInput(tx, group, input);
    tx.em.persist(group);
    await auditDirectory(tx, DirectoryAuditAction.GROUP_CREATED, { group }, null, groupSnapshot(group));
    return group;
  });
}

/** Renames a group or moves it to another service area (its kind and tier stay: tickets are queued by them). */
export function updateGroup(ctx: Context, groupId: string, input: Pick<GroupInputValue, 'name' | 'serviceAreaId' | 'acceptsAnyArea'> & { expectedVersion: number }) {
  requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const group = await lockGroup(tx, groupId);
    expectVersion(group, SupportGroup.versioned, input.expectedVersion);
    const before = groupSnapshot(group);
    await applyGroupInput(tx, group, { name: input.name, serviceAreaId: input.serviceAreaId, acceptsAnyArea: input.acceptsAnyArea });
    await auditDirectory(tx, DirectoryAuditAction.GROUP_UPDATED, { group }, before, groupSnapshot(group));
    return group;
  });
}

async function lockGroup(tx: Context, groupId: string): Promise<SupportGroup> {
  const group = await tx.em.findOne(SupportGroup, expectId(groupId, 'SupportGroup', 'groupId'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!group) throw directoryError(DirectoryErrorCode.GROUP_NOT_FOUND, { field: ['groupId'] });
  return group;
}

/** Adds an active staff user to a group, or removes one; the group is the payload (its members changed). */
export function changeMembership(ctx: Context, groupId: string, userId: string, add: boolean) {
  requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const group = await lockGroup(tx, groupId);
    const user = await tx.em.findOne(User, expectId(userId, 'User', 'userId'));
    if (!user) throw directoryError(DirectoryErrorCode.USER_NOT_FOUND, { field: ['userId'] });
    const membership = await tx.em.findOne(GroupMembership, { group, user });
    if (add) {
      if (!user.active || !isStaffRole(user.role)) throw directoryError(DirectoryErrorCode.MEMBER_NOT_STAFF);
      if (membership) throw directoryError(DirectoryErrorCode.ALREADY_MEMBER);
      tx.em.create(GroupMembership, { group, user } as never);
    } else {
      if (!membership) throw directoryError(DirectoryErrorCode.NOT_A_MEMBER);
      tx.em.remove(membership);
    }
    const member = { member: String(user.id) };
    await auditDirectory(tx, add ? DirectoryAuditAction.MEMBER_ADDED : DirectoryAuditAction.MEMBER_REMOVED, { group, user }, add ? null : member, add ? member : null);
    return group;
  });
}
