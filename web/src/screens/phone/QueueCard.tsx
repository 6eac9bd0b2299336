import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useNow } from '../../components/useNow';
import { graphql } from '../../gql';
import type { ServiceAreaCode, WallboardQueueFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatWait } from './wait';
import { apiErrorMessage } from '../../components/ApiError';

export const WallboardQueue = graphql(`
  fragment WallboardQueue on CallQueue {
    serviceArea
    at
    waiting
    longestWaitSeconds
    expectedWaitSeconds
    callbacksPending
    answeredLastHour
    abandonedLastHour
    calls { position waitingSeconds call { id from ticketNumber agency { id name } } }
  }
`);

const QueueNow = graphql(`
  query WallboardQueueNow($serviceArea: ServiceAreaCode) {
    callQueue(serviceArea: $serviceArea) { ...WallboardQueue }
  }
`);

const QueueLive = graphql(`
  subscription WallboardQueueLive($serviceArea: ServiceAreaCode) {
    callQueueChanged(serviceArea: $serviceArea) { ...WallboardQueue }
  }
`);

const Answer = graphql(`
  mutation WallboardAnswerCall($callId: ID!) {
    answerCall(callId: $callId) {
      call { id state ticketNumber ticket { id number } }
      userErrors { code message field }
    }
  }
`);

const AnswerNext = graphql(`
  mutation WallboardAnswerNext($serviceArea: ServiceAreaCode) {
    answerNext(serviceArea: $serviceArea) {
      call { id state ticketNumber }
      callback { id status call { id ticketNumber } }
      userErrors { code message field }
    }
  }
`);

export type QueueKey = ServiceAreaCode | 'GENERAL';
/** What the page needs to know of a queue's change: its pending callbacks, and a key that changes with its figures. */
export interface QueueSummary { callbacksPending: number; key: string }
export const queueArg = (key: QueueKey): ServiceAreaCode | null => (key === 'GENERAL' ? null : key);

/**
 * One call queue, live: the queue now, then every change (callQueueChanged); the waits tick each
 * second from the moment the picture arrived. Agents answer a call and land on its ticket.
 */
export function QueueCard({ queueKey, canAnswer, onChange }: { queueKey: QueueKey; canAnswer: boolean; onChange?(summary: QueueSummary): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const serviceArea = queueArg(queueKey);
  const [{ data, error }] = useQuery({ query: QueueNow, variables: { serviceArea }, requestPolicy: 'network-only' });
  const [live] = useSubscription({ query: QueueLive, variables: { serviceArea } });
  const queue = (live.data?.callQueueChanged ?? data?.callQueue) as WallboardQueueFragment | undefined;
  // When this picture arrived: the waits count on from it with the local clock (no clock skew).
  const receivedAt = useMemo(() => Date.now(), [queue]); // eslint-disable-line react-hooks/exhaustive-deps
  const now = useNow(1000);
  const [answer, runAnswer] = useMutation(Answer);
  const [next, runNext] = useMutation(AnswerNext);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const name = t(`phone.queue.${queueKey}`);
  const headingId = `queue-${queueKey}`;
  const since = Math.max(0, (now - receivedAt) / 1000);
  const summary = queue ? `${queue.waiting}/${queue.callbacksPending}/${queue.answeredLastHour}/${queue.abandonedLastHour}` : null;
  useEffect(() => {
    if (queue && summary) onChange?.({ callbacksPending: queue.callbacksPending, key: summary });
  }, [summary, onChange]); // eslint-disable-line react-hooks/exhaustive-deps

  async function answerCall(callId: string) {
    setAnswerError(null);
    const result = await runAnswer({ callId });
    const payload = result.data?.answerCall;
    if (result.error || !payload) return setAnswerError(t('app.error', { message: apiErrorMessage(result.error, t) }));
    if (payload.userErrors.length) return setAnswerError(payload.userErrors.map((e) => e.message).join(' '));
    const number = payload.call?.ticket?.number ?? payload.call?.ticketNumber;
    if (number) navigate(`/tickets/${number}`);
  }

  /** Whoever comes first, a waiting call or a due callback (the caller who chose a callback kept their place). */
  async function answerNext() {
    setAnswerError(null);
    const result = await runNext({ serviceArea });
    const payload = result.data?.answerNext;
    if (result.error || !payload) return setAnswerError(t('app.error', { message: apiErrorMessage(result.error, t) }));
    if (payload.userErrors.length) return setAnswerError(payload.userErrors[0]!.code === 'NOT_FOUND' ? t('phone.next.nobody') : payload.userErrors.map((e) => e.message).join(' '));
    const number = payload.call?.ticketNumber ?? payload.callback?.call.ticketNumber;
    if (number) navigate(`/tickets/${number}`);
  }

  return (
    <section className="card queue" aria-labelledby={headingId} data-queue={queueKey}>
      <div className="queue-head">
        <h2 id={headingId}>{name}</h2>
        {canAnswer && queue && queue.waiting + queue.callbacksPending > 0 && (
          <button type="button" disabled={next.fetching} aria-label={t('phone.next.label', { queue: name })} onClick={() => void answerNext()}>
            {t('phone.next')}
          </button>
        )}
      </div>
      {error && !queue && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!queue && !error && <p role="status">{t('app.loading')}</p>}
      {queue && (
        <>
          <dl className="queue-figures">
            <div><dt>{t('phone.waiting')}</dt><dd className="figure" data-figure="waiting">{queue.waiting}</dd></div>
            <div><dt>{t('phone.longestWait')}</dt><dd className="figure" data-figure="longest">{formatWait(queue.waiting ? queue.longestWaitSeconds + since : 0)}</dd></div>
            <div>
              <dt>{t('phone.expectedWait')}</dt>
              <dd className="figure" data-figure="expected">{queue.expectedWaitSeconds == null ? t('phone.expectedWait.unknown') : formatWait(queue.expectedWaitSeconds)}</dd>
            </div>
            <div><dt>{t('phone.callbacksPending')}</dt><dd className="figure" data-figure="callbacks">{queue.callbacksPending}</dd></div>
            <div><dt>{t('phone.answeredLastHour')}</dt><dd>{queue.answeredLastHour}</dd></div>
            <div><dt>{t('phone.abandonedLastHour')}</dt><dd>{queue.abandonedLastHour}</dd></div>
          </dl>
          {queue.calls.length === 0 ? (
            <p className="muted empty">{t('phone.empty')}</p>
          ) : (
            <table className="calls">
              <caption className="sr-only">{name}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('phone.col.position')}</th>
                  <th scope="col">{t('phone.col.caller')}</th>
                  <th scope="col">{t('phone.col.agency')}</th>
                  <th scope="col">{t('phone.col.ticket')}</th>
                  <th scope="col">{t('phone.col.waiting')}</th>
                  {canAnswer && <th scope="col">{t('phone.col.action')}</th>}
                </tr>
              </thead>
              <tbody>
                {queue.calls.map((c) => (
                  <tr key={c.call.id} data-call={c.call.id}>
                    <td className="position">{c.position}</td>
                    <td>{c.call.from}</td>
                    <td>{c.call.agency?.name ?? '—'}</td>
                    <td>{c.call.ticketNumber ? <Link to={`/tickets/${c.call.ticketNumber}`}>{c.call.ticketNumber}</Link> : '—'}</td>
                    <td className="countdown" aria-live="off">{formatWait(c.waitingSeconds + since)}</td>
                    {canAnswer && (
                      <td>
                        <button type="button" disabled={answer.fetching} aria-label={t('phone.answer.label', { position: c.position, queue: name })} onClick={() => answerCall(c.call.id)}>
                          {t('phone.answer')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {answerError && <p role="alert" className="error">{answerError}</p>}
        </>
      )}
    </section>
  );
}
