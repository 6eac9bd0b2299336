import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import { useNumbers } from '../../reports/format';
import { OrderForm } from './OrderForm';
import { CustomerOrdersQuery } from './queries';

const FIRST = 50;

/** The agency's orders with their status in plain words, and the ordering form for its authorised orderers only. */
export function OrdersHome() {
  const { t, dateTime } = useI18n();
  const n = useNumbers();
  const [{ data, error, fetching }, refetch] = useQuery({ query: CustomerOrdersQuery, variables: { first: FIRST } });
  useEffect(() => {
    document.title = `${t('customerOrders.title')} · ${t('customer.name')}`;
  }, [t]);
  const orders = data?.serviceOrders.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="orders-title" className="cw-orders">
      <h1 id="orders-title">{t('customerOrders.title')}</h1>
      <p className="customer-lead">{t('customerOrders.intro')}</p>
      {error && <ApiError error={error} />}
      {fetching && !data && <p role="status">{t('app.loading')}</p>}
      {data && (data.mayOrderServices ? (
        <OrderForm onPlaced={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <div className="cw-note" data-testid="who-may-order">
          <h2>{t('customerOrders.whoMay.title')}</h2>
          <p>{t('customerOrders.whoMay.text')}</p>
          <p>{t('customerOrders.whoMay.owner')} <Link to="/kundwebb/myndighet#kontakter">{t('customerOrders.whoMay.contacts')}</Link></p>
        </div>
      ))}
      {data && (
        <section aria-labelledby="orders-list-title">
          <h2 id="orders-list-title">{t('customerOrders.list.title')}</h2>
          {orders.length === 0 ? (
            <p className="empty">{t('customerOrders.list.empty')}</p>
          ) : (
            <table className="cw-table">
              <caption className="sr-only">{t('customerOrders.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('customerOrders.col.title')}</th>
                  <th scope="col">{t('customerOrders.col.case')}</th>
                  <th scope="col">{t('customerOrders.col.kind')}</th>
                  <th scope="col">{t('customerOrders.col.status')}</th>
                  <th scope="col" className="num">{t('customerOrders.col.estimate')}</th>
                  <th scope="col">{t('customerOrders.col.quote')}</th>
                  <th scope="col">{t('customerOrders.col.ordered')}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id} data-order={o.title}>
                    <th scope="row"><Link to={`/kundwebb/bestallningar/${encodeURIComponent(o.id)}`}>{o.title}</Link></th>
                    <td>{o.ticket ? <Link to={`/kundwebb/arenden/${o.ticket.number}`}>{o.ticket.number}</Link> : '–'}</td>
                    <td>{t(`customerOrders.kind.${o.kind}`)}</td>
                    <td data-status={o.status}>{t(`customerOrders.status.${o.status}`)}</td>
                    <td className="num">{o.estimatedHours == null ? '–' : t('customerOrders.hours', { hours: n.hours(o.estimatedHours) })}</td>
                    <td>{o.quote ? t('customerOrders.quote.yes') : t('customerOrders.quote.no')}</td>
                    <td><time dateTime={o.orderedAt}>{dateTime(o.orderedAt)}</time></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data.serviceOrders.totalCount > orders.length && <p className="muted">{t('customerOrders.list.more', { shown: orders.length, total: data.serviceOrders.totalCount })}</p>}
        </section>
      )}
    </section>
  );
}
