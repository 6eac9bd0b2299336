import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatWait } from './wait';
import { apiErrorMessage } from '../../components/ApiError';

const Stats = graphql(`
  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    callStatistics(from: $from, to: $to) {
      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds
    }
  }
`);

/** Today's calls per queue (callStatistics from local midnight to the next), the total row first; read again when a queue's figures change and every 30 s. */
export function Statistics({ refreshKey }: { refreshKey: string }) {
  const { t } = useI18n();
  const variables = useMemo(() => {
    const from = new Date();
    from.setHours(0, 0, 0, 0);
    const to = new Date(from);
    to.setDate(to.getDate() + 1);
    return { from: from.toISOString(), to: to.toISOString() };
  }, []);
  const [{ data, error }, refetch] = useQuery({ query: Stats, variables, requestPolicy: 'network-only' });
  useEffect(() => {
    if (refreshKey) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 30_000);
    return () => clearInterval(timer);
  }, [refetch]);
  const rows = data?.callStatistics ?? [];
  const wait = (s: number | null | undefined) => (s == null ? '—' : formatWait(s));
  return (
    <section className="card stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('phone.stats')}</h2>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && (rows.length === 0 || rows.every((r) => r.calls === 0)) && <p className="muted">{t('phone.stats.none')}</p>}
      {data && rows.some((r) => r.calls > 0) && (
        <table className="calls">
          <thead>
            <tr>
              <th scope="col">{t('phone.stats.queue')}</th>
              <th scope="col">{t('phone.stats.calls')}</th>
              <th scope="col">{t('phone.stats.answered')}</th>
              <th scope="col">{t('phone.stats.abandoned')}</th>
              <th scope="col">{t('phone.stats.callbacks')}</th>
              <th scope="col">{t('phone.stats.transferred')}</th>
              <th scope="col">{t('phone.stats.meanWait')}</th>
              <th scope="col">{t('phone.stats.maxWait')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.total}-${r.serviceArea ?? 'GENERAL'}`} className={r.total ? 'total' : undefined}>
                <th scope="row">{r.total ? t('phone.stats.total') : t(`phone.queue.${r.serviceArea ?? 'GENERAL'}`)}</th>
                <td>{r.calls}</td>
                <td>{r.answered}</td>
                <td>{r.abandoned}</td>
                <td>{r.callbacks}</td>
                <td>{r.transferred}</td>
                <td>{wait(r.meanWaitSeconds)}</td>
                <td>{wait(r.maxWaitSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
