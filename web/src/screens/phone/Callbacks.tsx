import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CallbackStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { queueArg, type QueueKey } from './QueueCard';
import { apiErrorMessage } from '../../components/ApiError';

const CallbackList = graphql(`
  query WallboardCallbacks($serviceArea: ServiceAreaCode, $status: CallbackStatus) {
    callbacks(serviceArea: $serviceArea, status: $status, first: 50) {
      edges { node { id number status attempts queuedSince ticket { id number } takenBy { id name } } }
    }
  }
`);

const TakeNext = graphql(`
  mutation WallboardTakeNextCallback($serviceArea: ServiceAreaCode) {
    takeNextCallback(serviceArea: $serviceArea) {
      callback { id number status attempts queuedSince ticket { id number } takenBy { id name } }
      userErrors { code message field }
    }
  }
`);

const Complete = graphql(`
  mutation WallboardCompleteCallback($callbackId: ID!, $reached: Boolean!) {
    completeCallback(callbackId: $callbackId, reached: $reached) {
      callback { id status attempts }
      userErrors { code message field }
    }
  }
`);

/**
 * A queue's callbacks: those waiting, in the order the callers queued; the agent takes the next one
 * (takeNextCallback), calls, and records whether the customer was reached (completeCallback).
 * The list is read again whenever the live queue's pending count changes.
 */
export function Callbacks({ queues, queueKey, onQueue, pending, canTake, meId }: {
  queues: readonly QueueKey[]; queueKey: QueueKey; onQueue(key: QueueKey): void; pending: number | undefined; canTake: boolean; meId: string | null;
}) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const serviceArea = queueArg(queueKey);
  const [{ data, error }, refetchPending] = useQuery({ query: CallbackList, variables: { serviceArea, status: 'PENDING' }, requestPolicy: 'network-only' });
  const [{ data: mine }, refetchMine] = useQuery({ query: CallbackList, variables: { serviceArea, status: 'IN_PROGRESS' }, requestPolicy: 'network-only', pause: !canTake });
  const [take, runTake] = useMutation(TakeNext);
  const [complete, runComplete] = useMutation(Complete);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (pending !== undefined) refetchPending({ requestPolicy: 'network-only' });
  }, [pending, refetchPending]);

  const waiting = data?.callbacks.edges.map((e) => e.node) ?? [];
  const taken = (mine?.callbacks.edges.map((e) => e.node) ?? []).filter((c) => c.takenBy?.id === meId);

  async function takeNext() {
    setMessage(null);
    const result = await runTake({ serviceArea });
    const payload = result.data?.takeNextCallback;
    if (result.error || !payload) return setMessage({ ok: false, text: t('app.error', { message: apiErrorMessage(result.error, t) }) });
    if (payload.userErrors.length) return setMessage({ ok: false, text: payload.userErrors.map((e) => e.message).join(' ') });
    refetchMine({ requestPolicy: 'network-only' });
    refetchPending({ requestPolicy: 'network-only' });
  }

  async function record(callbackId: string, reached: boolean) {
    setMessage(null);
    const result = await runComplete({ callbackId, reached });
    const payload = result.data?.completeCallback;
    if (result.error || !payload) return setMessage({ ok: false, text: t('app.error', { message: apiErrorMessage(result.error, t) }) });
    if (payload.userErrors.length) return setMessage({ ok: false, text: payload.userErrors.map((e) => e.message).join(' ') });
    setMessage({ ok: true, text: t(`phone.callbacks.done.${payload.callback!.status as Exclude<CallbackStatus, 'IN_PROGRESS'>}`) });
    refetchMine({ requestPolicy: 'network-only' });
    refetchPending({ requestPolicy: 'network-only' });
  }

  return (
    <section className="card callbacks" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('phone.callbacks')}</h2>
      <div className="row callback-bar">
        <label>
          {t('phone.callbacks.queue')}{' '}
          <select value={queueKey} onChange={(e) => onQueue(e.target.value as QueueKey)}>
            {queues.map((q) => <option key={q} value={q}>{t(`phone.queue.${q}`)}</option>)}
          </select>
        </label>
        {canTake && (
          <button type="button" disabled={take.fetching || waiting.length === 0} onClick={takeNext}>{t('phone.callbacks.takeNext')}</button>
        )}
      </div>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {taken.length > 0 && (
        <div className="mine">
          <h3>{t('phone.callbacks.mine')}</h3>
          <ul>
            {taken.map((c) => (
              <li key={c.id} data-callback={c.id}>
                <a href={`tel:${c.number}`}>{t('phone.callbacks.call', { number: c.number })}</a>
                {c.ticket && <> · <Link to={`/tickets/${c.ticket.number}`}>{c.ticket.number}</Link></>}
                {' '}· {t('phone.callbacks.col.attempts')}: {c.attempts}
                <span className="row">
                  <button type="button" disabled={complete.fetching} onClick={() => record(c.id, true)}>{t('phone.callbacks.reached')}</button>
                  <button type="button" className="secondary" disabled={complete.fetching} onClick={() => record(c.id, false)}>{t('phone.callbacks.notReached')}</button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      {data && waiting.length === 0 ? (
        <p className="muted empty">{t('phone.callbacks.empty')}</p>
      ) : (
        <table className="calls">
          <thead>
            <tr>
              <th scope="col">{t('phone.callbacks.col.number')}</th>
              <th scope="col">{t('phone.col.ticket')}</th>
              <th scope="col">{t('phone.callbacks.col.since')}</th>
              <th scope="col">{t('phone.callbacks.col.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {waiting.map((c) => (
              <tr key={c.id} data-callback={c.id}>
                <td>{c.number}</td>
                <td>{c.ticket ? <Link to={`/tickets/${c.ticket.number}`}>{c.ticket.number}</Link> : '—'}</td>
                <td>{dateTime(c.queuedSince)}</td>
                <td>{c.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
