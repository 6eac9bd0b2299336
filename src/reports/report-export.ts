import express from 'express';
import type { Context } from '../context';
import { badInput } from '../platform/errors';
import { fileRoute } from '../platform/http/file-route';
import { mayReadReports } from './report-scope';
import { CHARTS, renderSvg, type ChartName } from './report-charts';
import { reportCsv } from './report-csv';
import { reportPdf } from './report-pdf';
import { computeSlaReport, listDeviations, type SlaReport, type SlaReportInputValue } from './sla-report.service';

/**
 * The report over plain HTTP for the forum (bearer token required), every format from the one
 * computation of `computeSlaReport`:
 *   GET /reports/sla.csv?period=2026-Q3&agencyId=…   (or from=&to=, serviceAreaId=, serviceId=)
 *   GET /reports/sla.pdf?…
 *   GET /reports/sla/chart.svg?chart=share|channels&…
 */

/** A repeated parameter arrives as an array: only plain strings count. */
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const inputFrom = (query: Record<string, unknown>): SlaReportInputValue => ({
  period: str(query.period),
  from: str(query.from),
  to: str(query.to),
  agencyId: str(query.agencyId),
  serviceAreaId: str(query.serviceAreaId),
  serviceId: str(query.serviceId),
});

async function namesFor(ctx: Context, report: SlaReport) {
  const [areas, services] = await Promise.all([
    ctx.em.execute<{ id: number; code: string; name: string }[]>('select id, code, name from service_area'),
    ctx.em.execute<{ id: number; code: string; name: string }[]>('select id, code, name from service'),
  ]);
  const agency = report.agencyId === null ? null : (await ctx.loaders.agencyById.load(report.agencyId))!.name;
  return { areas, services, agency };
}

export async function slaReportCsv(ctx: Context, query: Record<string, unknown>): Promise<string> {
  const report = await computeSlaReport(ctx, inputFrom(query));
  const { areas, services, agency } = await namesFor(ctx, report);
  const code = (rows: { id: number; code: string }[]) => (id: number) => rows.find((r) => r.id === id)?.code ?? String(id);
  return reportCsv(report, { area: code(areas), service: code(services), agency });
}

export async function slaReportPdf(ctx: Context, query: Record<string, unknown>): Promise<Buffer> {
  const report = await computeSlaReport(ctx, inputFrom(query));
  const { areas, services, agency } = await namesFor(ctx, report);
  const deviations = (await listDeviations(ctx, report, { first: 25 })).nodes;
  const numbers = new Map(
    (await ctx.em.execute<{ id: number; number: string }[]>(`select id, number from ticket where id = any(?::int[])`, [`{${deviations.map((d) => d.ticketId).join(',')}}`])).map((r) => [r.id, r.number]),
  );
  const name = (rows: { id: number; name: string }[]) => (id: number) => rows.find((r) => r.id === id)?.name ?? String(id);
  return reportPdf(report, { area: name(areas), service: name(services), agency, ticketNumber: (id) => numbers.get(id) ?? String(id) }, deviations);
}

export async function slaChartSvg(ctx: Context, query: Record<string, unknown>): Promise<string> {
  const chart = str(query.chart) ?? 'share';
  // Own keys only: "__proto__" or "constructor" are not charts.
  if (!Object.hasOwn(CHARTS, chart)) throw badInput(`chart is one of ${Object.keys(CHARTS).join(', ')}`, 'chart');
  const report = await computeSlaReport(ctx, inputFrom(query));
  return renderSvg(CHARTS[chart as ChartName](report));
}

const fileName = (query: Record<string, unknown>) => `sla-${String(str(query.period) ?? `${str(query.from)}_${str(query.to)}`).replace(/[^0-9A-Za-z_-]/g, '')}`;

/** The report's query parameters (the chart also takes `chart`). */
const REPORT_PARAMS = ['period', 'from', 'to', 'agencyId', 'serviceAreaId', 'serviceId'] as const;

export function reportsRouter(contextFor: (authorization: unknown) => Promise<Context>): express.Router {
  const router = express.Router();
  const route = (path: string, send: (ctx: Context, query: Record<string, unknown>, res: express.Response) => Promise<void>, extra: readonly string[] = []) =>
    router.get(
      path,
      fileRoute(contextFor, {
        allow: mayReadReports,
        refusal: "SLA reports are for the centre's staff and its customers",
        params: [...REPORT_PARAMS, ...extra],
        send: (ctx, query, _req, res) => send(ctx, query, res),
      }),
    );
  route('/sla.csv', async (ctx, query, res) => {
    const csv = await slaReportCsv(ctx, query);
    res.type('text/csv; charset=utf-8').attachment(`${fileName(query)}.csv`).send(csv);
  });
  route('/sla.pdf', async (ctx, query, res) => {
    const pdf = await slaReportPdf(ctx, query);
    res.type('application/pdf').attachment(`${fileName(query)}.pdf`).send(pdf);
  });
  route('/sla/chart.svg', async (ctx, query, res) => {
    const svg = await slaChartSvg(ctx, query);
    res.type('image/svg+xml').send(svg);
  }, ['chart']);
  return router;
}
