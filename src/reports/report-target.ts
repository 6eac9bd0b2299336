import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { requireViewer } from '../platform/auth/viewer';
import { mayReportOn, reportScope, scopeNamesAgencies } from './report-scope';
import type { SlaReportInputValue } from './sla-report.model';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';

/** What the report covers, each name in the input checked once: agency, service area, service. */
export interface ReportTarget {
  agency: Agency | null;
  serviceAreaId: number | null;
  serviceId: number | null;
}

export async function targetOf(ctx: Context, input: SlaReportInputValue): Promise<ReportTarget> {
  const viewer = requireViewer(ctx);
  // A customer's report is their own agency's unless another is named (and refused).
  const agencyId = input.agencyId ? expectId(input.agencyId, 'Agency', 'input', 'agencyId') : viewer.agencyId;
  const agency = agencyId === null ? null : await ctx.em.findOne(Agency, agencyId);
  if (agencyId !== null && !agency) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] });
  if (agencyId !== null && !mayReportOn(viewer, agencyId)) throw forbidden('you may not see this agency\'s report');
  let serviceAreaId: number | null = null;
  let serviceId: number | null = null;
  if (input.serviceId) {
    serviceId = expectId(input.serviceId, 'Service', 'input', 'serviceId');
    const service = await ctx.em.findOne(Service, serviceId);
    if (!service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: ['input', 'serviceId'] });
    serviceAreaId = service.area.id;
  }
  if (input.serviceAreaId) {
    const area = expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId');
    if (!(await ctx.em.findOne(ServiceArea, area))) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    if (serviceAreaId !== null && serviceAreaId !== area) throw directoryError(DirectoryErrorCode.SERVICE_OUTSIDE_AREA, { field: ['input', 'serviceId'] });
    serviceAreaId = area;
  }
  return { agency, serviceAreaId, serviceId };
}

/** The viewer's scope and the target as SQL on a table aliased `alias` (agency_id, service_area_id, service_id). */
export function whereFor(ctx: Context, target: ReportTarget, alias: string): { sql: string; params: unknown[] } {
  const scope = reportScope(requireViewer(ctx), alias);
  const sql = [scope.sql];
  const params = [...scope.params];
  for (const [column, value] of [['agency_id', target.agency?.id ?? null], ['service_id', target.serviceId], ['service_area_id', target.serviceAreaId]] as const)
    if (value !== null) {
      sql.push(`${alias}.${column} = ?`);
      params.push(value);
    }
  return { sql: sql.join(' and '), params };
}

/**
 * The aggregates' rows for the report: the centre's (agency 0) when neither the viewer's scope
 * nor the target names agencies, else the agencies' own rows.
 */
export function aggregateWhere(ctx: Context, target: ReportTarget, alias: string): { sql: string; params: unknown[] } {
  const where = whereFor(ctx, target, alias);
  const centre = target.agency === null && !scopeNamesAgencies(requireViewer(ctx));
  return { sql: `${where.sql} and ${alias}.agency_id ${centre ? '= 0' : '<> 0'}`, params: where.params };
}
