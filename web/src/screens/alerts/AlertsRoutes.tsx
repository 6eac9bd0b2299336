import * as Toast from '@radix-ui/react-toast';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Route, Routes, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { AlertRowFragment, SlaEventKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { PastSlaTable } from './PastSlaTable';
import './alerts.css';
import { apiErrorMessage } from '../../components/ApiError';

/** One alert as the board shows it: the list row, the toast, and the live subscriptions select the same. */
export const AlertRow = graphql(`
  fragment AlertRow on SlaAlert {
    id
    kind
    threshold
    at
    detectedAt
    timer { id metric }
    ticket { id number title priority agency { id name } group { id name } }
  }
`);

/** The recorded alerts the board starts from (the API lists them newest first by when the threshold was reached). */
const RecordedAlerts = graphql(`
  query RecordedAlerts($first: Int!) {
    slaBreaches(first: $first) { totalCount edges { node { ...AlertRow } } }
    slaWarnings(first: $first) { totalCount edges { node { ...AlertRow } } }
  }
`);

/** Without a filter: what the viewer is responsible for (agents and specialists their groups', others all they may read). */
const BreachedLive = graphql(`
  subscription BreachedLive {
    slaBreached { ...AlertRow }
  }
`);

const WarningLive = graphql(`
  subscription WarningLive {
    slaWarning { ...AlertRow }
  }
`);

const FIRST = 50;
/** Toasts shown at once (the newest; the list keeps every alert). */
const MAX_TOASTS = 3;
const KINDS: SlaEventKind[] = ['BREACH', 'WARNING'];

/** Newest first: by when the threshold was reached, then by detection, then by id. Pure. */
export function newestFirst(alerts: readonly AlertRowFragment[]): AlertRowFragment[] {
  const unique = new Map(alerts.map((a) => [a.id, a]));
  return [...unique.values()].sort((a, b) => b.at.localeCompare(a.at) || b.detectedAt.localeCompare(a.detectedAt) || b.id.localeCompare(a.id));
}

const keep = (previous: AlertRowFragment[] | undefined, alert: AlertRowFragment) => [alert, ...(previous ?? [])];

function AlertToast({ alert, onClose }: { alert: AlertRowFragment; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Toast.Root className={`toast toast-${alert.kind}`} duration={15_000} onOpenChange={(open) => !open && onClose()} data-alert={alert.ticket.number}>
      <Toast.Title className="toast-title">{t(`alerts.toast.title.${alert.kind}`, { number: alert.ticket.number })}</Toast.Title>
      <Toast.Description className="toast-body">{t('alerts.toast.body', { metric: t(`sla.metric.${alert.timer.metric}`), title: alert.ticket.title })}</Toast.Description>
      <Toast.Action asChild altText={t('alerts.toast.open')}>
        <Link to={`/tickets/${alert.ticket.number}`} className="toast-open">{t('alerts.toast.open')}</Link>
      </Toast.Action>
      <Toast.Close className="toast-close">{t('alerts.toast.close')}</Toast.Close>
    </Toast.Root>
  );
}

function KindLabel({ alert }: { alert: AlertRowFragment }) {
  const { t } = useI18n();
  return <span className={`badge ${alert.kind === 'BREACH' ? 'badge-breached' : 'badge-risk'}`}>{t(`alerts.kind.${alert.kind}`, { threshold: alert.threshold })}</span>;
}

/** The delivery manager's board: recorded breaches and warnings, then live ones on top with a toast; and the open tickets past SLA. */
function AlertBoard() {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const shown = KINDS.find((k) => k === params.get('kind')) ?? null;
  const [{ data, error, fetching }] = useQuery({ query: RecordedAlerts, variables: { first: FIRST } });
  const [breaches] = useSubscription({ query: BreachedLive }, (prev: AlertRowFragment[] | undefined, d) => keep(prev, d.slaBreached));
  const [warnings] = useSubscription({ query: WarningLive }, (prev: AlertRowFragment[] | undefined, d) => keep(prev, d.slaWarning));
  const [toasts, setToasts] = useState<AlertRowFragment[]>([]);
  const toasted = useRef(new Set<string>());
  const liveIds = useMemo(() => new Set([...(breaches.data ?? []), ...(warnings.data ?? [])].map((a) => a.id)), [breaches.data, warnings.data]);

  // Each live alert once as a toast.
  useEffect(() => {
    const fresh = [...(breaches.data ?? []), ...(warnings.data ?? [])].filter((a) => !toasted.current.has(a.id));
    if (fresh.length === 0) return;
    for (const a of fresh) toasted.current.add(a.id);
    setToasts((current) => [...current, ...newestFirst(fresh).reverse()]);
  }, [breaches.data, warnings.data]);
  const close = useCallback((id: string) => setToasts((current) => current.filter((a) => a.id !== id)), []);

  const recorded = useMemo(() => [...(data?.slaBreaches.edges ?? []), ...(data?.slaWarnings.edges ?? [])].map((e) => e.node), [data]);
  const all = useMemo(() => newestFirst([...recorded, ...(breaches.data ?? []), ...(warnings.data ?? [])]), [recorded, breaches.data, warnings.data]);
  const rows = shown ? all.filter((a) => a.kind === shown) : all;
  const liveBreaches = breaches.data?.length ?? 0;

  useEffect(() => {
    document.title = `${t('alerts.title')} · ${t('app.name')}`;
  }, [t]);

  const setKind = (kind: string) => {
    const next = new URLSearchParams(params);
    if (kind) next.set('kind', kind);
    else next.delete('kind');
    setParams(next, { replace: true });
  };

  const subscriptionError = breaches.error ?? warnings.error;
  return (
    <Toast.Provider swipeDirection="right" label={t('alerts.title')}>
      <div className="alerts">
        <h1>{t('alerts.title')}</h1>
        <p className="muted">{t('alerts.intro')} {t('alerts.live')}</p>
        <section aria-labelledby="alert-list-heading" className="alert-list">
          <h2 id="alert-list-heading">{t('alerts.list')}</h2>
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('alerts.filter')}{' '}
              <select value={shown ?? ''} onChange={(e) => setKind(e.target.value)}>
                <option value="">{t('alerts.filter.all')}</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>{t(`alerts.filter.${k}`)}</option>
                ))}
              </select>
            </label>
          </form>
          <p role="status" className="muted" data-testid="alert-count">
            {data ? t('alerts.count', { count: rows.length }) : fetching ? t('app.loading') : ''}
          </p>
          {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
          {subscriptionError && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(subscriptionError, t) })}</p>}
          {data && rows.length === 0 && <p className="empty">{t('alerts.empty')}</p>}
          {rows.length > 0 && (
            <table className="tickets alerts-table">
              <caption className="sr-only">{t('alerts.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('alerts.col.when')}</th>
                  <th scope="col">{t('alerts.col.kind')}</th>
                  <th scope="col">{t('alerts.col.ticket')}</th>
                  <th scope="col">{t('alerts.col.metric')}</th>
                  <th scope="col">{t('alerts.col.priority')}</th>
                  <th scope="col">{t('alerts.col.agency')}</th>
                  <th scope="col">{t('alerts.col.group')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id} data-alert={a.ticket.number} data-kind={a.kind} data-at={a.at} className={liveIds.has(a.id) ? 'alert-new' : undefined}>
                    <td><time dateTime={a.at}>{dateTime(a.at)}</time>{liveIds.has(a.id) && <> <span className="badge badge-new">{t('alerts.new')}</span></>}</td>
                    <td><KindLabel alert={a} /></td>
                    <td><Link to={`/tickets/${a.ticket.number}`}>{a.ticket.number}</Link> <span className="title-cell">{a.ticket.title}</span></td>
                    <td>{t(`sla.metric.${a.timer.metric}`)}</td>
                    <td><span className={`prio prio-${a.ticket.priority}`}>{a.ticket.priority}</span></td>
                    <td>{a.ticket.agency?.name ?? t('alerts.noAgency')}</td>
                    <td>{a.ticket.group.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data && (data.slaBreaches.totalCount > FIRST || data.slaWarnings.totalCount > FIRST) && (
            <p className="muted">{t('alerts.more', { shown: FIRST, total: data.slaBreaches.totalCount, warnings: data.slaWarnings.totalCount })}</p>
          )}
        </section>
        <PastSlaTable refreshKey={liveBreaches} />
      </div>
      {toasts.slice(-MAX_TOASTS).map((a) => (
        <AlertToast key={a.id} alert={a} onClose={() => close(a.id)} />
      ))}
      <Toast.Viewport className="toast-viewport" label={t('alerts.toast.region')} />
    </Toast.Provider>
  );
}

export default function AlertsRoutes() {
  const { t } = useI18n();
  return (
    <Routes>
      <Route index element={<AlertBoard />} />
      <Route path="*" element={<p role="alert">{t('app.notFound')}</p>} />
    </Routes>
  );
}
