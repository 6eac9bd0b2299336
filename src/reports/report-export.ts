import type { Context } from '../context';
import { reportCsv } from './report-csv';
import { computeSlaReport, type SlaReportInputValue } from './sla-report.service';

/** `GET /reports/sla.csv?period=&from=&to=&agencyId=&serviceAreaId=&serviceId=`: the report's one computation, as CSV. */
export async function slaReportCsv(ctx: Context, query: Record<string, unknown>): Promise<string> {
  // A repeated parameter arrives as an array: only plain strings count.
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const input: SlaReportInputValue = {
    period: str(query.period),
    from: str(query.from),
    to: str(query.to),
    agencyId: str(query.agencyId),
    serviceAreaId: str(query.serviceAreaId),
    serviceId: str(query.serviceId),
  };
  const report = await computeSlaReport(ctx, input);
  const [areas, services] = await Promise.all([
    ctx.em.execute<{ id: number; code: string }[]>('select id, code from service_area'),
    ctx.em.execute<{ id: number; code: string }[]>('select id, code from service'),
  ]);
  const agency = report.agencyId === null ? null : (await ctx.loaders.agencyById.load(report.agencyId))!.name;
  const code = (rows: { id: number; code: string }[]) => (id: number) => rows.find((r) => r.id === id)?.code ?? String(id);
  return reportCsv(report, { area: code(areas), service: code(services), agency });
}
