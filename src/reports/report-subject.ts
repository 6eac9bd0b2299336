import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import type { Period } from './report-period';

/**
 * What a report covers, in words for its documents and its file name, pure: the agency named, or
 * the viewer's scope (the whole centre, an account manager's agencies, a delivery manager's
 * agencies and areas, a specialist's areas), narrowed to the service area or service asked for.
 */
export interface SubjectNames {
  agency: (id: number) => string;
  area: (id: number) => string;
  service: (id: number) => string;
}

const unique = (xs: string[]) => [...new Set(xs)];

export function reportSubject(viewer: Viewer, report: { agencyId: number | null; serviceAreaId: number | null; serviceId: number | null }, names: SubjectNames): string {
  const areas = (ids: number[]) => unique(ids.map(names.area)).join(', ');
  let who: string;
  if (report.agencyId !== null) {
    who = names.agency(report.agencyId);
    const own = viewer.deliveryScopes.filter((d) => d.agencyId === report.agencyId).map((d) => d.serviceAreaId);
    if (viewer.role === Role.DELIVERY_MANAGER && own.length) who += ` (${areas(own)})`;
    if (viewer.role === Role.SPECIALIST) who += ` (${areas(viewer.groupAreaIds)})`;
  } else if (viewer.role === Role.ACCOUNT_MANAGER) who = unique(viewer.accountAgencyIds.map(names.agency)).join(', ');
  else if (viewer.role === Role.DELIVERY_MANAGER) {
    const agencies = unique(viewer.deliveryScopes.map((d) => String(d.agencyId)));
    who = agencies.map((a) => `${names.agency(Number(a))} (${areas(viewer.deliveryScopes.filter((d) => String(d.agencyId) === a).map((d) => d.serviceAreaId))})`).join(', ');
  } else if (viewer.role === Role.SPECIALIST) who = `Hela centret (${areas(viewer.groupAreaIds)})`;
  else who = 'Hela centret';
  if (!who) who = 'Inget ansvarsområde';
  const narrowed = report.serviceId !== null ? names.service(report.serviceId) : report.serviceAreaId !== null ? names.area(report.serviceAreaId) : null;
  return narrowed ? `${who} · ${narrowed}` : who;
}

/** A file name (without extension) that names the period and the subject: `sla-2027-Q2-forsakringskassan`. */
export function reportFileName(period: Period, subject: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `sla-${slug(period.label)}-${slug(subject).toLowerCase().slice(0, 80).replace(/-+$/, '')}`;
}
