import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';

const Suggested = graphql(`
  query TicketSuggestions($ticketId: ID!) {
    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary ratings { helpful notHelpful } } }
  }
`);
const Search = graphql(`
  query TicketArticleSearch($query: String!) {
    knowledgeSearch(query: $query, first: 5) { correctedQuery edges { cursor node { id title summary ratings { helpful notHelpful } } } }
  }
`);
const Rate = graphql(`
  mutation RateArticleOnTicket($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {
    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) {
      article { id ratings { helpful notHelpful } }
      userErrors { code message field }
    }
  }
`);

interface ArticleRow { id: string; title: string; summary?: string | null; ratings: { helpful: number; notHelpful: number } }

function Row({ article, ticketId, number, used }: { article: ArticleRow; ticketId: string; number: string; used: boolean }) {
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, rate] = useMutation(Rate);
  const send = async (helpful: boolean) => {
    setError(null);
    const res = await rate({ articleId: article.id, ticketId, helpful });
    const problem = res.error?.message ?? res.data?.rateArticle.userErrors[0]?.message;
    if (problem) setError(problem);
    else setVerdict(helpful);
  };
  return (
    <li data-article={article.id} className={used ? 'used' : undefined}>
      <p className="article-title"><Link to={`/knowledge/articles/${encodeURIComponent(article.id)}?ticket=${encodeURIComponent(number)}`}><strong>{article.title}</strong></Link>{used && <span className="badge">{t('articles.usedBadge')}</span>}</p>
      {article.summary && <p className="muted">{article.summary}</p>}
      <div className="row rate" role="group" aria-label={t('articles.rate', { title: article.title })}>
        <button type="button" className="secondary" aria-pressed={verdict === true} disabled={fetching} onClick={() => void send(true)}>
          {t('articles.helpful')} <span className="count">{article.ratings.helpful}</span>
        </button>
        <button type="button" className="secondary" aria-pressed={verdict === false} disabled={fetching} onClick={() => void send(false)}>
          {t('articles.notHelpful')} <span className="count">{article.ratings.notHelpful}</span>
        </button>
        {verdict !== null && <span role="status" className="ok">{t('articles.rated')}</span>}
        {error && <span role="alert" className="error">{error}</span>}
      </div>
    </li>
  );
}

/**
 * The knowledge base beside the ticket: the articles used on it (linked when it was resolved), the
 * suggestions for it, a search, each rateable for this ticket (helpful or not) and opening in the
 * knowledge base with the ticket kept; a solved ticket can become an article draft.
 */
export function TicketArticles({ ticketId, number, solved, used }: { ticketId: string; number: string; solved: boolean; used: readonly ArticleRow[] }) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const text = query.trim();
  const [{ data: suggested }] = useQuery({ query: Suggested, variables: { ticketId } });
  const [{ data: found }] = useQuery({ query: Search, variables: { query: text }, pause: text.length < 2 });
  const hits = (text.length >= 2 ? found?.knowledgeSearch.edges : suggested?.suggestedArticles) ?? [];
  const others = hits.map((h) => h.node).filter((a) => !used.some((u) => u.id === a.id));
  return (
    <section aria-labelledby={`${id}-heading`} className="card ticket-articles">
      <h2 id={`${id}-heading`}>{t('articles.title')}</h2>
      <label htmlFor={`${id}-q`}>{t('articles.search')}</label>{' '}
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {text.length >= 2 && found?.knowledgeSearch.correctedQuery && <p className="muted">{t('articles.corrected', { query: found.knowledgeSearch.correctedQuery })}</p>}
      <ul className="article-list">
        {used.map((a) => <Row key={a.id} article={a} ticketId={ticketId} number={number} used />)}
        {others.map((a) => <Row key={a.id} article={a} ticketId={ticketId} number={number} used={false} />)}
      </ul>
      {used.length === 0 && others.length === 0 && <p className="muted">{t('articles.none')}</p>}
      {solved && (
        <p>
          <Link to={`/knowledge/new?fromTicket=${encodeURIComponent(number)}`}>{t('articles.fromTicket')}</Link>
        </p>
      )}
    </section>
  );
}
