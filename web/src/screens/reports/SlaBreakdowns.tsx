import { useQuery } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { graphql } from '../../gql';
import type { SlaReportInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useNumbers } from './format';

const Breakdowns = graphql(`
  query ConsoleSlaBreakdowns($input: SlaReportInput!) {
    slaReport(input: $input) {
      byGroup { metric measured met breached sharePercent reached group { id name } }
      byAgent { metric measured met breached sharePercent reached agent { id name } }
      timeSpent { level tier minutes billableMinutes cases agency { id name } serviceArea { id name } service { id name } }
    }
  }
`);

interface HolderRow {
  metric: 'FIRST_RESPONSE' | 'RESOLUTION' | 'TIME_AT_VENDOR';
  measured: number;
  met: number;
  breached: number;
  sharePercent?: number | null;
  reached?: boolean | null;
}

/** One breakdown (per group or per agent) as a table: a row per holder and metric. */
function HolderTable({ id, title, intro, holderHeading, rows, nameOf }: { id: string; title: string; intro: string; holderHeading: string; rows: readonly HolderRow[]; nameOf: (row: HolderRow) => string }) {
  const { t } = useI18n();
  const n = useNumbers();
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      <p className="muted">{intro}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('reports.byHolder.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="tickets outcomes breakdown">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{holderHeading}</th>
                <th scope="col">{t('reports.col.metric')}</th>
                <th scope="col" className="num">{t('reports.col.measured')}</th>
                <th scope="col" className="num">{t('reports.col.met')}</th>
                <th scope="col" className="num">{t('reports.col.breached')}</th>
                <th scope="col" className="num">{t('reports.col.share')}</th>
                <th scope="col">{t('reports.col.reached')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${nameOf(r)}-${r.metric}-${i}`} data-row={`${nameOf(r)}:${r.metric}`}>
                  <th scope="row">{nameOf(r)}</th>
                  <td>{t(`sla.metric.${r.metric}`)}</td>
                  <td className="num">{n.count(r.measured)}</td>
                  <td className="num">{n.count(r.met)}</td>
                  <td className="num">{n.count(r.breached)}</td>
                  <td className="num">{n.percent(r.sharePercent)}</td>
                  <td>{r.reached == null ? '–' : t(r.reached ? 'reports.reached.yes' : 'reports.reached.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The SLA report's figures per support group and per agent (who held the case when the clock
 * stopped), and the time logged per agency, service and tier, for the report's own filters. The
 * API leaves out what the viewer may not see (agents and time for customers); so does this.
 */
export function SlaBreakdowns({ input }: { input: SlaReportInput }) {
  const { t } = useI18n();
  const n = useNumbers();
  const [{ data, error, fetching }] = useQuery({ query: Breakdowns, variables: { input } });
  if (error) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!data) return fetching ? <p role="status">{t('app.loading')}</p> : null;
  const { byGroup, byAgent, timeSpent } = data.slaReport;
  const hours = (minutes: number) => n.hours(minutes / 60);
  return (
    <div className="report-breakdowns">
      {byGroup && (
        <HolderTable id="sla-by-group" title={t('reports.byGroup')} intro={t('reports.byHolder.intro')} holderHeading={t('reports.col.group')} rows={byGroup} nameOf={(r) => (r as NonNullable<typeof byGroup>[number]).group?.name ?? '–'} />
      )}
      {byAgent && (
        <HolderTable id="sla-by-agent" title={t('reports.byAgent')} intro={t('reports.byHolder.intro')} holderHeading={t('reports.col.agent')} rows={byAgent} nameOf={(r) => (r as (typeof byAgent)[number]).agent?.name ?? t('reports.unassigned')} />
      )}
      {timeSpent && (
        <section aria-labelledby="report-time-spent" data-testid="report-time-spent">
          <h3 id="report-time-spent">{t('reports.timeSpent')}</h3>
          {timeSpent.length === 0 ? (
            <p className="empty">{t('reports.timeSpent.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="tickets outcomes breakdown">
                <caption className="sr-only">{t('reports.timeSpent')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.col.agencyService')}</th>
                    <th scope="col">{t('reports.col.tier')}</th>
                    <th scope="col" className="num">{t('reports.col.hours')}</th>
                    <th scope="col" className="num">{t('reports.col.billableHours')}</th>
                    <th scope="col" className="num">{t('reports.col.cases')}</th>
                  </tr>
                </thead>
                <tbody>
                  {timeSpent.map((r, i) => (
                    <tr key={i} className={r.level === 'TIER_TOTAL' ? 'level-TOTAL' : 'level-SERVICE'}>
                      <th scope="row">
                        {r.level === 'TIER_TOTAL'
                          ? t('reports.timeSpent.total', { tier: t(`tier.${r.tier}`) })
                          : [r.agency?.name ?? '–', r.serviceArea?.name, r.service?.name ?? t('reports.noService')].filter(Boolean).join(' › ')}
                      </th>
                      <td>{t(`tier.${r.tier}`)}</td>
                      <td className="num">{hours(r.minutes)}</td>
                      <td className="num">{hours(r.billableMinutes)}</td>
                      <td className="num">{n.count(r.cases)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
