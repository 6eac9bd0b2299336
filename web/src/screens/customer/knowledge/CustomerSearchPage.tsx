import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { apiErrorMessage } from '../../../components/ApiError';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/i18n';
import { Snippet } from '../../knowledge/safe';

const Search = graphql(`
  query CustomerKnowledgeSearch($query: String!, $first: Int!) {
    knowledgeSearch(query: $query, first: $first) {
      edges { snippet node { id title summary serviceArea { name } } }
      pageInfo { hasNextPage }
      correctedQuery
    }
  }
`);

const PAGE = 10;

/** The hits of one search: title (a link to the answer), area, snippet; the correction; more. */
function Results({ query }: { query: string }) {
  const { t } = useI18n();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }] = useQuery({ query: Search, variables: { query, first } });
  if (error) return <p role="alert" className="cw-error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!data) return fetching ? <p role="status">{t('customerKnowledge.searching')}</p> : null;
  const { edges, pageInfo, correctedQuery } = data.knowledgeSearch;
  return (
    <section aria-labelledby="cw-results" className="cw-results">
      <h2 id="cw-results">{t('customerKnowledge.results', { query })}</h2>
      {correctedQuery && <p>{t('customerKnowledge.corrected', { query: correctedQuery })}</p>}
      {edges.length === 0 ? (
        <p>
          {t('customerKnowledge.none', { query })} <Link to="/kundwebb/nytt">{t('customerKnowledge.register')}</Link>
        </p>
      ) : (
        <ol className="cw-hits">
          {edges.map((e) => (
            <li key={e.node.id}>
              <h3><Link to={`/kundwebb/svar/${encodeURIComponent(e.node.id)}`} state={{ q: query }}>{e.node.title}</Link></h3>
              <p className="cw-hint">{e.node.serviceArea.name}</p>
              <p><Snippet html={e.snippet} /></p>
            </li>
          ))}
        </ol>
      )}
      {pageInfo.hasNextPage && (
        <button type="button" className="cw-link" disabled={fetching} onClick={() => setFirst(first + PAGE)}>{t('customerKnowledge.more')}</button>
      )}
    </section>
  );
}

/** Sök svar: a search box; the query lives in the address (?q=) so a search can be bookmarked and shared. */
export function CustomerSearchPage() {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  useEffect(() => {
    document.title = `${t('customerKnowledge.title')} · ${t('customer.name')}`;
  }, [t]);
  return (
    <div className="cw-knowledge">
      <h1>{t('customerKnowledge.title')}</h1>
      <p className="customer-lead">{t('customerKnowledge.intro')}</p>
      <form
        role="search"
        className="cw-search"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) setParams({ q: text.trim() });
        }}
      >
        <label htmlFor={id}>{t('customerKnowledge.query')}</label>
        <div className="cw-search-row">
          <input id={id} type="search" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="cw-primary">{t('customerKnowledge.search')}</button>
        </div>
      </form>
      {query && <Results key={query} query={query} />}
    </div>
  );
}
