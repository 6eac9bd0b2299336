import { useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';

const Agencies = graphql(`
  query ReportAgencies($search: String, $first: Int!) {
    agencies(search: $search, first: $first) { totalCount edges { node { id name } } }
  }
`);

const AgencyName = graphql(`
  query ReportAgencyName($id: ID!) {
    node(id: $id) { id __typename ... on Agency { name } }
  }
`);

const FIRST = 50;

/**
 * The agency filter: a search box narrowing the list (some 150 agencies), and the list itself. The
 * chosen agency stays in the list whatever the search. Who may report on which agency is the API's
 * answer (an error at the field), not this list's.
 */
export function AgencyPicker({ value, onChange, invalid, describedBy }: { value: string | null; onChange(id: string | null): void; invalid?: boolean; describedBy?: string }) {
  const { t } = useI18n();
  const id = useId();
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({ query: Agencies, variables: { search: search.trim() || null, first: FIRST } });
  const [{ data: chosen }] = useQuery({ query: AgencyName, variables: { id: value ?? '' }, pause: !value });
  const options = useMemo(() => {
    const list = data?.agencies.edges.map((e) => e.node) ?? [];
    const current = chosen?.node && chosen.node.__typename === 'Agency' ? { id: chosen.node.id, name: chosen.node.name } : value ? { id: value, name: '…' } : null;
    return current && !list.some((a) => a.id === current.id) ? [current, ...list] : list;
  }, [data, chosen, value]);
  return (
    <div className="agency-picker">
      <label htmlFor={`${id}-search`}>{t('reports.filter.agencySearch')}</label>
      <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <label htmlFor={`${id}-agency`}>{t('reports.filter.agency')}</label>
      <select id={`${id}-agency`} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} aria-invalid={invalid || undefined} aria-describedby={describedBy}>
        <option value="">{t('reports.filter.allAgencies')}</option>
        {options.map((a) => (
          <option key={a.id} value={a.id}>{a.name}</option>
        ))}
      </select>
      {data && data.agencies.totalCount > FIRST && <span className="muted small">{t('reports.filter.agencyMore', { shown: FIRST, total: data.agencies.totalCount })}</span>}
    </div>
  );
}
