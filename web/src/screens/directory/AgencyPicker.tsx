import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';

const AgencyOptions = graphql(`
  query DirAgencyOptions($search: String) {
    agencies(first: 100, search: $search) { edges { node { id name } } }
  }
`);

/**
 * Choosing one of ~150 agencies: a select of those whose name contains what is typed in the
 * narrowing box (the first 100), the chosen one always kept among the options.
 */
export function AgencyPicker({ id, value, onChange, label, current, allowNone, ...aria }: {
  id: string;
  value: string;
  onChange(id: string): void;
  label: string;
  current?: { id: string; name: string } | null;
  allowNone?: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({ query: AgencyOptions, variables: { search: search || null } });
  const options: { id: string; name: string }[] = data?.agencies.edges.map((e) => e.node) ?? [];
  if (current && !options.some((o) => o.id === current.id)) options.unshift(current);
  return (
    <span className="agency-picker">
      <input
        type="search"
        aria-label={`${label}: ${t('dir.search')}`}
        placeholder={t('dir.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
        {allowNone !== undefined && <option value="">{allowNone}</option>}
        {options.map((a) => (
          <option key={a.id} value={a.id}>{a.name}</option>
        ))}
      </select>
    </span>
  );
}
