import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';

const Suggested = graphql(`
  query SuggestedForTicket($ticketId: ID!) {
    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary } }
  }
`);
const Search = graphql(`
  query ArticleSearch($query: String!) {
    knowledgeSearch(query: $query, first: 8) { correctedQuery edges { cursor node { id title summary } } }
  }
`);

export interface PickedArticle { id: string; title: string }

/** At most this many articles may be linked on resolving (the API's limit). */
export const MAX_ARTICLES = 10;

/**
 * The knowledge base articles used: the ticket's suggestions at once, a search for others; each a
 * checkbox, the chosen ones kept while the agent searches on.
 */
export function ArticlePicker({ ticketId, picked, onChange, error }: { ticketId: string; picked: PickedArticle[]; onChange(next: PickedArticle[]): void; error?: string }) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const text = query.trim();
  const [{ data: suggested }] = useQuery({ query: Suggested, variables: { ticketId } });
  const [{ data: found, fetching }] = useQuery({ query: Search, variables: { query: text }, pause: text.length < 2 });
  const hits = text.length >= 2 ? (found?.knowledgeSearch.edges ?? []) : (suggested?.suggestedArticles ?? []);
  const shown: (PickedArticle & { summary?: string | null })[] = [
    ...picked.filter((p) => !hits.some((h) => h.node.id === p.id)),
    ...hits.map((h) => ({ id: h.node.id, title: h.node.title, summary: h.node.summary })),
  ];
  const toggle = (a: PickedArticle, on: boolean) => onChange(on ? [...picked, { id: a.id, title: a.title }] : picked.filter((p) => p.id !== a.id));
  return (
    <fieldset className="article-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('articles.used')}</legend>
      <label htmlFor={`${id}-q`}>{t('articles.search')}</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="muted" role="status">
        {text.length >= 2
          ? fetching && !found ? t('app.loading') : found?.knowledgeSearch.correctedQuery ? t('articles.corrected', { query: found.knowledgeSearch.correctedQuery }) : t('articles.hits', { count: hits.length })
          : t('articles.suggested')}
      </p>
      <ul className="article-list">
        {shown.map((a) => {
          const checked = picked.some((p) => p.id === a.id);
          return (
            <li key={a.id}>
              <label>
                <input type="checkbox" checked={checked} disabled={!checked && picked.length >= MAX_ARTICLES} onChange={(e) => toggle(a, e.target.checked)} />{' '}
                <strong>{a.title}</strong>
                {a.summary && <span className="muted"> – {a.summary}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {error && <p id={`${id}-error`} className="error field-error">{error}</p>}
    </fieldset>
  );
}
