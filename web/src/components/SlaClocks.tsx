import type { SlaClockFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDuration } from '../sla';
import { useNow } from './useNow';

/** Every SLA clock of a ticket: metric, state, due, a live countdown while it runs (none once met or not measured), and its pause. */
export function SlaClocks({ timers }: { timers: readonly SlaClockFragment[] }) {
  const { t, dateTime } = useI18n();
  const now = useNow(1000);
  return (
    <section aria-labelledby="sla-heading" className="card">
      <h2 id="sla-heading">{t('ticket.sla')}</h2>
      {timers.length === 0 ? (
        <p className="muted">{t('sla.none')}</p>
      ) : (
        <table className="clocks">
          <thead>
            <tr>
              <th scope="col">{t('sla.col.metric')}</th>
              <th scope="col">{t('sla.col.state')}</th>
              <th scope="col">{t('sla.col.due')}</th>
              <th scope="col">{t('sla.col.remaining')}</th>
              <th scope="col">{t('sla.col.paused')}</th>
            </tr>
          </thead>
          <tbody>
            {timers.map((c) => {
              const running = c.state === 'RUNNING';
              const left = running ? Date.parse(c.dueAt) - now : c.remainingSeconds * 1000;
              return (
                <tr key={c.id} className={`clock clock-${c.state}`}>
                  <th scope="row">{t(`sla.metric.${c.metric}`)}</th>
                  <td><span className={`badge state-${c.state}`}>{t(`sla.state.${c.state}`)}</span></td>
                  <td>{dateTime(c.dueAt)}</td>
                  <td className="countdown" aria-live="off">
                    {c.state === 'MET' || c.state === 'NOT_MEASURED' ? '—' : left >= 0 ? formatDuration(left) : `−${formatDuration(left)}`}
                  </td>
                  <td>{c.pausedAt ? dateTime(c.pausedAt) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
