import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import { forbidden } from '../platform/errors';
import { isStaff } from '../directory/viewer';
import { type Viewer } from '../platform/auth/viewer';
import { requireViewer } from '../platform/auth/viewer';
import { BusinessCalendar, CalendarClosure } from './calendar.entity';
import { SlaPolicy } from './sla-policy.entity';

/*
 * Who reads SLA configuration, on every path (the lists, `node(id:)`, a timer's policy, an
 * agreement's SLA appendix, a calendar's closures): staff all of it; a customer user the agreed
 * terms of their own agency, as its agreement's SLA appendix shows them: the centre's default
 * policies and the agency's own adaptations (never another agency's), the calendars those are
 * counted in and the agency's own calendar, and those calendars' closures (they move the due times the customer sees).
 */

/** The agency whose agreed terms the viewer may read; undefined: every policy (staff); null: none. */
function termsAgency(viewer: Viewer): number | null | undefined {
  if (isStaff(viewer)) return undefined;
  return viewer.role === Role.CUSTOMER ? viewer.agencyId : null;
}

/** May the viewer read a policy of this agency (null: a default policy)? Pure. */
export function mayReadPolicy(viewer: Viewer, policyAgencyId: number | null | undefined): boolean {
  const agency = termsAgency(viewer);
  if (agency === undefined) return true;
  return agency !== null && (policyAgencyId == null || policyAgencyId === agency);
}

/** The policies the viewer may read, as a MikroORM condition; null when none. */
export function readablePolicies(viewer: Viewer): FilterQuery<SlaPolicy> | null {
  const agency = termsAgency(viewer);
  if (agency === undefined) return {};
  return agency === null ? null : { $or: [{ agency: null }, { agency }] };
}

/** The lists are for those who may read some SLA terms: staff and customer users; anyone else is FORBIDDEN. */
function requireTermsReader(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (termsAgency(viewer) === null) throw forbidden("SLA terms are for the centre's staff and the agencies' customer users");
  return viewer;
}

export async function listPolicies(ctx: Context): Promise<SlaPolicy[]> {
  const where = readablePolicies(requireTermsReader(ctx));
  return where ? ctx.em.find(SlaPolicy, where, { orderBy: { serviceArea: 'asc', priority: 'asc', id: 'asc' } }) : [];
}

const calendarIdsOf = new WeakMap<Context, Promise<number[] | undefined>>();

/** The ids of the calendars the viewer may read; undefined: every one. Read once per unit of work (each calendar's closures ask). */
function readableCalendarIds(ctx: Context): Promise<number[] | undefined> {
  let ids = calendarIdsOf.get(ctx);
  if (!ids) {
    const where = readablePolicies(requireViewer(ctx));
    const agency = termsAgency(requireViewer(ctx));
    ids = !where ? Promise.resolve([]) : Object.keys(where).length === 0 ? Promise.resolve(undefined) : customerCalendarIds(ctx, where, agency ?? null);
    calendarIdsOf.set(ctx, ids);
  }
  return ids;
}

/** A customer's calendars: those of the policies they may read, and their agency's own (it times their cases). */
async function customerCalendarIds(ctx: Context, policies: FilterQuery<SlaPolicy>, agency: number | null): Promise<number[]> {
  const ofPolicies = await ctx.em.find(SlaPolicy, policies, { fields: ['calendar'] });
  const own = agency === null ? [] : await ctx.em.find(BusinessCalendar, { agency }, { fields: ['id'] });
  return [...new Set([...ofPolicies.map((p) => p.calendar.id), ...own.map((c) => c.id)])];
}

export async function listCalendars(ctx: Context): Promise<BusinessCalendar[]> {
  requireTermsReader(ctx);
  const ids = await readableCalendarIds(ctx);
  return ctx.em.find(BusinessCalendar, ids === undefined ? {} : { id: { $in: ids } }, { orderBy: { id: 'asc' } });
}

export async function mayReadCalendar(ctx: Context, calendarId: number): Promise<boolean> {
  const ids = await readableCalendarIds(ctx);
  return ids === undefined || ids.includes(calendarId);
}

/** A calendar's closures, for whoever may read the calendar (else none). */
export async function closuresOf(ctx: Context, calendarId: number): Promise<CalendarClosure[]> {
  if (!(await mayReadCalendar(ctx, calendarId))) return [];
  return ctx.em.find(CalendarClosure, { calendar: calendarId }, { orderBy: { date: 'asc' } });
}

/** A policy by id, for whoever may read it (else null): a timer's policy, `node(id:)`. */
export async function findReadablePolicy(ctx: Context, policyId: number): Promise<SlaPolicy | null> {
  const policy = await ctx.loaders.slaPolicyById.load(policyId);
  return policy && mayReadPolicy(requireViewer(ctx), policy.agency?.id) ? policy : null;
}
