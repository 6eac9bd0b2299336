import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { Crumb, QueryState } from '../admin/admin-common';
import { ReadLogTable } from './ReadLogTable';

const Agencies = graphql(`
  query ReadLogAgencies($search: String) {
    agencies(first: 100, search: $search) { edges { node { id name } } }
  }
`);

/** /admin/sekretess?agency=…: an agency's log of reads of its confidential cases, for admins (the agency's security contact has it in the customer web). */
export default function ReadLogScreen() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agency') ?? '';
  // About 150 agencies: a search narrows the list to choose from.
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }] = useQuery({ query: Agencies, variables: { search: search.trim() || null } });
  return (
    <section className="admin" aria-labelledby="read-log-title">
      <Crumb />
      <h1 id="read-log-title">{t('readLog.title')}</h1>
      <p className="muted">{t('readLog.intro')}</p>
      <QueryState fetching={fetching} error={error} hasData={!!data} />
      <label>
        {t('readLog.agency.search')}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <label>
        {t('readLog.agency')}
        <select value={agencyId} onChange={(e) => setParams(e.target.value ? { agency: e.target.value } : {})}>
          <option value="">{t('readLog.agency.choose')}</option>
          {data?.agencies.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name}</option>)}
        </select>
      </label>
      {agencyId && <ReadLogTable key={agencyId} agencyId={agencyId} caseLink={(number) => `/tickets/${number}`} />}
    </section>
  );
}
