import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DirectoryAuditAction } from '../../gql/graphql';
import { useI18n, type Translate } from '../../i18n/i18n';
import { sv, type MessageKey } from '../../i18n/sv';
import { QueryState } from './shared';

const Audit = graphql(`
  query DirAuditList($agencyId: ID, $userId: ID, $groupId: ID) {
    directoryAudit(agencyId: $agencyId, userId: $userId, groupId: $groupId, first: 50) {
      totalCount
      edges { cursor node { at action actor { id name } agency { id name } user { id name } group { id name } changes { field from to } } }
    }
  }
`);

/** The label of a changed field, from the forms' own labels. */
const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'dir.user.name',
  email: 'dir.user.email',
  role: 'dir.user.role',
  agency: 'dir.users.filter.agency',
  phone: 'dir.user.phone',
  knowledgeEditor: 'dir.user.knowledgeEditor',
  active: 'dir.user.status',
  organisationNumber: 'dir.agency.organisationNumber',
  employeeCount: 'dir.agency.employeeCount',
  tier: 'dir.group.tier',
  kind: 'dir.group.kind',
  serviceArea: 'dir.group.area',
};

/** A changed value in words: yes/no, a role, kind or tier by its label; anything else as recorded. */
function valueText(t: Translate, field: string, value: string | null): string {
  if (value === null) return '—';
  if (value === 'true' || value === 'false') return t(value === 'true' ? 'dir.yes' : 'dir.no');
  const key = field === 'role' ? `role.${value}` : field === 'kind' ? `dir.kind.${value}` : field === 'tier' ? `tier.${value}` : null;
  return key && key in sv ? t(key as MessageKey) : value;
}

/**
 * The directory's change log: of one agency, user or group, or all of it. Read again whenever the
 * subject's version moves (a change made here or elsewhere).
 */
export function AuditList({ subject = {}, version, heading = true }: { subject?: { agencyId?: string; userId?: string; groupId?: string }; version?: number; heading?: boolean }) {
  const { t, dateTime } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: Audit, variables: subject, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (version !== undefined) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const rows = data?.directoryAudit.edges ?? [];
  return (
    <section aria-labelledby="dir-audit-h" className="dir-audit">
      {heading && <h3 id="dir-audit-h">{t('dir.audit.title')}</h3>}
      {!heading && <h2 id="dir-audit-h" className="sr-only">{t('dir.audit.title')}</h2>}
      <QueryState fetching={fetching && !data} error={error} />
      {data && rows.length === 0 && <p className="muted">{t('dir.empty')}</p>}
      {rows.length > 0 && (
        <table className="dir-table">
          <thead>
            <tr>
              <th scope="col">{t('dir.audit.when')}</th>
              <th scope="col">{t('dir.audit.who')}</th>
              <th scope="col">{t('dir.audit.what')}</th>
              <th scope="col">{t('dir.audit.subject')}</th>
              <th scope="col">{t('dir.audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ cursor, node: e }) => (
              <tr key={cursor}>
                <td>{dateTime(e.at)}</td>
                <td>{e.actor.name}</td>
                <td>{t(`dir.audit.${e.action as DirectoryAuditAction}` as MessageKey)}</td>
                <td>{[e.agency?.name, e.group?.name, e.user?.name].filter(Boolean).join(' · ')}</td>
                <td>
                  <ul className="dir-changes">
                    {e.changes.filter((c) => c.field !== 'member').map((c) => (
                      <li key={c.field}>
                        {FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field]!) : c.field}: {valueText(t, c.field, c.from)} → {valueText(t, c.field, c.to)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
