import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { WebhookEventKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { Crumb, QueryState } from './admin-common';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookForm } from './WebhookForm';
import './webhooks.css';

export const WebhookEndpointFields = graphql(`
  fragment AdminWebhookEndpoint on WebhookEndpoint {
    id url description eventKinds active status pausedAt pauseReason consecutiveFailures
    createdBy { id name }
  }
`);

const Endpoints = graphql(`
  query AdminWebhookEndpoints {
    webhookEndpoints { ...AdminWebhookEndpoint }
  }
`);

void WebhookEndpointFields;

export const EVENT_KINDS: WebhookEventKind[] = ['CASE_CREATED', 'CASE_CHANGED', 'CASE_RESOLVED', 'SLA_WARNING', 'SLA_BREACH', 'CALL_STARTED', 'CALL_ANSWERED', 'CALL_ENDED'];
export const eventLabel = (k: string) => `webhooks.event.${k}` as MessageKey;

/**
 * /admin/webhooks: the endpoints with their state; /admin/webhooks/new registers one (its secret
 * shown once); /admin/webhooks/:endpointId changes one and shows its deliveries' log.
 */
export default function Webhooks() {
  const { t, dateTime } = useI18n();
  const { endpointId } = useParams();
  const [{ data, fetching, error }, reload] = useQuery({ query: Endpoints });
  const state = <QueryState fetching={fetching} error={error} hasData={!!data} />;
  if (!data) return <section className="admin webhooks"><Crumb />{state}</section>;
  const endpoints = data.webhookEndpoints;
  const selected = endpointId && endpointId !== 'new' ? endpoints.find((e) => e.id === endpointId) : null;
  const refresh = () => reload({ requestPolicy: 'network-only' });

  if (endpointId === 'new')
    return (
      <section className="admin webhooks" aria-labelledby="webhooks-form-title">
        <Crumb />
        <WebhookForm endpoint={null} onChanged={refresh} />
      </section>
    );
  if (endpointId)
    return (
      <section className="admin webhooks" aria-labelledby="webhooks-form-title">
        <Crumb />
        {selected ? (
          <>
            <WebhookForm key={selected.id} endpoint={selected} onChanged={refresh} />
            <WebhookDeliveries endpointId={selected.id} />
          </>
        ) : (
          <p role="alert">{t('webhooks.notFound')}</p>
        )}
      </section>
    );

  return (
    <section className="admin webhooks" aria-labelledby="webhooks-title">
      <Crumb />
      <h1 id="webhooks-title">{t('webhooks.title')}</h1>
      <p className="muted">{t('webhooks.intro')}</p>
      <p><Link to="/admin/webhooks/new">{t('webhooks.new')}</Link></p>
      {endpoints.length === 0 ? (
        <p role="status">{t('webhooks.empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('webhooks.col.url')}</th>
              <th scope="col">{t('webhooks.col.events')}</th>
              <th scope="col">{t('webhooks.col.status')}</th>
              <th scope="col">{t('webhooks.col.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link to={`/admin/webhooks/${e.id}`} aria-label={t('webhooks.open', { url: e.url })}>{e.url}</Link>
                  {e.description && <div className="muted">{e.description}</div>}
                </td>
                <td>{e.eventKinds.map((k) => t(eventLabel(k))).join(', ')}</td>
                <td>
                  <span className={`webhook-status webhook-status-${e.status}`}>{t(`webhooks.status.${e.status}` as MessageKey)}</span>
                  {e.pausedAt && <div className="muted">{t('webhooks.paused', { at: dateTime(e.pausedAt), reason: e.pauseReason ?? '' })}</div>}
                </td>
                <td>{e.createdBy.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
