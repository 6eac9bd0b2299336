import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { QueryState } from './admin-common';
import { eventLabel } from './Webhooks';

const Deliveries = graphql(`
  query AdminWebhookDeliveries($endpointId: ID!, $first: Int) {
    webhookDeliveries(endpointId: $endpointId, first: $first) {
      totalCount
      pageInfo { hasNextPage }
      edges {
        node {
          id eventKind status attempts createdAt body
          attemptLog { attempt at durationMs responseStatus responseBody error succeeded }
        }
      }
    }
  }
`);
const Redeliver = graphql(`
  mutation AdminRedeliverWebhook($id: ID!) {
    redeliverWebhook(deliveryId: $id) { webhookDelivery { id status attempts } userErrors { code message field } }
  }
`);

const PAGE = 20;

/** An endpoint's deliveries, newest first: status, attempts and the latest answer; the body and every attempt on request. */
export function WebhookDeliveries({ endpointId }: { endpointId: string }) {
  const { t, dateTime } = useI18n();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reload] = useQuery({ query: Deliveries, variables: { endpointId, first } });
  const [redelivered, redeliver] = useMutation(Redeliver);
  const [done, setDone] = useState<string | null>(null);
  const list = data?.webhookDeliveries;

  async function again(id: string) {
    setDone(null);
    const r = await redeliver({ id });
    const p = r.data?.redeliverWebhook;
    setDone(p && !p.userErrors.length ? t('webhooks.redelivered') : p?.userErrors[0]?.message ?? t('app.error', { message: r.error?.message ?? '' }));
    reload({ requestPolicy: 'network-only' });
  }

  return (
    <section className="webhook-deliveries" aria-labelledby="webhook-deliveries-title">
      <h2 id="webhook-deliveries-title">{t('webhooks.deliveries')}</h2>
      <QueryState fetching={fetching} error={error} hasData={!!list} />
      {done && <p role="status" className="ok">{done}</p>}
      {list && list.edges.length === 0 && <p role="status">{t('webhooks.deliveries.empty')}</p>}
      {list && list.edges.length > 0 && (
        <>
          <p className="muted">{t('webhooks.deliveries.count', { count: list.totalCount })}</p>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.col.when')}</th>
                <th scope="col">{t('webhooks.col.event')}</th>
                <th scope="col">{t('webhooks.col.deliveryStatus')}</th>
                <th scope="col">{t('webhooks.col.attempts')}</th>
                <th scope="col">{t('webhooks.col.response')}</th>
              </tr>
            </thead>
            <tbody>
              {list.edges.map(({ node: d }) => {
                const last = d.attemptLog[d.attemptLog.length - 1];
                return (
                  <tr key={d.id}>
                    <td>{dateTime(d.createdAt)}</td>
                    <td>{t(eventLabel(d.eventKind))}</td>
                    <td><span className={`webhook-delivery webhook-delivery-${d.status}`}>{t(`webhooks.delivery.${d.status}` as MessageKey)}</span></td>
                    <td className="num">{d.attempts}</td>
                    <td>
                      {last ? (
                        <details>
                          <summary>{last.responseStatus ?? t('webhooks.attempt.noAnswer')}{last.error && last.responseStatus === null ? ` — ${last.error}` : ''}</summary>
                          <ul className="webhook-attempts">
                            {d.attemptLog.map((a) => (
                              <li key={a.attempt}>
                                {t('webhooks.attempt', { attempt: a.attempt, status: a.responseStatus ?? t('webhooks.attempt.noAnswer'), ms: a.durationMs })}
                                {a.responseBody && <pre>{a.responseBody}</pre>}
                              </li>
                            ))}
                          </ul>
                          <p>{t('webhooks.body')}</p>
                          <pre>{d.body}</pre>
                        </details>
                      ) : '—'}
                      {d.status !== 'PENDING' && (
                        <button type="button" disabled={redelivered.fetching} onClick={() => void again(d.id)}>{t('webhooks.redeliver')}</button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {list.pageInfo.hasNextPage && <button type="button" onClick={() => setFirst(first + PAGE)}>{t('webhooks.deliveries.more')}</button>}
        </>
      )}
    </section>
  );
}
