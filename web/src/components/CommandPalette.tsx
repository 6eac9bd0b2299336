import * as Dialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useQuery, type CombinedError } from 'urql';
import { useAuth } from '../auth';
import { graphql } from '../gql';
import { LANGUAGES, useI18n, type Language, type Translate } from '../i18n/i18n';
import { NAV } from '../nav';
import { hasRole, useViewer } from '../viewer';
import { apiErrorMessage } from './ApiError';
import { useDebounced } from './useDebounced';
import './palette.css';

const SHOWN = 5;
const DEBOUNCE_MS = 200;

const JumpQuery = graphql(`
  query PaletteJump($a: String!, $b: String!, $withB: Boolean!) {
    a: ticket(number: $a) { id number title }
    b: ticket(number: $b) @include(if: $withB) { id number title }
  }
`);

const TicketsQuery = graphql(`
  query PaletteTickets($text: String!, $first: Int!) {
    tickets(first: $first, filter: { text: $text }) {
      totalCount
      edges { node { id number title status } }
    }
  }
`);

const ArticlesQuery = graphql(`
  query PaletteArticles($query: String!, $first: Int!) {
    knowledgeSearch(query: $query, first: $first) {
      correctedQuery
      edges { node { id title } }
    }
  }
`);

const AgenciesQuery = graphql(`
  query PaletteAgencies($search: String!, $first: Int!) {
    agencies(search: $search, first: $first) {
      edges { node { id name organisationNumber } }
    }
  }
`);

/**
 * The ticket numbers a query may mean: a whole number (SSC-2026-000123, any case) is itself; a
 * bare sequence number (123) is that number this year or last year (numbers run on across years).
 */
export function ticketNumbersOf(query: string, year: number): string[] {
  const q = query.trim();
  if (/^ssc-\d{4}-\d{6,}$/i.test(q)) return [q.toUpperCase()];
  if (/^\d{1,9}$/.test(q) && Number(q) > 0) {
    const seq = String(Number(q)).padStart(6, '0');
    return [`SSC-${year}-${seq}`, `SSC-${year - 1}-${seq}`];
  }
  return [];
}

/** Lower case without diacritics, for matching commands ("sprak" finds "Byt språk"). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type GroupState = { fetching: boolean; error?: CombinedError; count: number | null };

/** A group's state for the status line: searching, n results, none or the API's error. */
function groupStatus(t: Translate, name: string, state: GroupState, active: boolean): string | null {
  if (!active) return null;
  if (state.error) return `${name}: ${t('palette.state.error', { message: apiErrorMessage(state.error, t) })}`;
  if (state.count === null || state.fetching) return `${name}: ${t('palette.state.loading')}`;
  return `${name}: ${state.count === 0 ? t('palette.state.none') : t('palette.state.count', { count: state.count })}`;
}

function Item({ value, onSelect, children, hint }: { value: string; onSelect(): void; children: ReactNode; hint?: ReactNode }) {
  return (
    <Command.Item value={value} onSelect={onSelect}>
      <span className="item-label">{children}</span>
      {hint && <span className="item-hint">{hint}</span>}
    </Command.Item>
  );
}

/** What the palette shows for one query: the API's results, debounced, and the matching commands. */
function PaletteBody({ close, showShortcuts }: { close(): void; showShortcuts(): void }) {
  const { t, language, setLanguage } = useI18n();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const viewer = useViewer();
  // An agency opens in the directory for an admin; for other staff, its quarterly SLA report.
  const agencyPath = (id: string) =>
    hasRole(viewer, ['ADMIN']) ? `/admin/directory/agencies/${encodeURIComponent(id)}` : `/reports?agency=${encodeURIComponent(id)}`;
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), DEBOUNCE_MS);
  const searching = settled.length >= 2;
  const numbers = useMemo(() => ticketNumbersOf(settled, new Date().getFullYear()), [settled]);

  const [jump] = useQuery({
    query: JumpQuery,
    variables: { a: numbers[0] ?? '', b: numbers[1] ?? '', withB: numbers.length > 1 },
    pause: numbers.length === 0,
  });
  const [tickets] = useQuery({ query: TicketsQuery, variables: { text: settled, first: SHOWN }, pause: !searching });
  const [articles] = useQuery({ query: ArticlesQuery, variables: { query: settled, first: SHOWN }, pause: !searching });
  const [agencies] = useQuery({ query: AgenciesQuery, variables: { search: settled, first: SHOWN }, pause: !searching });
  const stale = query.trim() !== settled;

  const go = (to: string) => {
    close();
    navigate(to);
  };

  const jumps = numbers.length && jump.data ? [jump.data.a, jump.data.b].filter((x) => x != null) : [];
  const ticketRows = searching ? (tickets.data?.tickets.edges.map((e) => e.node) ?? []) : [];
  const articleRows = searching ? (articles.data?.knowledgeSearch.edges.map((e) => e.node) ?? []) : [];
  const agencyRows = searching ? (agencies.data?.agencies.edges.map((e) => e.node) ?? []) : [];

  const other: Language = language === 'sv' ? 'en' : 'sv';
  const commands: { id: string; label: string; run(): void }[] = [
    ...NAV.filter((item) => hasRole(viewer, item.roles)).map((item) => ({
      id: `go:${item.to}`,
      label: t('palette.command.goto', { screen: t(item.label) }),
      run: () => go(item.to),
    })),
    { id: 'shortcuts', label: t('palette.command.shortcuts'), run: showShortcuts },
    { id: `language:${other}`, label: t('palette.command.language', { language: LANGUAGES[other].label }), run: () => (setLanguage(other), close()) },
    { id: 'sign-out', label: t('palette.command.signOut'), run: () => (close(), signOut()) },
  ];
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matching = commands.filter((c) => words.every((w) => fold(c.label).includes(w)));

  const statuses = [
    numbers.length > 0 && jump.data && jumps.length === 0 ? t('palette.jump.none', { number: numbers[0]! }) : null,
    groupStatus(t, t('palette.group.tickets'), { ...tickets, count: tickets.data ? tickets.data.tickets.totalCount : null }, searching),
    groupStatus(t, t('palette.group.articles'), { ...articles, count: articles.data ? articles.data.knowledgeSearch.edges.length : null }, searching),
    groupStatus(t, t('palette.group.agencies'), { ...agencies, count: agencies.data ? agencies.data.agencies.edges.length : null }, searching),
  ].filter((s): s is string => s !== null);

  // The first result is the one Enter opens, also when a slower group arrives above the ones shown.
  const first =
    (jumps[0] && `jump:${jumps[0].number}`) ||
    (ticketRows[0] && `ticket:${ticketRows[0].id}`) ||
    (articleRows[0] && `article:${articleRows[0].id}`) ||
    (agencyRows[0] && `agency:${agencyRows[0].id}`) ||
    (matching[0] && `command:${matching[0].id}`) ||
    '';
  const [selected, setSelected] = useState(first);
  useEffect(() => setSelected(first), [first]);

  return (
    <Command label={t('palette.input')} shouldFilter={false} loop value={selected} onValueChange={setSelected}>
      <Command.Input value={query} onValueChange={setQuery} placeholder={t('palette.placeholder')} />
      <p className="palette-status" role="status" aria-live="polite" data-testid="palette-status">
        {query.trim().length === 1 ? t('palette.state.short') : stale ? t('palette.state.loading') : statuses.join(' · ')}
      </p>
      <Command.List label={t('palette.results')}>
        <Command.Empty>{t('palette.empty')}</Command.Empty>
        {jumps.length > 0 && (
          <Command.Group heading={t('palette.group.jump')}>
            {jumps.map((ticket) => (
              <Item key={ticket.id} value={`jump:${ticket.number}`} onSelect={() => go(`/tickets/${ticket.number}`)} hint={ticket.title}>
                {t('palette.jump', { number: ticket.number })}
              </Item>
            ))}
          </Command.Group>
        )}
        {ticketRows.length > 0 && (
          <Command.Group heading={t('palette.group.tickets')}>
            {ticketRows.map((ticket) => (
              <Item key={ticket.id} value={`ticket:${ticket.id}`} onSelect={() => go(`/tickets/${ticket.number}`)} hint={t(`status.${ticket.status}`)}>
                <span className="number">{ticket.number}</span> {ticket.title}
              </Item>
            ))}
          </Command.Group>
        )}
        {articleRows.length > 0 && (
          <Command.Group heading={t('palette.group.articles')}>
            {articleRows.map((article) => (
              <Item key={article.id} value={`article:${article.id}`} onSelect={() => go(`/knowledge/articles/${encodeURIComponent(article.id)}`)}>
                {article.title}
              </Item>
            ))}
          </Command.Group>
        )}
        {agencyRows.length > 0 && (
          <Command.Group heading={t('palette.group.agencies')}>
            {agencyRows.map((agency) => (
              <Item key={agency.id} value={`agency:${agency.id}`} onSelect={() => go(agencyPath(agency.id))} hint={agency.organisationNumber}>
                {agency.name}
              </Item>
            ))}
          </Command.Group>
        )}
        {matching.length > 0 && (
          <Command.Group heading={t('palette.group.commands')}>
            {matching.map((c) => (
              <Item key={c.id} value={`command:${c.id}`} onSelect={c.run}>
                {c.label}
              </Item>
            ))}
          </Command.Group>
        )}
      </Command.List>
      <p className="palette-hint muted">{t('palette.hint')}</p>
    </Command>
  );
}

/**
 * The command palette (Ctrl/⌘+K or "/"): jump to a ticket by number, search tickets, knowledge
 * articles and agencies through the API, and run the commands the viewer's role has. A Radix
 * dialog (focus trapped, Esc closes, focus returns), cmdk for the keyboard-driven list.
 */
export default function CommandPalette({ open, onOpenChange, showShortcuts }: { open: boolean; onOpenChange(open: boolean): void; showShortcuts(): void }) {
  const { t } = useI18n();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog palette" aria-describedby={undefined}>
          <Dialog.Title className="sr-only">{t('palette.title')}</Dialog.Title>
          {/* Mounted only while open: each opening starts with an empty query. */}
          {open && (
            <PaletteBody
              close={() => onOpenChange(false)}
              showShortcuts={() => {
                onOpenChange(false);
                showShortcuts();
              }}
            />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
