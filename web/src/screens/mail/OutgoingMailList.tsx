import { useEffect, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MailKind, OutgoingMailStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { QueryState } from '../admin/admin-common';

const OutgoingMails = graphql(`
  query MailOutList($first: Int, $after: String, $status: OutgoingMailStatus, $kind: MailKind) {
    outgoingMails(first: $first, after: $after, status: $status, kind: $kind) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id kind toAddress toName subject status attempts createdAt ticket { id number } } }
    }
  }
`);

export const STATUSES: readonly OutgoingMailStatus[] = ['QUEUED', 'SENT', 'CAUGHT', 'FAILED'];
export const KINDS: readonly MailKind[] = ['RECEIPT', 'PUBLIC_COMMENT', 'RESOLUTION', 'STAFF_REDIRECT', 'VENDOR_REFERRAL', 'ORDER_APPROVAL_REQUEST', 'DIRECT_ORDER', 'SLA_BREACH', 'WEBHOOK_PAUSED', 'MAJOR_INCIDENT'];
const PAGE = 25;

/** `/admin/mail`: outgoing mail, newest first, filtered by status and kind in the URL (bookmarkable, paged by `after`). */
export function OutgoingMailList() {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OutgoingMailStatus | null) || null;
  const kind = (params.get('kind') as MailKind | null) || null;
  const after = params.get('after');
  const [{ data, fetching, error }] = useQuery({ query: OutgoingMails, variables: { first: PAGE, after, status, kind }, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = `${t('mail.out.title')} · ${t('app.name')}`;
  }, [t]);

  const filter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['status', 'kind']) if (form.get(key)) next.set(key, String(form.get(key)));
    setParams(next);
  };
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    setParams(next);
  };
  const rows = data?.outgoingMails.edges ?? [];

  return (
    <section className="admin mail-out" aria-labelledby="mail-out-title">
      <p className="admin-crumb"><Link to="/admin">{t('admin.back')}</Link></p>
      <h1 id="mail-out-title">{t('mail.out.title')}</h1>
      <p className="muted">{t('mail.out.intro')}</p>
      <form className="mail-out-filters" aria-label={t('mail.out.filters')} onSubmit={filter} key={`${status}-${kind}`}>
        <label>
          {t('mail.out.status')}
          <select name="status" defaultValue={status ?? ''}>
            <option value="">{t('mail.out.any')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`mail.status.${s}` as MessageKey)}</option>)}
          </select>
        </label>
        <label>
          {t('mail.out.kind')}
          <select name="kind" defaultValue={kind ?? ''}>
            <option value="">{t('mail.out.any')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t(`mail.kind.${k}` as MessageKey)}</option>)}
          </select>
        </label>
        <button type="submit">{t('mail.out.filter')}</button>
      </form>
      <QueryState fetching={fetching} error={error} hasData={!!data} />
      {data && <p className="muted" role="status">{t('mail.out.count', { count: String(data.outgoingMails.totalCount) })}</p>}
      {data && rows.length === 0 && <p>{t('mail.out.empty')}</p>}
      {rows.length > 0 && (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('mail.out.created')}</th>
              <th scope="col">{t('mail.out.subject')}</th>
              <th scope="col">{t('mail.out.to')}</th>
              <th scope="col">{t('mail.out.kind')}</th>
              <th scope="col">{t('mail.out.status')}</th>
              <th scope="col">{t('mail.out.ticket')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ cursor, node: m }) => (
              <tr key={cursor}>
                <td className="num">{dateTime(m.createdAt)}</td>
                <td><Link to={`/admin/mail/${encodeURIComponent(m.id)}`}>{m.subject}</Link></td>
                <td>{m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress}</td>
                <td>{t(`mail.kind.${m.kind}` as MessageKey)}</td>
                <td><span className={`mail-status mail-status-${m.status.toLowerCase()}`}>{t(`mail.status.${m.status}` as MessageKey)}</span>{m.attempts > 0 && ` (${m.attempts})`}</td>
                <td>{m.ticket ? <Link to={`/tickets/${m.ticket.number}`}>{m.ticket.number}</Link> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mail-out-pages">
        {after && <button type="button" onClick={() => page(null)}>{t('mail.out.first')}</button>}
        {data?.outgoingMails.pageInfo.hasNextPage && <button type="button" onClick={() => page(data.outgoingMails.pageInfo.endCursor ?? null)}>{t('mail.out.more')}</button>}
      </p>
    </section>
  );
}
