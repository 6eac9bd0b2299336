import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ApiError } from '../../../components/ApiError';
import { graphql } from '../../../gql';
import type { TicketFilter } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { casePath, OPEN_STATUSES, statusKey } from './caseStatus';

const PAGE = 20;

const CustomerCases = graphql(`
  query CustomerCases($filter: TicketFilter!, $first: Int!, $after: String) {
    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id number title status createdAt service { id name } } }
    }
  }
`);

interface PageState {
  total: number;
  next: string | null;
}

/** One page of cases (its own query, so earlier pages stay as they are when more are shown). */
function CaseRows({ filter, after, index, onPage }: { filter: TicketFilter; after: string | null; index: number; onPage(index: number, page: PageState): void }) {
  const { t, dateTime } = useI18n();
  const [{ data, error }] = useQuery({ query: CustomerCases, variables: { filter, first: PAGE, after } });
  const conn = data?.tickets;
  const total = conn?.totalCount;
  const next = conn?.pageInfo.hasNextPage ? conn.pageInfo.endCursor ?? null : null;
  useEffect(() => {
    if (total !== undefined) onPage(index, { total, next });
  }, [index, total, next, onPage]);
  if (error) return <li><ApiError error={error} /></li>;
  return (
    <>
      {(conn?.edges ?? []).map(({ node }) => (
        <li key={node.id} className="case-row">
          <Link to={casePath(node.number)} className="case-row-title">{node.title}</Link>
          <span className={`case-status case-status-${node.status}`}>{t(statusKey(node.status))}</span>
          <dl className="case-row-facts">
            <div><dt>{t('customerCases.col.case')}</dt><dd>{node.number}</dd></div>
            <div><dt>{t('customerCases.col.service')}</dt><dd>{node.service?.name ?? t('customerCases.noService')}</dd></div>
            <div><dt>{t('customerCases.col.registered')}</dt><dd>{dateTime(node.createdAt)}</dd></div>
          </dl>
        </li>
      ))}
    </>
  );
}

/** The cases of one filter, page after page ("Visa fler"); remounted when the filter changes. */
function CaseListBody({ filter, all }: { filter: TicketFilter; all: boolean }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [states, setStates] = useState<PageState[]>([]);
  const onPage = useCallback((index: number, page: PageState) => setStates((s) => Object.assign([...s], { [index]: page })), []);
  const last = states[cursors.length - 1];
  const total = states[0]?.total;
  return (
    <>
      <p role="status" className="case-count">{total === undefined ? t('customerCases.loading') : t('customerCases.count', { count: total })}</p>
      {total === 0 && (
        <div className="case-empty">
          <p>{t(all ? 'customerCases.empty.all' : 'customerCases.empty.open')}</p>
          <Link to="/kundwebb/nytt">{t('customerCases.newCase')}</Link>
        </div>
      )}
      <ul className="case-list" aria-labelledby="cases-title">
        {cursors.map((after, i) => (
          <CaseRows key={after ?? ''} filter={filter} after={after} index={i} onPage={onPage} />
        ))}
      </ul>
      {last?.next && (
        <button type="button" className="case-more" onClick={() => setCursors([...cursors, last.next])}>
          {t('customerCases.more')}
        </button>
      )}
    </>
  );
}

/** The agency's cases, newest first: open ones or all (in the URL, ?visa=alla). */
export function CaseList() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const all = params.get('visa') === 'alla';
  const filter: TicketFilter = all ? {} : { status: OPEN_STATUSES };
  const choose = (show: 'open' | 'all') => setParams(show === 'all' ? { visa: 'alla' } : {}, { replace: true });
  return (
    <section aria-labelledby="cases-title" className="customer-cases">
      <h1 id="cases-title">{t('customerCases.title')}</h1>
      <p className="customer-lead">{t('customerCases.intro')}</p>
      <fieldset className="case-filter">
        <legend>{t('customerCases.show')}</legend>
        {(['open', 'all'] as const).map((show) => (
          <label key={show}>
            <input type="radio" name="show" checked={(show === 'all') === all} onChange={() => choose(show)} />
            {t(show === 'all' ? 'customerCases.show.all' : 'customerCases.show.open')}
          </label>
        ))}
      </fieldset>
      <CaseListBody key={all ? 'all' : 'open'} filter={filter} all={all} />
    </section>
  );
}
