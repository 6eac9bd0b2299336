import { DateTime } from 'luxon';
import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { runMutation } from '../platform/graphql/mutation';
import { expectId } from '../platform/global-id';
import { dateInput, LIMITS, optionalText, text } from '../tickets/ticket-input';
import { AgencyContact, Agreement, AgreementService } from './agreement.entity';
import { hasRole, requireFollower, requireRole } from './collaboration-access';
import { answersFor, isStaffRole } from '../directory/viewer';
import { requireViewer } from '../platform/auth/viewer';
import { AREA_ROLES, contactProblem, deputyProblem, SHARED_ROLES } from './collaboration-rules';
import { AgreementServiceKind, ContactRole, Side } from './collaboration.enums';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';
import { agreementAreaRows } from './collaboration.sql';
import { auditContact, contactSnapshot } from './contact-audit';

/** Agreements and the contacts of both parties. */

export function moneyInput(value: number | null | undefined, ...field: string[]): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0 || value > 1e9 || Math.round(value * 100) !== value * 100) throw collaborationError(CollaborationErrorCode.AMOUNT_MALFORMED, { field });
  return value.toFixed(2);
}

export async function loadAgency(ctx: Context, agencyId: string, ...field: string[]): Promise<Agency> {
  const agency = await ctx.em.findOne(Agency, expectId(agencyId, 'Agency', ...field));
  if (!agency) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field });
  return agency;
}

// ---------------------------------------------------------------- contacts

export interface AssignContactInputValue {
  agencyId: string;
  side: Side;
  role: ContactRole;
  serviceAreaId?: string | null;
  personId: string;
  deputyId?: string | null;
}

/**
 * Who names (assigns and removes) a side's contacts of an agency: the centre's side an admin or the
 * agency's account manager; the agency's side also its agreement owner, since the agency decides
 * who fills its roles and who may order. NOT_ALLOWED otherwise.
 */
async function requireContactKeeper(ctx: Context, agencyId: number, side: Side): Promise<void> {
  const accountManagers = [ContactRole.ACCOUNT_MANAGER, ContactRole.EXECUTIVE_ACCOUNT_MANAGER];
  if (await hasRole(ctx, agencyId, Side.CENTRE, accountManagers)) return;
  if (side === Side.CENTRE) throw collaborationError(CollaborationErrorCode.CENTRE_CONTACTS_BY_ACCOUNT_MANAGER);
  await requireRole(ctx, agencyId, Side.AGENCY, [ContactRole.AGREEMENT_OWNER], 'the agreement owner names the agency\'s contacts');
}

/** Names who holds a role (replacing the holder of a single role), by the contact keeper of the side. */
export function assignContact(ctx: Context, input: AssignContactInputValue) {
  return runMutation(ctx, async (tx) => {
    const agency = await loadAgency(tx, input.agencyId, 'input', 'agencyId');
    // An agency you do not follow is as if it did not exist, as its contacts are.
    if (!answersFor(requireViewer(tx), agency.id)) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] });
    await requireContactKeeper(tx, agency.id, input.side);
    const problem = contactProblem(input.role, input.side, !!input.serviceAreaId);
    if (problem) throw collaborationError(CollaborationErrorCode.CONTACT_ROLE_MISMATCH, { problem, field: AREA_ROLES.has(input.role) || input.serviceAreaId ? 'serviceAreaId' : 'side' });
    const noDeputy = deputyProblem(input.role, !!input.deputyId);
    if (noDeputy) throw collaborationError(CollaborationErrorCode.CONTACT_DEPUTY_MISMATCH, { problem: noDeputy });
    const area = input.serviceAreaId ? await tx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId')) : null;
    if (input.serviceAreaId && !area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    const person = await partyMember(tx, input.personId, input.side, agency, 'personId');
    const deputy = input.deputyId ? await partyMember(tx, input.deputyId, input.side, agency, 'deputyId') : null;
    if (deputy && deputy.id === person.id) throw collaborationError(CollaborationErrorCode.DEPUTY_IS_PERSON);
    const where = { agency, side: input.side, role: input.role, serviceArea: area };
    let contact = SHARED_ROLES.has(input.role)
      ? await tx.em.findOne(AgencyContact, { ...where, person })
      : await tx.em.findOne(AgencyContact, where);
    const before = contact && contactSnapshot(contact);
    if (!contact) contact = tx.em.create(AgencyContact, { ...where, person } as never);
    contact.person = person;
    contact.deputy = deputy ?? undefined;
    await auditContact(tx, contact, before);
    return contact;
  });
}

/** A person for a side: the centre's staff, or a user of the agency. */
async function partyMember(ctx: Context, userId: string, side: Side, agency: Agency, field: string): Promise<User> {
  const user = await ctx.em.findOne(User, expectId(userId, 'User', 'input', field));
  if (!user || !user.active) throw directoryError(DirectoryErrorCode.ACTIVE_USER_NOT_FOUND, { field: ['input', field] });
  if (side === Side.CENTRE && !isStaffRole(user.role)) throw collaborationError(CollaborationErrorCode.CENTRE_CONTACT_NOT_STAFF, { field });
  if (side === Side.AGENCY && (user.role !== Role.CUSTOMER || user.agency?.id !== agency.id)) throw collaborationError(CollaborationErrorCode.AGENCY_CONTACT_NOT_OF_AGENCY, { agency: agency.name, field });
  return user;
}

export function removeContact(ctx: Context, contactId: string) {
  return runMutation(ctx, async (tx) => {
    const contact = await findContact(tx, expectId(contactId, 'AgencyContact', 'contactId'));
    if (!contact) throw collaborationError(CollaborationErrorCode.CONTACT_NOT_FOUND);
    await requireContactKeeper(tx, contact.agency.id, contact.side);
    await auditContact(tx, contact, contactSnapshot(contact), true);
    tx.em.remove(contact);
    return contact;
  });
}

export async function agencyContacts(ctx: Context, agencyId: number): Promise<AgencyContact[]> {
  requireFollower(ctx, agencyId);
  return ctx.em.find(AgencyContact, { agency: agencyId }, { orderBy: { side: 'asc', role: 'asc', serviceArea: 'asc', id: 'asc' } });
}

// ---------------------------------------------------------------- agreements

export interface AgreementServiceInputValue {
  serviceId: string;
  kind: AgreementServiceKind;
  name?: string | null;
  slaAppendix?: string | null;
  monthlyPrice?: number | null;
}

export interface SaveAgreementInputValue {
  agencyId: string;
  reference: string;
  validFrom: string;
  validTo?: string | null;
  services: AgreementServiceInputValue[];
}

/**
 * A new agreement for an agency (admin or its account manager). An open-ended agreement in force
 * ends the day before; any other overlap is a conflict.
 */
export function saveAgreement(ctx: Context, input: SaveAgreementInputValue) {
  return runMutation(ctx, async (tx) => {
    const agency = await loadAgency(tx, input.agencyId, 'input', 'agencyId');
    await requireRole(tx, agency.id, Side.CENTRE, [ContactRole.ACCOUNT_MANAGER, ContactRole.EXECUTIVE_ACCOUNT_MANAGER], 'agreements are the account manager\'s');
    const reference = text(input.reference, ['input', 'reference'], 3, 40);
    const validFrom = dateInput(input.validFrom, 'input', 'validFrom');
    const validTo = input.validTo ? dateInput(input.validTo, 'input', 'validTo') : undefined;
    if (validTo && validTo < validFrom) throw collaborationError(CollaborationErrorCode.AGREEMENT_ENDS_BEFORE_START);
    if (!input.services.length) throw collaborationError(CollaborationErrorCode.AGREEMENT_WITHOUT_SERVICES);
    if (await tx.em.count(Agreement, { reference })) throw collaborationError(CollaborationErrorCode.AGREEMENT_REFERENCE_EXISTS);
    for (const other of await tx.em.find(Agreement, { agency }, { orderBy: { validFrom: 'asc' } })) {
      const overlaps = other.validFrom <= (validTo ?? '9999-12-31') && validFrom <= (other.validTo ?? '9999-12-31');
      if (!overlaps) continue;
      if (!other.validTo && other.validFrom < validFrom) other.validTo = DateTime.fromISO(validFrom).minus({ days: 1 }).toISODate()!;
      else throw collaborationError(CollaborationErrorCode.AGREEMENT_OVERLAPS, { reference: other.reference });
    }
    const agreement = tx.em.create(Agreement, { agency, reference, validFrom, validTo } as never);
    const seen = new Set<string>();
    for (const [i, s] of input.services.entries()) {
      const field = ['input', 'services', String(i)];
      const service = await tx.em.findOne(Service, expectId(s.serviceId, 'Service', ...field, 'serviceId'));
      if (!service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: [...field, 'serviceId'] });
      const name = optionalText(s.name, [...field, 'name'], LIMITS.name) ?? service.name;
      if (seen.has(`${s.kind}:${service.id}:${name}`)) throw collaborationError(CollaborationErrorCode.AGREEMENT_SERVICE_TWICE, { field });
      seen.add(`${s.kind}:${service.id}:${name}`);
      const monthlyPrice = moneyInput(s.monthlyPrice, ...field, 'monthlyPrice');
      if (s.kind === AgreementServiceKind.BASE && monthlyPrice) throw collaborationError(CollaborationErrorCode.BASE_SERVICE_PRICED, { field });
      tx.em.create(AgreementService, {
        agreement, kind: s.kind, service, name, slaAppendix: optionalText(s.slaAppendix, [...field, 'slaAppendix'], LIMITS.description), monthlyPrice, validFrom, validTo,
      } as never);
    }
    return agreement;
  });
}

/** The agreement in force on a day, with its services. */
export async function agreementOn(ctx: Context, agencyId: number, day: string): Promise<Agreement | null> {
  requireFollower(ctx, agencyId);
  return ctx.em.findOne(
    Agreement,
    { agency: agencyId, validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] },
    { populate: ['services'], orderBy: { validFrom: 'desc' } },
  );
}

/** The service areas each agency's agreement covers on a day (its operational forums), one query for all. */
export async function agreementAreas(ctx: Context, agencyIds: number[], day: string): Promise<Map<number, number[]>> {
  const rows = await agreementAreaRows(ctx.em, agencyIds, day);
  return new Map(rows.map((r) => [r.agency_id, r.areas]));
}

export async function findAgreement(ctx: Context, id: number): Promise<Agreement | null> {
  const agreement = await ctx.em.findOne(Agreement, id);
  return agreement && answersFor(requireViewer(ctx), agreement.agency.id) ? agreement : null;
}

/** A contact the viewer may read: of an agency they follow (else null, as if it did not exist). */
export async function findContact(ctx: Context, id: number): Promise<AgencyContact | null> {
  const contact = await ctx.em.findOne(AgencyContact, id);
  return contact && answersFor(requireViewer(ctx), contact.agency.id) ? contact : null;
}
