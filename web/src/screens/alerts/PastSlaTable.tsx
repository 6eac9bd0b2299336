import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PastSlaRowFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { apiErrorMessage } from '../../components/ApiError';

const PastSla = graphql(`
  query PastSla($first: Int!) {
    openTicketsPastSla(first: $first) {
      totalCount
      edges { node { ...PastSlaRow } }
    }
  }
`);

export const PastSlaRow = graphql(`
  fragment PastSlaRow on Ticket {
    id
    number
    title
    priority
    agency { id name }
    serviceArea { id name }
  }
`);

const FIRST = 100;

export interface PastSlaGroup {
  key: string;
  agency: string | null;
  area: string;
  tickets: PastSlaRowFragment[];
}

/** The tickets grouped per agency and service area, by agency then area name (no agency last). Pure. */
export function groupPastSla(tickets: readonly PastSlaRowFragment[]): PastSlaGroup[] {
  const groups = new Map<string, PastSlaGroup>();
  for (const ticket of tickets) {
    const key = `${ticket.agency?.id ?? '-'}|${ticket.serviceArea.id}`;
    const group = groups.get(key) ?? { key, agency: ticket.agency?.name ?? null, area: ticket.serviceArea.name, tickets: [] };
    group.tickets.push(ticket);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.agency === null ? 1 : 0) - (b.agency === null ? 1 : 0) || (a.agency ?? '').localeCompare(b.agency ?? '', 'sv') || a.area.localeCompare(b.area, 'sv'));
}

/** The open tickets past their SLA time, per agency and service area; read again whenever `refreshKey` changes (a live breach). */
export function PastSlaTable({ refreshKey }: { refreshKey: number }) {
  const { t } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PastSla, variables: { first: FIRST } });
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  const tickets = useMemo(() => data?.openTicketsPastSla.edges.map((e) => e.node) ?? [], [data]);
  const groups = useMemo(() => groupPastSla(tickets), [tickets]);
  return (
    <section aria-labelledby="past-sla-heading" className="past-sla">
      <h2 id="past-sla-heading">{t('alerts.pastSla')}</h2>
      <p className="muted">{t('alerts.pastSla.intro')}</p>
      <p role="status" data-testid="past-sla-total">
        {data ? t('alerts.pastSla.total', { count: data.openTicketsPastSla.totalCount }) : fetching ? t('app.loading') : ''}
      </p>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {data && groups.length === 0 && <p className="empty">{t('alerts.pastSla.empty')}</p>}
      {groups.length > 0 && (
        <table className="tickets past-sla-table">
          <caption className="sr-only">{t('alerts.pastSla')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('alerts.col.agency')}</th>
              <th scope="col">{t('alerts.col.area')}</th>
              <th scope="col" className="num">{t('alerts.col.count')}</th>
              <th scope="col">{t('alerts.col.tickets')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key} data-group={`${g.agency ?? ''}|${g.area}`}>
                <th scope="row">{g.agency ?? t('alerts.noAgency')}</th>
                <td>{g.area}</td>
                <td className="num">{g.tickets.length}</td>
                <td>
                  <ul className="inline-list">
                    {g.tickets.map((ticket) => (
                      <li key={ticket.id}>
                        <Link to={`/tickets/${ticket.number}`} title={ticket.title}>{ticket.number}</Link> <span className={`prio prio-${ticket.priority}`}>{ticket.priority}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.openTicketsPastSla.totalCount > tickets.length && <p className="muted">{t('alerts.pastSla.more', { shown: tickets.length, total: data.openTicketsPastSla.totalCount })}</p>}
    </section>
  );
}
