import { useState } from 'react';
import { useQuery } from 'urql';
import { useAuth } from '../../../auth';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import { downloadWithToken } from '../../reports/download';
import { quarterOf, useNumbers } from '../../reports/format';
import { AgencySlaQuery } from './queries';

/** The quarter before "2026-Q4" ("2026-Q3"; before "2026-Q1" is "2025-Q4"). Pure. */
export function previousQuarter(period: string): string {
  const [y, q] = period.split('-Q').map(Number) as [number, number];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** The agency's own quarterly SLA report (this quarter or the one before): the key figures, each target, and the PDF and CSV. */
export function SlaSection() {
  const { t } = useI18n();
  const n = useNumbers();
  const { token } = useAuth();
  const current = quarterOf(new Date());
  const [period, setPeriod] = useState(current);
  const [{ data, error, fetching }] = useQuery({ query: AgencySlaQuery, variables: { input: { period } } });
  const [download, setDownload] = useState<{ busy?: boolean; done?: string; failed?: string }>({});
  const report = data?.slaReport;
  const save = async (kind: 'pdf' | 'csv') => {
    if (!token) return;
    setDownload({ busy: true });
    try {
      setDownload({ done: await downloadWithToken(`/reports/sla.${kind}?${new URLSearchParams({ period })}`, token, `sla-${period}.${kind}`) });
    } catch (e) {
      setDownload({ failed: (e as Error).message });
    }
  };
  const totals = report?.outcomes.filter((o) => o.level === 'TOTAL') ?? [];
  return (
    <section id="sla" aria-labelledby="sla-title" className="cw-section">
      <h2 id="sla-title">{t('customerAgency.sla')}</h2>
      <p>{t('customerAgency.sla.intro')}</p>
      <label>
        {t('customerAgency.sla.period')}{' '}
        <select value={period} onChange={(e) => setPeriod(e.target.value)}>
          <option value={current}>{t('customerAgency.sla.current', { period: current })}</option>
          <option value={previousQuarter(current)}>{t('customerAgency.sla.previous', { period: previousQuarter(current) })}</option>
        </select>
      </label>
      {error && <ApiError error={error} />}
      {fetching && !report && <p role="status">{t('app.loading')}</p>}
      {report && (
        <div data-testid="agency-sla">
          <p className="muted">{t('customerAgency.sla.span', { from: report.period.from, to: report.period.to })}</p>
          <dl className="cw-facts">
            <div><dt>{t('customerAgency.fig.created')}</dt><dd data-figure="created">{n.count(report.volumes.created)}</dd></div>
            <div><dt>{t('customerAgency.fig.resolved')}</dt><dd data-figure="resolved">{n.count(report.volumes.resolved)}</dd></div>
            <div><dt>{t('customerAgency.fig.firstLine')}</dt><dd data-figure="firstLine">{n.ratio(report.volumes.firstLineResolutionRate)}</dd></div>
            <div><dt>{t('customerAgency.fig.openPastSla')}</dt><dd data-figure="openPastSla">{n.count(report.openPastSla)}</dd></div>
            <div><dt>{t('customerAgency.fig.target')}</dt><dd data-figure="target">{n.percent(report.targetPercent)}</dd></div>
          </dl>
          {totals.length === 0 ? (
            <p className="empty">{t('customerAgency.sla.nothing')}</p>
          ) : (
            <table className="cw-table">
              <caption>{t('customerAgency.sla.outcomes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('customerAgency.col.metric')}</th>
                  <th scope="col" className="num">{t('customerAgency.col.measured')}</th>
                  <th scope="col" className="num">{t('customerAgency.col.met')}</th>
                  <th scope="col" className="num">{t('customerAgency.col.share')}</th>
                  <th scope="col">{t('customerAgency.col.reached')}</th>
                </tr>
              </thead>
              <tbody>
                {totals.map((o) => (
                  <tr key={o.metric} data-metric={o.metric}>
                    <th scope="row">{t(`sla.metric.${o.metric}`)}</th>
                    <td className="num">{n.count(o.measured)}</td>
                    <td className="num">{n.count(o.met)}</td>
                    <td className="num">{n.percent(o.sharePercent)}</td>
                    <td>{o.reached === null ? '–' : t(o.reached ? 'customerAgency.reached.yes' : 'customerAgency.reached.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="cw-downloads">
            <button type="button" onClick={() => void save('pdf')} disabled={download.busy}>{t('customerAgency.sla.pdf')}</button>{' '}
            <button type="button" onClick={() => void save('csv')} disabled={download.busy}>{t('customerAgency.sla.csv')}</button>{' '}
            <span role="status" className="muted">{download.busy ? t('customerAgency.download.busy') : download.done ? t('customerAgency.download.done', { name: download.done }) : ''}</span>
            {download.failed && <p role="alert" className="error">{t('customerAgency.download.failed', { message: download.failed })}</p>}
          </div>
        </div>
      )}
    </section>
  );
}
