import { useI18n } from '../i18n/i18n';
import { formatDuration, slaBadge, type TimerLike } from '../sla';
import { useNow } from './useNow';

/** The queue's SLA cell: breached, at risk, or the time left on the nearest running clock. */
export function SlaBadge({ timers }: { timers: readonly TimerLike[] }) {
  const { t, dateTime } = useI18n();
  const now = useNow(30_000);
  const badge = slaBadge(timers);
  if (badge.kind === 'none') return <span className="muted">{t('sla.none')}</span>;
  const title = dateTime(badge.dueAt);
  const left = Date.parse(badge.dueAt) - now;
  switch (badge.kind) {
    case 'breached':
      return <span className="badge badge-breached" title={title}>{t('sla.breached')}</span>;
    case 'atRisk':
      return <span className="badge badge-risk" title={title}>{t('sla.atRisk')} · {formatDuration(left)}</span>;
    case 'paused':
      return <span className="badge badge-paused" title={title}>{t('sla.paused')}</span>;
    case 'due':
      return (
        <span className="badge badge-due" title={title}>
          {left >= 0 ? t('sla.dueIn', { time: formatDuration(left) }) : t('sla.overdue', { time: formatDuration(left) })}
        </span>
      );
  }
}
