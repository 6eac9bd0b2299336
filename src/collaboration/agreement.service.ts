import { DateTime } from 'luxon';
import type { Context } from '../context';
import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { runMutation } from '../mutation';
import { badInput, conflict, notAllowed, notFound } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { dateInput, LIMITS, optionalText, text } from '../tickets/ticket-input';
import { AgencyContact, Agreement, AgreementService } from './agreement.entity';
import { hasRole, requireFollower, requireRole } from './collaboration-access';
import { answersFor, isStaffRole } from '../directory/viewer';
import { requireViewer } from '../tickets/ticket-query.service';
import { AREA_ROLES, contactProblem, deputyProblem, SHARED_ROLES } from './collaboration-rules';
import { AgreementServiceKind, ContactRole, Side } from './collaboration.enums';
import { agreementAreaRows } from './collaboration.sql';

/** Agreements and the contacts of both parties. */

export function moneyInput(value: number | null | undefined, ...field: string[]): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0 || value > 1e9 || Math.round(value * 100) !== value * 100) throw badInput(`${field.at(-1)} is an amount in SEK with at most two decimals`, ...field);
  return value.toFixed(2);
}

export async function loadAgency(ctx: Context, agencyId: string, ...field: string[]): Promise<Agency> {
  const agency = await ctx.em.findOne(Agency, expectId(agencyId, 'Agency', ...field));
  if (!agency) throw notFound('no such agency', ...field);
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
  if (side === Side.CENTRE) throw notAllowed('the agency\'s account manager names the centre\'s contacts');
  await requireRole(ctx, agencyId, Side.AGENCY, [ContactRole.AGREEMENT_OWNER], 'the agreement owner names the agency\'s contacts');
}

/** Names who holds a role (replacing the holder of a single role), by the contact keeper of the side. */
export function assignContact(ctx: Context, input: AssignContactInputValue) {
  return runMutation(ctx, async (tx) => {
    const agency = await loadAgency(tx, input.agencyId, 'input', 'agencyId');
    // An agency you do not follow is as if it did not exist, as its contacts are.
    if (!answersFor(requireViewer(tx), agency.id)) throw notFound('no such agency', 'input', 'agencyId');
    await requireContactKeeper(tx, agency.id, input.side);
    const problem = contactProblem(input.role, input.side, !!input.serviceAreaId);
    if (problem) throw badInput(problem, 'input', AREA_ROLES.has(input.role) || input.serviceAreaId ? 'serviceAreaId' : 'side');
    const noDeputy = deputyProblem(input.role, !!input.deputyId);
    if (noDeputy) throw badInput(noDeputy, 'input', 'deputyId');
    const area = input.serviceAreaId ? await tx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId')) : null;
    if (input.serviceAreaId && !area) throw notFound('no such service area', 'input', 'serviceAreaId');
    const person = await partyMember(tx, input.personId, input.side, agency, 'personId');
    const deputy = input.deputyId ? await partyMember(tx, input.deputyId, input.side, agency, 'deputyId') : null;
    if (deputy && deputy.id === person.id) throw badInput('the deputy is someone else than the person', 'input', 'deputyId');
    const where = { agency, side: input.side, role: input.role, serviceArea: area };
    let contact = SHARED_ROLES.has(input.role)
      ? await tx.em.findOne(AgencyContact, { ...where, person })
      : await tx.em.findOne(AgencyContact, where);
    if (!contact) contact = tx.em.create(AgencyContact, { ...where, person } as never);
    contact.person = person;
    contact.deputy = deputy ?? undefined;
    return contact;
  });
}

/** A person for a side: the centre's staff, or a user of the agency. */
async function partyMember(ctx: Context, userId: string, side: Side, agency: Agency, field: string): Promise<User> {
  const user = await ctx.em.findOne(User, expectId(userId, 'User', 'input', field));
  if (!user || !user.active) throw notFound('no such active user', 'input', field);
  if (side === Side.CENTRE && !isStaffRole(user.role)) throw badInput('the centre\'s contacts are its staff', 'input', field);
  if (side === Side.AGENCY && (user.role !== Role.CUSTOMER || user.agency?.id !== agency.id)) throw badInput(`the agency's contacts are users of ${agency.name}`, 'input', field);
  return user;
}

export function removeContact(ctx: Context, contactId: string) {
  return runMutation(ctx, async (tx) => {
    const contact = await findContact(tx, expectId(contactId, 'AgencyContact', 'contactId'));
    if (!contact) throw notFound('no such contact', 'contactId');
    await requireContactKeeper(tx, contact.agency.id, contact.side);
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
    if (validTo && validTo < validFrom) throw badInput('validTo is before validFrom', 'input', 'validTo');
    if (!input.services.length) throw badInput('an agreement has at least one service', 'input', 'services');
    if (await tx.em.count(Agreement, { reference })) throw conflict('an agreement with this reference exists', 'input', 'reference');
    for (const other of await tx.em.find(Agreement, { agency }, { orderBy: { validFrom: 'asc' } })) {
      const overlaps = other.validFrom <= (validTo ?? '9999-12-31') && validFrom <= (other.validTo ?? '9999-12-31');
      if (!overlaps) continue;
      if (!other.validTo && other.validFrom < validFrom) other.validTo = DateTime.fromISO(validFrom).minus({ days: 1 }).toISODate()!;
      else throw conflict(`it overlaps agreement ${other.reference}`, 'input', 'validFrom');
    }
    const agreement = tx.em.create(Agreement, { agency, reference, validFrom, validTo } as never);
    const seen = new Set<string>();
    for (const [i, s] of input.services.entries()) {
      const field = ['input', 'services', String(i)];
      const service = await tx.em.findOne(Service, expectId(s.serviceId, 'Service', ...field, 'serviceId'));
      if (!service) throw notFound('no such service', ...field, 'serviceId');
      const name = optionalText(s.name, [...field, 'name'], LIMITS.name) ?? service.name;
      if (seen.has(`${s.kind}:${service.id}:${name}`)) throw badInput('the service is listed twice', ...field, 'serviceId');
      seen.add(`${s.kind}:${service.id}:${name}`);
      const monthlyPrice = moneyInput(s.monthlyPrice, ...field, 'monthlyPrice');
      if (s.kind === AgreementServiceKind.BASE && monthlyPrice) throw badInput('base services are in the base price', ...field, 'monthlyPrice');
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
