import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../../auth';
import { graphql } from '../../gql';
import type { ConsoleSlaReportQuery, SlaMetric } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { AgencyPicker } from './AgencyPicker';
import { SlaBreakdowns } from './SlaBreakdowns';
import { BarChart } from './BarChart';
import { downloadWithToken } from './download';
import { apiErrorMessage } from '../../components/ApiError';
import { errorField, isForbidden } from './errors';
import { useUrlFilters } from './filters';
import { quarterOf, useNumbers } from './format';

const Report = graphql(`
  query ConsoleSlaReport($input: SlaReportInput!) {
    slaReport(input: $input) {
      period { label from to }
      agency { id name }
      serviceArea { id name }
      service { id name }
      targetPercent
      openPastSla
      generatedAt
      outcomes {
        level metric measured met breached sharePercent targetPercent reached meanHours medianHours p90Hours
        serviceArea { id name }
        service { id name }
      }
      volumes {
        created resolved firstLineResolutionRate escalated escalationRate referrals meanHoursAtVendor
        byChannel { key count }
        byCategory { key count }
        byPriority { key count }
        byResolutionTier { key count }
      }
      trend { period metric measured sharePercent }
      months { month metric measured met sharePercent }
      firstLineResolution { level resolved firstLine rate serviceArea { id name } service { id name } }
      deviations(first: 25) {
        edges { node { metric day elapsedHours targetHours overrunHours tierWhereTimeWent ticket { id number title } group { id name } } }
      }
    }
  }
`);

const Areas = graphql(`
  query ReportServiceAreas {
    serviceAreas { id name services { id name } }
  }
`);

type SlaReport = ConsoleSlaReportQuery['slaReport'];
const METRICS: SlaMetric[] = ['FIRST_RESPONSE', 'RESOLUTION', 'TIME_AT_VENDOR'];
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The report's parameters as the URL holds them and the API and the file routes take them. */
function reportQuery(period: string, agency: string | null, area: string | null, service: string | null): URLSearchParams {
  const q = new URLSearchParams({ period });
  if (agency) q.set('agencyId', agency);
  if (service) q.set('serviceId', service);
  else if (area) q.set('serviceAreaId', area);
  return q;
}

function FieldError({ id, show, message }: { id: string; show: boolean; message: string | null }) {
  return show && message ? <p id={id} className="field-error" role="alert">{message}</p> : null;
}

/** The quarterly SLA report for the tactical forum: filters in the URL, tables, charts and the CSV and PDF. */
export function SlaReportPage() {
  const { t, dateTime } = useI18n();
  const n = useNumbers();
  const { token } = useAuth();
  const { get, set } = useUrlFilters();
  const period = QUARTER.test(get('period') ?? '') ? get('period')! : quarterOf(new Date());
  const [year, quarter] = [Number(QUARTER.exec(period)![1]), QUARTER.exec(period)![2]!];
  const agency = get('agency');
  const area = get('area');
  const service = get('service');
  const input = useMemo(() => ({ period, agencyId: agency, serviceAreaId: service ? null : area, serviceId: service }), [period, agency, area, service]);
  const [{ data, error, fetching }] = useQuery({ query: Report, variables: { input } });
  const [{ data: areas }] = useQuery({ query: Areas });
  const [download, setDownload] = useState<{ busy?: string; done?: string; failed?: string }>({});
  const [yearText, setYearText] = useState(String(year));
  useEffect(() => setYearText(String(year)), [year]);

  // FORBIDDEN with an agency chosen is the agency's (agencyId: "FORBIDDEN outside your scope"); other errors name their field.
  const field = errorField(error) ?? (isForbidden(error) && agency ? 'agencyId' : null);
  const message = error ? apiErrorMessage(error, t) : null;
  const report = data?.slaReport;
  const services = areas?.serviceAreas.filter((a) => !area || a.id === area) ?? [];

  useEffect(() => {
    document.title = `${t('reports.sla.title', { period })} · ${t('app.name')}`;
  }, [t, period]);

  const save = async (kind: 'csv' | 'pdf') => {
    if (!token) return;
    setDownload({ busy: kind });
    try {
      const name = await downloadWithToken(`/reports/sla.${kind}?${reportQuery(period, agency, area, service)}`, token, `sla-${period}.${kind}`);
      setDownload({ done: name });
    } catch (e) {
      setDownload({ failed: (e as Error).message });
    }
  };

  return (
    <section aria-labelledby="sla-report-heading" className="sla-report">
      <h2 id="sla-report-heading">{t('reports.sla.title', { period })}</h2>
      <form className="report-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <fieldset>
          <legend>{t('reports.filter.period')}</legend>
          <label>
            {t('reports.filter.year')}{' '}
            <input
              type="number"
              min={2000}
              max={2100}
              value={yearText}
              aria-invalid={field === 'period' || undefined}
              aria-describedby="period-error"
              onChange={(e) => {
                setYearText(e.target.value);
                if (/^\d{4}$/.test(e.target.value)) set({ period: `${e.target.value}-Q${quarter}` });
              }}
            />
          </label>
          <label>
            {t('reports.filter.quarter')}{' '}
            <select value={quarter} onChange={(e) => set({ period: `${year}-Q${e.target.value}` })}>
              {['1', '2', '3', '4'].map((q) => (
                <option key={q} value={q}>{t('reports.filter.quarterN', { n: q })}</option>
              ))}
            </select>
          </label>
          <FieldError id="period-error" show={field === 'period' || field === 'to'} message={message} />
        </fieldset>
        <AgencyPicker value={agency} onChange={(id) => set({ agency: id })} invalid={field === 'agencyId'} describedBy="agency-error" />
        <FieldError id="agency-error" show={field === 'agencyId'} message={message} />
        <label>
          {t('reports.filter.area')}{' '}
          <select value={area ?? ''} onChange={(e) => set({ area: e.target.value || null, service: null })} aria-invalid={field === 'serviceAreaId' || undefined}>
            <option value="">{t('reports.filter.allAreas')}</option>
            {areas?.serviceAreas.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.filter.service')}{' '}
          <select value={service ?? ''} onChange={(e) => set({ service: e.target.value || null })} aria-invalid={field === 'serviceId' || undefined}>
            <option value="">{t('reports.filter.allServices')}</option>
            {services.map((a) => (
              <optgroup key={a.id} label={a.name}>
                {a.services.map((s) => (
                  <option key={s.id} value={s.id}>{s.name}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <FieldError id="scope-error" show={field === 'serviceAreaId' || field === 'serviceId'} message={message} />
      </form>

      <div className="downloads">
        <button type="button" onClick={() => void save('csv')} disabled={!report || !!download.busy}>{t('reports.download.csv')}</button>
        <button type="button" onClick={() => void save('pdf')} disabled={!report || !!download.busy}>{t('reports.download.pdf')}</button>
        <span role="status" className="muted">
          {download.busy ? t('reports.download.busy') : download.done ? t('reports.download.done', { name: download.done }) : ''}
        </span>
        {download.failed && <p role="alert" className="error">{t('reports.download.failed', { message: download.failed })}</p>}
      </div>

      {error && !field && <p role="alert" className="error">{t('app.error', { message: message ?? '' })}</p>}
      {!report && fetching && <p role="status">{t('app.loading')}</p>}
      {report && <ReportBody report={report} dateTime={dateTime} n={n} />}
      {report && <SlaBreakdowns input={input} />}
    </section>
  );
}

function rowName(t: (k: MessageKey, v?: Record<string, string | number>) => string, row: { level: string; serviceArea?: { name: string } | null; service?: { name: string } | null }): string {
  if (row.level === 'TOTAL') return t('reports.level.TOTAL');
  if (row.level === 'AREA') return row.serviceArea?.name ?? '';
  return `${row.serviceArea?.name ?? ''} › ${row.service?.name ?? t('reports.noService')}`;
}

function ReportBody({ report, dateTime, n }: { report: SlaReport; dateTime: (iso: string) => string; n: ReturnType<typeof useNumbers> }) {
  const { t } = useI18n();
  const subject = [report.agency?.name ?? t('reports.filter.allAgencies'), report.service?.name ?? report.serviceArea?.name].filter(Boolean).join(' · ');
  const v = report.volumes;
  const measuredMonths = report.months.filter((m) => m.metric !== 'TIME_AT_VENDOR' || m.measured > 0);
  const countBars = (rows: readonly { key: string; count: number }[], prefix: 'reports.channel' | 'reports.category' | 'priority') =>
    rows.map((r) => ({ label: prefix === 'priority' ? r.key : t(`${prefix}.${r.key}` as MessageKey), value: r.count, text: n.count(r.count) }));
  const deviations = report.deviations.edges.map((e) => e.node);
  return (
    <div className="report-body" data-testid="sla-report">
      <p className="muted">
        {t('reports.sla.subject', { subject, from: report.period.from, to: report.period.to })} {t('reports.sla.generated', { at: dateTime(report.generatedAt) })}
      </p>
      <dl className="key-figures">
        <div><dt>{t('reports.fig.target')}</dt><dd data-figure="target">{n.percent(report.targetPercent)}</dd></div>
        <div><dt>{t('reports.fig.created')}</dt><dd data-figure="created">{n.count(v.created)}</dd></div>
        <div><dt>{t('reports.fig.resolved')}</dt><dd data-figure="resolved">{n.count(v.resolved)}</dd></div>
        <div><dt>{t('reports.fig.firstLine')}</dt><dd data-figure="firstLine">{n.ratio(v.firstLineResolutionRate)}</dd></div>
        <div><dt>{t('reports.fig.escalated')}</dt><dd data-figure="escalated">{n.count(v.escalated)} ({n.ratio(v.escalationRate)})</dd></div>
        <div><dt>{t('reports.fig.referrals')}</dt><dd data-figure="referrals">{n.count(v.referrals)}</dd></div>
        <div><dt>{t('reports.fig.vendorHours')}</dt><dd data-figure="vendorHours">{n.hours(v.meanHoursAtVendor)}</dd></div>
        <div><dt>{t('reports.fig.openPastSla')}</dt><dd data-figure="openPastSla">{n.count(report.openPastSla)}</dd></div>
      </dl>

      <h3>{t('reports.outcomes')}</h3>
      {report.outcomes.length === 0 ? (
        <p className="empty">{t('reports.outcomes.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="tickets outcomes">
            <caption className="sr-only">{t('reports.outcomes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.col.row')}</th>
                <th scope="col">{t('reports.col.metric')}</th>
                <th scope="col" className="num">{t('reports.col.measured')}</th>
                <th scope="col" className="num">{t('reports.col.met')}</th>
                <th scope="col" className="num">{t('reports.col.breached')}</th>
                <th scope="col" className="num">{t('reports.col.share')}</th>
                <th scope="col">{t('reports.col.reached')}</th>
                <th scope="col" className="num">{t('reports.col.mean')}</th>
                <th scope="col" className="num">{t('reports.col.median')}</th>
                <th scope="col" className="num">{t('reports.col.p90')}</th>
              </tr>
            </thead>
            <tbody>
              {report.outcomes.map((o) => (
                <tr key={`${o.level}-${o.serviceArea?.id ?? ''}-${o.service?.id ?? ''}-${o.metric}`} className={`level-${o.level}`} data-row={`${o.level}:${o.metric}`}>
                  <th scope="row">{rowName(t, o)}</th>
                  <td>{t(`sla.metric.${o.metric}`)}</td>
                  <td className="num">{n.count(o.measured)}</td>
                  <td className="num">{n.count(o.met)}</td>
                  <td className="num">{n.count(o.breached)}</td>
                  <td className="num">{n.percent(o.sharePercent)}</td>
                  <td>{o.reached === null ? '–' : t(o.reached ? 'reports.reached.yes' : 'reports.reached.no')}</td>
                  <td className="num">{n.hours(o.meanHours)}</td>
                  <td className="num">{n.hours(o.medianHours)}</td>
                  <td className="num">{n.hours(o.p90Hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="charts">
        <BarChart
          title={t('reports.chart.months', { target: n.percent(report.targetPercent) })}
          labelHeading={t('reports.col.month')}
          valueHeading={t('reports.col.share')}
          max={100}
          bars={measuredMonths.map((m) => ({ label: `${m.month} ${t(`sla.metric.${m.metric}`)}`, value: m.sharePercent ?? null, text: m.measured ? `${n.percent(m.sharePercent)} (${m.met}/${m.measured})` : t('reports.nothingMeasured') }))}
          target={{ value: report.targetPercent, text: t('reports.chart.targetLine', { target: n.percent(report.targetPercent) }) }}
        />
        <BarChart title={t('reports.chart.channels')} labelHeading={t('reports.col.channel')} valueHeading={t('reports.col.count')} max={Math.max(1, ...v.byChannel.map((c) => c.count))} bars={countBars(v.byChannel, 'reports.channel')} />
        <BarChart title={t('reports.chart.priorities')} labelHeading={t('reports.col.priority')} valueHeading={t('reports.col.count')} max={Math.max(1, ...v.byPriority.map((c) => c.count))} bars={countBars(v.byPriority, 'priority')} />
        <BarChart title={t('reports.chart.categories')} labelHeading={t('reports.col.category')} valueHeading={t('reports.col.count')} max={Math.max(1, ...v.byCategory.map((c) => c.count))} bars={countBars(v.byCategory, 'reports.category')} />
      </div>

      <h3>{t('reports.trend')}</h3>
      <table className="tickets trend">
        <caption className="sr-only">{t('reports.trend')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.col.quarter')}</th>
            {METRICS.map((m) => (
              <th key={m} scope="col" className="num">{t(`sla.metric.${m}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...new Set(report.trend.map((p) => p.period))].map((q) => (
            <tr key={q}>
              <th scope="row">{q}</th>
              {METRICS.map((m) => {
                const p = report.trend.find((x) => x.period === q && x.metric === m);
                return <td key={m} className="num">{p && p.measured > 0 ? `${n.percent(p.sharePercent)} (${n.count(p.measured)})` : '–'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('reports.firstLine')}</h3>
      {report.firstLineResolution.length === 0 ? (
        <p className="empty">{t('reports.firstLine.empty')}</p>
      ) : (
        <table className="tickets first-line">
          <caption className="sr-only">{t('reports.firstLine')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.row')}</th>
              <th scope="col" className="num">{t('reports.col.resolved')}</th>
              <th scope="col" className="num">{t('reports.col.byFirstLine')}</th>
              <th scope="col" className="num">{t('reports.col.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {report.firstLineResolution.map((r) => (
              <tr key={`${r.level}-${r.serviceArea.id}-${r.service?.id ?? ''}`} className={`level-${r.level}`}>
                <th scope="row">{rowName(t, r)}</th>
                <td className="num">{n.count(r.resolved)}</td>
                <td className="num">{n.count(r.firstLine)}</td>
                <td className="num">{n.ratio(r.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('reports.deviations')}</h3>
      {deviations.length === 0 ? (
        <p className="empty">{t('reports.deviations.empty')}</p>
      ) : (
        <table className="tickets deviations">
          <caption className="sr-only">{t('reports.deviations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.day')}</th>
              <th scope="col">{t('reports.col.ticket')}</th>
              <th scope="col">{t('reports.col.metric')}</th>
              <th scope="col" className="num">{t('reports.col.elapsed')}</th>
              <th scope="col" className="num">{t('reports.col.targetHours')}</th>
              <th scope="col" className="num">{t('reports.col.overrun')}</th>
              <th scope="col">{t('reports.col.tier')}</th>
              <th scope="col">{t('reports.col.group')}</th>
            </tr>
          </thead>
          <tbody>
            {deviations.map((d, i) => (
              <tr key={`${d.ticket?.id ?? i}-${d.metric}`}>
                <td>{d.day}</td>
                <td>{d.ticket ? <Link to={`/tickets/${d.ticket.number}`}>{d.ticket.number}</Link> : t('reports.hiddenTicket')}</td>
                <td>{t(`sla.metric.${d.metric}`)}</td>
                <td className="num">{n.hours(d.elapsedHours)}</td>
                <td className="num">{n.hours(d.targetHours)}</td>
                <td className="num">{n.hours(d.overrunHours)}</td>
                <td>{d.tierWhereTimeWent ? t(`tier.${d.tierWhereTimeWent}`) : '–'}</td>
                <td>{d.group?.name ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
