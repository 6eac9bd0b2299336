import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../../auth';
import { graphql } from '../../gql';
import type { OrderStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AgencyPicker } from './AgencyPicker';
import { downloadWithToken } from './download';
import { errorField, isForbidden } from './errors';
import { useUrlFilters } from './filters';
import { monthOf, useNumbers } from './format';
import { apiErrorMessage } from '../../components/ApiError';

const Orders = graphql(`
  query ConsoleServiceOrders($agencyId: ID, $status: OrderStatus, $first: Int!) {
    serviceOrders(agencyId: $agencyId, status: $status, first: $first) {
      totalCount
      edges {
        node {
          id kind status title orderedAt estimatedHours reportedHours hourlyPrice monthlyPrice
          agency { id name }
          ticket { id number }
          orderedBy { id name }
        }
      }
    }
  }
`);

const Invoice = graphql(`
  query ConsoleInvoiceBasis($month: String!, $agencyId: ID) {
    invoiceBasis(month: $month, agencyId: $agencyId) {
      month rule total
      totals { total agency { id name } }
      lines { kind reference description hours unitPrice total deliveryApprovedOn agency { id name } }
    }
  }
`);

const STATUSES: OrderStatus[] = ['REQUESTED', 'QUOTED', 'ORDERED', 'DELIVERED', 'APPROVED', 'CANCELLED'];
const FIRST = 50;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function OrdersSection({ agencyId, status, setStatus }: { agencyId: string | null; status: OrderStatus | null; setStatus(s: string): void }) {
  const { t, dateTime } = useI18n();
  const n = useNumbers();
  const [{ data, error }] = useQuery({ query: Orders, variables: { agencyId, status, first: FIRST } });
  if (isForbidden(error)) return null;
  const orders = data?.serviceOrders.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="orders-heading" data-section="serviceOrders">
      <h2 id="orders-heading">{t('reports.orders')}</h2>
      <label>
        {t('reports.col.status')}{' '}
        <select value={status ?? ''} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('reports.filter.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{t(`reports.order.${s}`)}</option>
          ))}
        </select>
      </label>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && orders.length === 0 && <p className="empty">{t('reports.orders.empty')}</p>}
      {orders.length > 0 && (
        <table className="tickets orders">
          <caption className="sr-only">{t('reports.orders')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.ordered')}</th>
              <th scope="col">{t('reports.col.agency')}</th>
              <th scope="col">{t('reports.col.ticket')}</th>
              <th scope="col">{t('reports.col.kind')}</th>
              <th scope="col">{t('reports.col.title')}</th>
              <th scope="col">{t('reports.col.status')}</th>
              <th scope="col" className="num">{t('reports.col.hours')}</th>
              <th scope="col" className="num">{t('reports.col.price')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td><time dateTime={o.orderedAt}>{dateTime(o.orderedAt)}</time></td>
                <td>{o.agency.name}</td>
                <td>{o.ticket ? <Link to={`/tickets/${o.ticket.number}`}>{o.ticket.number}</Link> : '–'}</td>
                <td>{t(`reports.orderKind.${o.kind}`)}</td>
                <td>{o.title}</td>
                <td>{t(`reports.order.${o.status}`)}</td>
                <td className="num">{o.kind === 'SPECIAL' ? `${n.hours(o.reportedHours)} / ${n.hours(o.estimatedHours)}` : '–'}</td>
                <td className="num">
                  {o.monthlyPrice != null ? t('reports.price.monthly', { price: n.money(o.monthlyPrice) }) : o.hourlyPrice != null ? t('reports.price.hourly', { price: n.money(o.hourlyPrice) }) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.serviceOrders.totalCount > orders.length && <p className="muted">{t('reports.more', { shown: orders.length, total: data.serviceOrders.totalCount })}</p>}
    </section>
  );
}

function InvoiceSection({ agencyId, month, setMonth }: { agencyId: string | null; month: string; setMonth(m: string): void }) {
  const { t } = useI18n();
  const n = useNumbers();
  const { token } = useAuth();
  const [{ data, error }] = useQuery({ query: Invoice, variables: { month, agencyId } });
  const [download, setDownload] = useState<{ busy?: boolean; done?: string; failed?: string }>({});
  if (isForbidden(error)) return null;
  const basis = data?.invoiceBasis;
  const save = async () => {
    if (!token) return;
    setDownload({ busy: true });
    try {
      const q = agencyId ? `?${new URLSearchParams({ agencyId })}` : '';
      setDownload({ done: await downloadWithToken(`/invoices/${month}.csv${q}`, token, `invoices-${month}.csv`) });
    } catch (e) {
      setDownload({ failed: (e as Error).message });
    }
  };
  const monthInvalid = errorField(error) === 'month';
  return (
    <section aria-labelledby="invoice-heading" data-section="invoiceBasis">
      <h2 id="invoice-heading">{t('reports.invoice', { month })}</h2>
      <div className="downloads">
        <label>
          {t('reports.filter.month')}{' '}
          <input type="month" value={month} onChange={(e) => MONTH.test(e.target.value) && setMonth(e.target.value)} aria-invalid={monthInvalid || undefined} />
        </label>
        <button type="button" onClick={() => void save()} disabled={!basis || download.busy}>{t('reports.download.invoiceCsv')}</button>
        <span role="status" className="muted">{download.busy ? t('reports.download.busy') : download.done ? t('reports.download.done', { name: download.done }) : ''}</span>
        {download.failed && <p role="alert" className="error">{t('reports.download.failed', { message: download.failed })}</p>}
      </div>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {basis && basis.lines.length === 0 && <p className="empty">{t('reports.invoice.empty', { month })}</p>}
      {basis && basis.lines.length > 0 && (
        <table className="tickets invoice">
          <caption className="sr-only">{t('reports.invoice', { month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.agency')}</th>
              <th scope="col">{t('reports.col.kind')}</th>
              <th scope="col">{t('reports.col.reference')}</th>
              <th scope="col">{t('reports.col.description')}</th>
              <th scope="col" className="num">{t('reports.col.hours')}</th>
              <th scope="col" className="num">{t('reports.col.unitPrice')}</th>
              <th scope="col" className="num">{t('reports.col.total')}</th>
              <th scope="col">{t('reports.col.approved')}</th>
            </tr>
          </thead>
          <tbody>
            {basis.lines.map((l, i) => (
              <tr key={`${l.reference}-${i}`}>
                <td>{l.agency.name}</td>
                <td>{t(`reports.orderKind.${l.kind}`)}</td>
                <td>{l.reference}</td>
                <td>{l.description}</td>
                <td className="num">{n.hours(l.hours)}</td>
                <td className="num">{n.money(l.unitPrice)}</td>
                <td className="num">{n.money(l.total)}</td>
                <td>{l.deliveryApprovedOn ?? '–'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {basis.totals.map((tot) => (
              <tr key={tot.agency.id}>
                <th scope="row" colSpan={6}>{t('reports.invoice.agencyTotal', { agency: tot.agency.name })}</th>
                <td className="num">{n.money(tot.total)}</td>
                <td />
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={6}>{t('reports.invoice.total')}</th>
              <td className="num" data-figure="invoiceTotal">{n.money(basis.total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {basis && <p className="muted small">{basis.rule}</p>}
    </section>
  );
}

/** Service orders and the month's invoice basis; each section only for who the API lets read it. */
export function OrdersPage() {
  const { t } = useI18n();
  const { get, set } = useUrlFilters();
  const agency = get('agency');
  const status = STATUSES.find((s) => s === get('status')) ?? null;
  const month = MONTH.test(get('month') ?? '') ? get('month')! : monthOf(new Date());
  useEffect(() => {
    document.title = `${t('reports.tab.orders')} · ${t('app.name')}`;
  }, [t]);
  return (
    <div className="orders-page">
      <form className="report-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <AgencyPicker value={agency} onChange={(id) => set({ agency: id })} />
      </form>
      <OrdersSection agencyId={agency} status={status} setStatus={(s) => set({ status: s || null })} />
      <InvoiceSection agencyId={agency} month={month} setMonth={(m) => set({ month: m })} />
    </div>
  );
}
