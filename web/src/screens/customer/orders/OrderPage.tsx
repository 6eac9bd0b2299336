import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/sv';
import { useNumbers } from '../../reports/format';
import { CustomerApproveDelivery, CustomerOrderQuery, CustomerSignQuote } from './queries';

type Step = { key: MessageKey; at: string | null | undefined; by?: string };

/** One order: what was ordered, the estimate, the quote, its history, and the orderer's next step (sign the quote, approve the delivery). */
export function OrderPage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useI18n();
  const n = useNumbers();
  const [{ data, error, fetching }] = useQuery({ query: CustomerOrderQuery, variables: { id } });
  const [sign, signQuote] = useMutation(CustomerSignQuote);
  const [approve, approveDelivery] = useMutation(CustomerApproveDelivery);
  const [refused, setRefused] = useState<string[]>([]);
  const order = data?.node?.__typename === 'ServiceOrder' ? data.node : null;
  useEffect(() => {
    document.title = `${order?.title ?? t('customerOrders.order')} · ${t('customer.name')}`;
  }, [t, order?.title]);
  if (error) return <ApiError error={error} />;
  if (fetching && !data) return <p role="status">{t('app.loading')}</p>;
  if (!order)
    return (
      <section>
        <h1>{t('customerOrders.order.missing')}</h1>
        <p><Link to="/kundwebb/bestallningar">{t('customerOrders.back')}</Link></p>
      </section>
    );
  const refusal = (error: { message: string } | undefined, userErrors: readonly { message: string }[] | undefined) => setRefused(error ? [error.message] : (userErrors ?? []).map((e) => e.message));
  const onSign = async () => {
    const r = await signQuote({ orderId: order.id });
    refusal(r.error, r.data?.acceptServiceOrderQuote.userErrors);
  };
  const onApprove = async () => {
    const r = await approveDelivery({ orderId: order.id });
    refusal(r.error, r.data?.approveServiceOrderDelivery.userErrors);
  };
  const steps: Step[] = [
    { key: 'customerOrders.history.ordered', at: order.orderedAt, by: order.orderedBy?.name },
    { key: 'customerOrders.history.quoted', at: order.quotedAt },
    { key: 'customerOrders.history.signed', at: order.acceptedAt },
    { key: 'customerOrders.history.confirmed', at: order.confirmedAt },
    { key: 'customerOrders.history.delivered', at: order.deliveredAt },
    { key: 'customerOrders.history.approved', at: order.deliveryApprovedAt },
  ];
  const done = steps.filter((s) => s.at).sort((a, b) => a.at!.localeCompare(b.at!));
  const price = order.monthlyPrice != null ? t('customerOrders.price.monthly', { price: n.money(order.monthlyPrice) }) : order.hourlyPrice != null ? t('customerOrders.price.hourly', { price: n.money(order.hourlyPrice) }) : null;
  return (
    <article aria-labelledby="order-title" className="cw-orders cw-order">
      <p><Link to="/kundwebb/bestallningar">{t('customerOrders.back')}</Link></p>
      <h1 id="order-title">{order.title}</h1>
      <p className="cw-status" data-status={order.status}>
        <strong>{t('customerOrders.col.status')}:</strong> {t(`customerOrders.status.${order.status}`)}
      </p>
      <dl className="cw-facts">
        <div><dt>{t('customerOrders.col.kind')}</dt><dd>{t(`customerOrders.kind.${order.kind}`)}</dd></div>
        <div><dt>{t('customerOrders.col.case')}</dt><dd>{order.ticket ? <><Link to={`/kundwebb/arenden/${order.ticket.number}`}>{order.ticket.number}</Link>{` – ${order.ticket.title}`}</> : '–'}</dd></div>
        {order.estimatedHours != null && <div><dt>{t('customerOrders.col.estimate')}</dt><dd data-figure="estimate">{t('customerOrders.hours', { hours: n.hours(order.estimatedHours) })}</dd></div>}
        {order.kind === 'SPECIAL' && <div><dt>{t('customerOrders.reported')}</dt><dd>{t('customerOrders.hours', { hours: n.hours(order.reportedHours) })}</dd></div>}
        {price && <div><dt>{t('customerOrders.price')}</dt><dd>{price}</dd></div>}
      </dl>
      <h2>{t('customerOrders.description')}</h2>
      <p className="cw-text">{order.description}</p>
      {order.quote && (
        <section aria-labelledby="quote-title" className="cw-quote">
          <h2 id="quote-title">{t('customerOrders.quote')}</h2>
          <p className="cw-text">{order.quote}</p>
        </section>
      )}
      {data?.mayOrderServices && order.status === 'QUOTED' && (
        <div className="cw-action">
          <p>{t('customerOrders.sign.text')}</p>
          <button type="button" disabled={sign.fetching} onClick={() => void onSign()}>
            {t('customerOrders.sign')}
          </button>
        </div>
      )}
      {data?.mayOrderServices && order.status === 'DELIVERED' && (
        <div className="cw-action">
          <p>{t('customerOrders.approve.text')}</p>
          <button type="button" disabled={approve.fetching} onClick={() => void onApprove()}>
            {t('customerOrders.approve')}
          </button>
        </div>
      )}
      {!data?.mayOrderServices && (order.status === 'QUOTED' || order.status === 'DELIVERED') && <p className="cw-note">{t('customerOrders.waitsForOrderer')}</p>}
      {refused.length > 0 && <p role="alert" className="error">{refused.join(' ')}</p>}
      <h2>{t('customerOrders.history')}</h2>
      <ol className="cw-history">
        {done.map((s) => (
          <li key={s.key}>
            <time dateTime={s.at!}>{dateTime(s.at!)}</time> {t(s.key)}{s.by ? ` (${s.by})` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}
