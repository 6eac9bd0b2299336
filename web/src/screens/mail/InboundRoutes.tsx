import { useEffect, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { InboundMailStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { QueryState } from '../admin/admin-common';
import '../admin/admin.css';
import './mail.css';

const InboundMails = graphql(`
  query MailInList($first: Int, $after: String, $statuses: [InboundMailStatus!]) {
    inboundMails(first: $first, after: $after, statuses: $statuses) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id receivedAt fromName fromAddress envelopeFrom subject status outcome note text rawSource ticket { id number } } }
    }
  }
`);

const STATUSES: readonly InboundMailStatus[] = ['NEEDS_REVIEW', 'RECEIVED', 'PROCESSED', 'IGNORED'];
const PAGE = 25;

/**
 * `/mail/inbound`: what the desk received by mail, newest first, by status (NEEDS_REVIEW by
 * default: what waits for an agent), each mail's text, note and case; its source for admins.
 */
export default function InboundRoutes() {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'NEEDS_REVIEW';
  const after = params.get('after');
  const statuses = status === 'ALL' ? null : [status as InboundMailStatus];
  const [{ data, fetching, error }] = useQuery({ query: InboundMails, variables: { first: PAGE, after, statuses }, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = `${t('mailIn.title')} · ${t('app.name')}`;
  }, [t]);

  const filter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setParams(new URLSearchParams({ status: String(new FormData(e.currentTarget).get('status')) }));
  };
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    setParams(next);
  };
  const rows = data?.inboundMails.edges ?? [];

  return (
    <section className="admin mail-in" aria-labelledby="mail-in-title">
      <h1 id="mail-in-title">{t('mailIn.title')}</h1>
      <p className="muted">{t('mailIn.intro')}</p>
      <form className="mail-out-filters" aria-label={t('mail.out.filters')} onSubmit={filter} key={status}>
        <label>
          {t('mailIn.status')}
          <select name="status" defaultValue={status}>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`mailIn.status.${s}` as MessageKey)}</option>)}
            <option value="ALL">{t('mailIn.any')}</option>
          </select>
        </label>
        <button type="submit">{t('mailIn.show')}</button>
      </form>
      <QueryState fetching={fetching} error={error} hasData={!!data} />
      {data && <p className="muted" role="status">{t('mailIn.count', { count: String(data.inboundMails.totalCount) })}</p>}
      {data && rows.length === 0 && <p>{t('mailIn.empty')}</p>}
      {rows.length > 0 && (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('mailIn.received')}</th>
              <th scope="col">{t('mailIn.from')}</th>
              <th scope="col">{t('mailIn.subject')}</th>
              <th scope="col">{t('mailIn.status')}</th>
              <th scope="col">{t('mailIn.outcome')}</th>
              <th scope="col">{t('mailIn.ticket')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ cursor, node: m }) => (
              <tr key={cursor}>
                <td className="num">{dateTime(m.receivedAt)}</td>
                <td>{m.fromName ? `${m.fromName} <${m.fromAddress ?? ''}>` : (m.fromAddress ?? m.envelopeFrom ?? '—')}</td>
                <td>
                  <details>
                    <summary>{m.subject || t('mailIn.noSubject')}</summary>
                    {m.note && <p><strong>{t('mailIn.note')}:</strong> {m.note}</p>}
                    <p><strong>{t('mailIn.text')}:</strong></p>
                    {m.text ? <pre className="mail-text">{m.text}</pre> : <p>{t('mailIn.noText')}</p>}
                    {m.rawSource && (
                      <details>
                        <summary>{t('mailIn.raw')}</summary>
                        <pre className="mail-text">{m.rawSource}</pre>
                      </details>
                    )}
                  </details>
                </td>
                <td>{t(`mailIn.status.${m.status}` as MessageKey)}</td>
                <td>{m.outcome ? t(`mailIn.outcome.${m.outcome}` as MessageKey) : '—'}</td>
                <td>{m.ticket ? <Link to={`/tickets/${m.ticket.number}`}>{m.ticket.number}</Link> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mail-out-pages">
        {after && <button type="button" onClick={() => page(null)}>{t('mailIn.first')}</button>}
        {data?.inboundMails.pageInfo.hasNextPage && <button type="button" onClick={() => page(data.inboundMails.pageInfo.endCursor ?? null)}>{t('mailIn.more')}</button>}
      </p>
    </section>
  );
}
