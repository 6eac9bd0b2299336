import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';

const ReadLog = graphql(`
  query ConfidentialReadLog($agencyId: ID!, $before: ID) {
    confidentialReadLog(agencyId: $agencyId, first: 50, before: $before) { id at readerName ticketNumber commentId path }
  }
`);

/**
 * The reads of an agency's confidential cases and comments (sekretess), newest first, 50 at a time
 * with "older" paging: who read which case, when and where. For the agency's information-security
 * contact (customer web) and admins (console); the API decides, and its FORBIDDEN shows as an error.
 */
export function ReadLogTable({ agencyId, caseLink }: { agencyId: string; caseLink: (number: string) => string }) {
  const { t, dateTime } = useI18n();
  // The pages seen so far, by the id each started before: "newer" goes back one.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const before = pages[pages.length - 1];
  const [{ data, error, fetching }, reload] = useQuery({ query: ReadLog, variables: { agencyId, before }, requestPolicy: 'cache-and-network' });
  const rows = data?.confidentialReadLog ?? [];
  return (
    <div className="read-log">
      {error && <ApiError error={error} />}
      {fetching && !data && <p role="status">{t('app.loading')}</p>}
      {data && rows.length === 0 && <p className="empty">{pages.length > 1 ? t('readLog.noOlder') : t('readLog.empty')}</p>}
      {rows.length > 0 && (
        <table className="admin-table cw-table" aria-label={t('readLog.table')}>
          <thead>
            <tr>
              <th scope="col">{t('readLog.col.when')}</th>
              <th scope="col">{t('readLog.col.reader')}</th>
              <th scope="col">{t('readLog.col.case')}</th>
              <th scope="col">{t('readLog.col.what')}</th>
              <th scope="col">{t('readLog.col.where')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{dateTime(r.at)}</td>
                <td>{r.readerName}</td>
                <td><Link to={caseLink(r.ticketNumber)}>{r.ticketNumber}</Link></td>
                <td>{r.commentId ? t('readLog.what.comment') : t('readLog.what.case')}</td>
                <td>{t(`readLog.path.${r.path}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="read-log-paging">
        {pages.length > 1 && <button type="button" onClick={() => setPages(pages.slice(0, -1))}>{t('readLog.newer')}</button>}
        {rows.length === 50 && <button type="button" onClick={() => setPages([...pages, rows[rows.length - 1].id])}>{t('readLog.older')}</button>}
        <button type="button" onClick={() => reload({ requestPolicy: 'network-only' })}>{t('readLog.refresh')}</button>
      </p>
    </div>
  );
}
