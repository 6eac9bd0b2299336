import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';

const STAFF: Role[] = ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'];

const StaffOptions = graphql(`
  query DirStaffOptions($search: String, $role: Role) {
    users(first: 100, search: $search, role: $role) { edges { node { id name email role active } } }
  }
`);

/** Choosing an active staff member (of one role, if given): a narrowing box and a select of the matches. */
export function StaffPicker({ id, value, onChange, exclude = [], role, label, ...aria }: {
  label?: string;
  id: string;
  value: string;
  onChange(id: string): void;
  exclude?: string[];
  role?: Role;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({ query: StaffOptions, variables: { search: search || null, role: role ?? null } });
  const options = (data?.users.edges.map((e) => e.node) ?? []).filter((u) => u.active && STAFF.includes(u.role) && !exclude.includes(u.id));
  return (
    <span className="agency-picker">
      <input type="search" aria-label={label ? `${label}: ${t('dir.users.filter.search')}` : t('dir.users.filter.search')} placeholder={t('dir.users.filter.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
        <option value="">—</option>
        {options.map((u) => (
          <option key={u.id} value={u.id}>{u.name} ({t(`role.${u.role}` as MessageKey)})</option>
        ))}
      </select>
    </span>
  );
}
