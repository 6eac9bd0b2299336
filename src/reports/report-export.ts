import express from 'express';
import type { Context } from '../platform/context';
import { fileRoute } from '../platform/http/file-route';
import { mayReadReports } from './report-scope';
import { CHARTS, renderSvg, type ChartName } from './report-charts';
import { reportCsv } from './report-csv';
import { reportPdf } from './report-pdf';
import { requireViewer } from '../platform/auth/viewer';
import { reportNames } from './reports.sql';
import { deviationRows } from './deviation-details';
import { reportFileName, reportSubject } from './report-subject';
import type { SlaReport, SlaReportInputValue } from './sla-report.model';
import { computeSlaReport } from './sla-report.service';
import { reportError, ReportErrorCode } from './report.errors';
import { outcomesByHolder, timeSpentFigures } from './report-breakdowns';
import { breakdownsCsv } from './report-breakdowns-csv';

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

/** Names for the documents: service areas and services (CSV codes, PDF names), agencies, and the report's subject. */
async function namesFor(ctx: Context, report: SlaReport) {
  const [areas, services, agencies] = await reportNames(ctx.em);
  const pick = <K extends 'code' | 'name'>(rows: { id: number; code: string; name: string }[], key: K) => (id: number) => rows.find((r) => r.id === id)?.[key] ?? String(id);
  const agency = (id: number) => agencies.find((a) => a.id === id)?.name ?? String(id);
  const subject = reportSubject(requireViewer(ctx), report, { agency, area: pick(areas, 'name'), service: pick(services, 'name') });
  return {
    codes: { area: pick(areas, 'code'), service: pick(services, 'code') },
    names: { area: pick(areas, 'name'), service: pick(services, 'name') },
    agency: report.agencyId === null ? null : agency(report.agencyId),
    subject,
    fileName: reportFileName(report.period, subject),
  };
}

/** Every breached case in the CSV (the PDF lists the most recent). */
const CSV_DEVIATIONS = 10_000;
const PDF_DEVIATIONS = 25;

export async function slaReportCsv(ctx: Context, query: Record<string, unknown>): Promise<{ body: string; fileName: string }> {
  const report = await computeSlaReport(ctx, inputFrom(query));
  const n = await namesFor(ctx, report);
  const deviations = await deviationRows(ctx, report, CSV_DEVIATIONS);
  const extra = await breakdownSections(ctx, report, n.codes);
  return { body: reportCsv(report, { ...n.codes, agency: n.agency, subject: n.subject }, deviations, extra), fileName: n.fileName };
}

/** The per-group, per-agent and time-spent sections, named through the request's loaders. */
async function breakdownSections(ctx: Context, report: SlaReport, codes: { area: (id: number) => string; service: (id: number) => string }): Promise<string[]> {
  const [byGroup, byAgent, timeSpent] = await Promise.all([outcomesByHolder(ctx, report, 'group'), outcomesByHolder(ctx, report, 'agent'), timeSpentFigures(ctx, report)]);
  const nameOf = async (load: (id: number) => Promise<{ name: string } | null>, ids: (number | null)[]) => {
    // All at once, so that the loader batches them into one query.
    const unique = [...new Set(ids)].filter((id): id is number => id !== null);
    const rows = await Promise.all(unique.map(load));
    const known = new Map(unique.map((id, i) => [id, rows[i]?.name ?? String(id)]));
    return (id: number) => known.get(id) ?? String(id);
  };
  const names = {
    ...codes,
    group: await nameOf((id) => ctx.loaders.groupById.load(id), (byGroup ?? []).map((r) => r.holderId)),
    agent: await nameOf((id) => ctx.loaders.userById.load(id), (byAgent ?? []).map((r) => r.holderId)),
    agency: await nameOf((id) => ctx.loaders.agencyById.load(id), (timeSpent ?? []).map((r) => r.agencyId)),
  };
  return breakdownsCsv({ byGroup, byAgent, timeSpent }, names);
}

export async function slaReportPdf(ctx: Context, query: Record<string, unknown>): Promise<{ body: Buffer; fileName: string }> {
  const report = await computeSlaReport(ctx, inputFrom(query));
  const n = await namesFor(ctx, report);
  const deviations = await deviationRows(ctx, report, PDF_DEVIATIONS);
  return { body: await reportPdf(report, { ...n.names, subject: n.subject }, deviations), fileName: n.fileName };
}

export async function slaChartSvg(ctx: Context, query: Record<string, unknown>): Promise<string> {
  const chart = str(query.chart) ?? 'share';
  // Own keys only: "__proto__" or "constructor" are not charts.
  if (!Object.hasOwn(CHARTS, chart)) throw reportError(ReportErrorCode.CHART_UNKNOWN, { charts: Object.keys(CHARTS) });
  const report = await computeSlaReport(ctx, inputFrom(query));
  return renderSvg(CHARTS[chart as ChartName](report));
}

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
    res.type('text/csv; charset=utf-8').attachment(`${csv.fileName}.csv`).send(csv.body);
  });
  route('/sla.pdf', async (ctx, query, res) => {
    const pdf = await slaReportPdf(ctx, query);
    res.type('application/pdf').attachment(`${pdf.fileName}.pdf`).send(pdf.body);
  });
  route('/sla/chart.svg', async (ctx, query, res) => {
    const svg = await slaChartSvg(ctx, query);
    res.type('image/svg+xml').send(svg);
  }, ['chart']);
  return router;
}
