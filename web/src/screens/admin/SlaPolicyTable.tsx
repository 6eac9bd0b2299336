import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import type { UserError } from './admin-common';
import type { AdminSlaPoliciesQuery } from '../../gql/graphql';

type Policy = AdminSlaPoliciesQuery['slaPolicies'][number];
export const METRICS = [
  { field: 'firstResponseMinutes', label: 'sla.metric.FIRST_RESPONSE' },
  { field: 'resolutionMinutes', label: 'sla.metric.RESOLUTION' },
  { field: 'vendorMinutes', label: 'sla.metric.TIME_AT_VENDOR' },
] as const;

/** The catalogue's words for the API's rank errors, with the policy in the way (named in the API's message). */
export function rankError(t: ReturnType<typeof useI18n>['t'], e: UserError): string | undefined {
  if (e.code === 'BAD_USER_INPUT') return t('admin.sla.error.rank');
  const named = /^"(.+)" already (covers exactly this scope \(rank|has rank) (\d+)/.exec(e.message);
  if (e.code !== 'CONFLICT' || !named) return undefined;
  return t(named[2] === 'has rank' ? 'admin.sla.error.rankTaken' : 'admin.sla.error.scopeTaken', { name: named[1]!, rank: named[3]! });
}

/** Business minutes as the table shows them: "480 min (8 h)"; null: not tracked. */
function Minutes({ value }: { value: number | null | undefined }) {
  const { t } = useI18n();
  if (value === null || value === undefined) return <span className="muted">{t('admin.sla.notTracked')}</span>;
  return (
    <span className="num">
      {t('admin.sla.minutes', { minutes: value })}
      {value % 60 === 0 && <span className="muted"> {t('admin.sla.hours', { hours: value / 60 })}</span>}
    </span>
  );
}

export /** Every policy, ordered as the API orders them (service area, then priority). */
function PolicyTable({ policies, selectedId }: { policies: Policy[]; selectedId: string | null }) {
  const { t } = useI18n();
  return (
    <table className="admin-table">
      <caption className="sr-only">{t('admin.sla.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.sla.col.name')}</th>
          <th scope="col">{t('admin.sla.col.priority')}</th>
          <th scope="col">{t('admin.sla.col.rank')}</th>
          <th scope="col">{t('admin.sla.col.scope')}</th>
          <th scope="col">{t('admin.sla.col.calendar')}</th>
          {METRICS.map((m) => <th scope="col" key={m.field}>{t(m.label as MessageKey)}</th>)}
          <th scope="col">{t('admin.sla.col.thresholds')}</th>
          <th scope="col">{t('admin.sla.col.active')}</th>
        </tr>
      </thead>
      <tbody>
        {policies.map((p) => (
          <tr key={p.id} aria-current={p.id === selectedId ? 'true' : undefined} data-policy={p.name}>
            <th scope="row"><Link to={`/admin/sla/${encodeURIComponent(p.id)}`} aria-label={t('admin.sla.edit', { name: p.name })}>{p.name}</Link></th>
            <td><span className={`prio prio-${p.priority}`}>{t(`admin.priority.${p.priority}`)}</span></td>
            <td className="num" data-rank>{p.rank}</td>
            <td>
              {p.serviceArea.name}: {p.service?.name ?? t('admin.sla.scope.area')}
              {p.agency && <div className="muted">{t('admin.sla.scope.agency', { agency: p.agency.name })}</div>}
            </td>
            <td>{p.calendar.name}</td>
            {METRICS.map((m) => <td key={m.field} data-metric={m.field}><Minutes value={p[m.field]} /></td>)}
            <td>{p.warningThresholds.map((x) => `${x} %`).join(', ')}</td>
            <td>{p.active ? t('admin.yes') : t('admin.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
