import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { SlaBadge } from '../components/SlaBadge';
import { ViewerQuery } from '../viewer';
import { graphql } from '../gql';
import type { Priority, TicketFilter, TicketStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';
import { apiErrorMessage } from '../components/ApiError';

const OPEN: TicketStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_VENDOR'];
const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
const PAGE = 50;

type QueueId = 'mine' | 'unassigned' | 'atRisk' | 'breached' | 'group';
const FIXED: { id: Exclude<QueueId, 'group'>; label: MessageKey; filter: TicketFilter }[] = [
  { id: 'mine', label: 'work.queue.mine', filter: { assignedToMe: true } },
  { id: 'unassigned', label: 'work.queue.unassigned', filter: { unassigned: true } },
  { id: 'atRisk', label: 'work.queue.atRisk', filter: { slaAtRisk: true } },
  { id: 'breached', label: 'work.queue.breached', filter: { slaBreached: true } },
];

const QueueCounts = graphql(`
  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {
    mine: tickets(first: 1, filter: $mine) { totalCount }
    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }
    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }
    breached: tickets(first: 1, filter: $breached) { totalCount }
  }
`);

const GroupCount = graphql(`
  query GroupCount($filter: TicketFilter!) {
    tickets(first: 1, filter: $filter) { totalCount }
  }
`);

const QueueTickets = graphql(`
  query QueueTickets($filter: TicketFilter!, $first: Int!, $after: String) {
    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...TicketSummary channel } }
    }
  }
`);

/** Any ticket of the viewer's groups changed or was registered: the queue lists and counts are read again. */
const QueueLive = graphql(`
  subscription QueueLive {
    queueTicketChanged { ...TicketSummary }
  }
`);

/** Every change to a shown row: the cache updates the row in place (and re-counts the queues). */
const RowUpdated = graphql(`
  subscription RowUpdated($id: ID!) {
    ticketUpdated(id: $id) { ...TicketSummary }
  }
`);

/** The queue's filter from the URL: the queue, then the narrowing filters; always open tickets. */
function filterOf(queue: QueueId, groupId: string | null, priority: string | null, text: string | null): TicketFilter {
  const base: TicketFilter =
    queue === 'group' ? { groupId: groupId ?? undefined } : (FIXED.find((q) => q.id === queue)?.filter ?? FIXED[0]!.filter);
  return {
    ...base,
    status: OPEN,
    ...(priority && PRIORITIES.includes(priority as Priority) ? { priority: [priority as Priority] } : {}),
    ...(text ? { text } : {}),
  };
}

function Count({ value }: { value: number | undefined }) {
  return <span className="count">{value ?? '…'}</span>;
}

function GroupTab({ id, name, current, params }: { id: string; name: string; current: boolean; params: URLSearchParams }) {
  const { t } = useI18n();
  const filter = useMemo(() => ({ groupId: id, status: OPEN }), [id]);
  const [{ data }] = useQuery({ query: GroupCount, variables: { filter } });
  const to = new URLSearchParams(params);
  to.set('queue', 'group');
  to.set('group', id);
  return (
    <li>
      <Link to={`/work?${to}`} aria-current={current ? 'page' : undefined}>
        {t('work.queue.group', { name })} <Count value={data?.tickets.totalCount} />
      </Link>
    </li>
  );
}

function LiveRow({ id }: { id: string }) {
  useSubscription({ query: RowUpdated, variables: { id } });
  return null;
}

function QueueLiveUpdates() {
  useSubscription({ query: QueueLive });
  return null;
}

interface PageState { total: number; rows: number; next: string | null; fetching: boolean; error?: string }

/**
 * One page of the queue (50 rows after `after`), its own query so that each stays live in the cache;
 * it tells the list its count and where the next page starts.
 */
function QueuePage({ filter, after, index, onState }: { filter: TicketFilter; after: string | null; index: number; onState(index: number, state: PageState): void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: QueueTickets, variables: { filter, first: PAGE, after } });
  const rows = data?.tickets.edges.map((e) => e.node) ?? [];
  const next = data?.tickets.pageInfo.hasNextPage ? (data.tickets.pageInfo.endCursor ?? null) : null;
  const total = data?.tickets.totalCount ?? -1;
  useEffect(() => {
    onState(index, { total, rows: rows.length, next, fetching: fetching && !data, error: apiErrorMessage(error, t) || undefined });
  }, [index, onState, total, rows.length, next, fetching, data, error?.message]);
  if (!rows.length) return null;
  return (
    <tbody data-page={index}>
      {rows.map((r) => (
        <tr key={r.id} data-ticket={r.number}>
          <td><Link to={`/tickets/${r.number}`}>{r.number}</Link></td>
          <td className="title-cell">{r.title}</td>
          <td><span className={`prio prio-${r.priority}`} title={t(`priority.${r.priority}`)}>{r.priority}</span></td>
          <td>{t(`status.${r.status}`)}</td>
          <td>{t(`tier.${r.tier}`)}</td>
          <td>{t(`channel.${r.channel}`)}</td>
          <td>{r.agency?.name ?? '—'}</td>
          <td>{r.group.name}</td>
          <td>{r.assignee?.name ?? t('work.unassigned')}</td>
          <td><SlaBadge timers={r.slaTimers} /><LiveRow id={r.id} /></td>
        </tr>
      ))}
    </tbody>
  );
}

/** "My work": the agent's queues with counts, the chosen one's open tickets by nearest SLA due, live. */
export function MyWork() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [{ data: viewer }] = useQuery({ query: ViewerQuery });
  const groups = viewer?.viewer?.groups ?? [];
  const queue = (params.get('queue') as QueueId | null) ?? (groups.length ? 'group' : 'mine');
  const groupId = queue === 'group' ? (params.get('group') ?? groups[0]?.id ?? null) : null;
  const priority = params.get('priority');
  const text = params.get('q');
  const filter = useMemo(() => filterOf(queue, groupId, priority, text), [queue, groupId, priority, text]);
  const countVars = useMemo(() => Object.fromEntries(FIXED.map((q) => [q.id, { ...q.filter, status: OPEN }])) as Record<(typeof FIXED)[number]['id'], TicketFilter>, []);
  const [{ data: counts }] = useQuery({ query: QueueCounts, variables: countVars });
  const waiting = queue === 'group' && !groupId;
  // The pages shown: the first, then one more per "show more" from the previous page's end cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pages, setPages] = useState<PageState[]>([]);
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    setCursors([null]);
    setPages([]);
  }, [filterKey]);
  const onState = useCallback((index: number, state: PageState) => setPages((p) => {
    const next = [...p];
    next[index] = state;
    return next;
  }), []);
  const first = pages[0];
  const last = pages[cursors.length - 1];
  const shown = pages.slice(0, cursors.length).reduce((n, p) => n + (p?.rows ?? 0), 0);
  const error = pages.find((p) => p?.error)?.error;
  const queueName =
    queue === 'group' ? t('work.queue.group', { name: groups.find((g) => g.id === groupId)?.name ?? '' }) : t(FIXED.find((q) => q.id === queue)?.label ?? 'work.queue.mine');

  useEffect(() => {
    document.title = `${queueName} · ${t('app.name')}`;
  }, [queueName, t]);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const linkTo = (id: QueueId) => {
    const next = new URLSearchParams(params);
    next.set('queue', id);
    next.delete('group');
    return `/work?${next}`;
  };

  return (
    <div className="work">
      <nav className="queues" aria-labelledby="queues-heading">
        <h2 id="queues-heading">{t('work.queues')}</h2>
        <ul>
          {groups.map((g) => (
            <GroupTab key={g.id} id={g.id} name={g.name} current={queue === 'group' && groupId === g.id} params={params} />
          ))}
          {FIXED.map((q) => (
            <li key={q.id}>
              <Link to={linkTo(q.id)} aria-current={queue === q.id ? 'page' : undefined}>
                {t(q.label)} <Count value={counts?.[q.id].totalCount} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="queue" aria-labelledby="queue-heading">
        <h1 id="queue-heading">{queueName}</h1>
        <form className="filters" role="search" aria-label={t('work.filters')} onSubmit={(e) => e.preventDefault()}>
          <label>
            {t('work.filter.text')}{' '}
            <input type="search" defaultValue={text ?? ''} onChange={(e) => setParam('q', e.target.value.trim())} />
          </label>
          <label>
            {t('work.filter.priority')}{' '}
            <select value={priority ?? ''} onChange={(e) => setParam('priority', e.target.value)}>
              <option value="">{t('work.filter.any')}</option>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>{p}</option>
              ))}
            </select>
          </label>
        </form>
        <p role="status" className="queue-count" data-testid="queue-count">
          {first && first.total >= 0 ? t('work.count', { count: first.total }) : !waiting ? t('app.loading') : ''}
        </p>
        {!waiting && <QueueLiveUpdates />}
        {error && <p role="alert" className="error">{t('app.error', { message: error })}</p>}
        {first && first.total === 0 && <p className="empty">{t('work.empty')}</p>}
        {!waiting && (
          <table className="tickets" hidden={shown === 0}>
            <caption className="sr-only">{queueName}</caption>
            <thead>
              <tr>
                <th scope="col">{t('work.col.number')}</th>
                <th scope="col">{t('work.col.title')}</th>
                <th scope="col">{t('work.col.priority')}</th>
                <th scope="col">{t('work.col.status')}</th>
                <th scope="col">{t('work.col.tier')}</th>
                <th scope="col">{t('ticket.field.channel')}</th>
                <th scope="col">{t('work.col.agency')}</th>
                <th scope="col">{t('work.col.group')}</th>
                <th scope="col">{t('work.col.assignee')}</th>
                <th scope="col">{t('work.col.sla')}</th>
              </tr>
            </thead>
            {cursors.map((after, i) => (
              <QueuePage key={`${filterKey}:${after ?? ''}`} filter={filter} after={after} index={i} onState={onState} />
            ))}
          </table>
        )}
        {first && first.total > 0 && (
          <div className="row show-more">
            <p className="muted" data-testid="queue-shown">{t('work.more', { shown, total: first.total })}</p>
            {last?.next && (
              <button type="button" onClick={() => setCursors((c) => [...c, last.next])}>{t('work.showMore')}</button>
            )}
            {last?.fetching && <span role="status">{t('work.loadingMore')}</span>}
          </div>
        )}
      </section>
    </div>
  );
}
