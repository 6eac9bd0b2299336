import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ArticleAudience, ArticleLanguage, ArticleStatus, KnowledgeFilter, ServiceAreaCode } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { KbAreas, KbList, KbSearch, KbViewer } from './queries';
import { Snippet } from './safe';
import { apiErrorMessage } from '../../components/ApiError';

const STATUSES: ArticleStatus[] = ['PUBLISHED', 'DRAFT', 'ARCHIVED'];
const AUDIENCES: ArticleAudience[] = ['INTERNAL', 'PUBLIC'];
const LANGUAGES: ArticleLanguage[] = ['SV', 'EN'];
const PAGE = 20;

interface Row {
  id: string;
  title: string;
  summary?: string | null;
  status: ArticleStatus;
  audience: ArticleAudience;
  serviceArea: { code: ServiceAreaCode };
}

/** One article in a list; opened from a ticket (?ticket=<number>), its link keeps the ticket so it can be rated for it. */
function ArticleRow({ article, snippet }: { article: Row; snippet?: string }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const ticket = params.get('ticket');
  const to = `/knowledge/articles/${encodeURIComponent(article.id)}${ticket ? `?ticket=${encodeURIComponent(ticket)}` : ''}`;
  return (
    <li className="kb-hit" data-article={article.id}>
      <h3><Link to={to}>{article.title}</Link></h3>
      <p className="kb-hit-meta muted">
        {t(`kb.area.${article.serviceArea.code}`)} · {t(`kb.audience.${article.audience}`)}
        {article.status !== 'PUBLISHED' && <> · <span className={`badge kb-status-${article.status}`}>{t(`kb.status.${article.status}`)}</span></>}
      </p>
      {snippet !== undefined ? <p className="kb-snippet"><Snippet html={snippet} /></p> : article.summary && <p className="kb-snippet">{article.summary}</p>}
    </li>
  );
}

/** Published articles matching the query (with the API's correction and snippets). */
function SearchResults({ query, filter, first, onMore, headingId }: { query: string; filter: KnowledgeFilter; first: number; onMore(): void; headingId: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: KbSearch, variables: { query, filter, first } });
  const [params] = useSearchParams();
  if (error) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!data) return fetching ? <p role="status">{t('app.loading')}</p> : null;
  const result = data.knowledgeSearch;
  const count = result.edges.length;
  const corrected = result.correctedQuery;
  const correctedLink = () => {
    const next = new URLSearchParams(params);
    next.set('q', corrected ?? '');
    return `?${next.toString()}`;
  };
  return (
    <>
      {corrected && (
        <p className="kb-corrected" data-corrected={corrected}>
          {t('kb.search.corrected', { query: '\u0000' }).split('\u0000').map((part, i) =>
            i === 0 ? <span key={i}>{part}</span> : <span key={i}><Link to={correctedLink()}><strong>{corrected}</strong></Link>{part}</span>,
          )}
        </p>
      )}
      <p role="status" className="kb-count" id={headingId}>
        {result.pageInfo.hasNextPage ? t('kb.search.count.more', { count }) : t('kb.search.count', { count })}
      </p>
      {count === 0 ? (
        <p className="kb-empty">{t('kb.search.empty', { query })}</p>
      ) : (
        <ol className="kb-hits" aria-labelledby={headingId}>
          {result.edges.map((e) => <ArticleRow key={e.node.id} article={e.node} snippet={e.snippet} />)}
        </ol>
      )}
      {result.pageInfo.hasNextPage && first < 100 && <button type="button" onClick={onMore}>{t('kb.search.more')}</button>}
    </>
  );
}

/** Drafts or archived articles (which search never finds), last edited first. */
function StatusList({ status, areaIds, first, onMore, headingId }: { status: ArticleStatus; areaIds: string[]; first: number; onMore(): void; headingId: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: KbList, variables: { status, serviceAreaIds: areaIds, first } });
  if (error) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!data) return fetching ? <p role="status">{t('app.loading')}</p> : null;
  const list = data.articles;
  return (
    <>
      <p role="status" className="kb-count" id={headingId}>{t('kb.list.count', { count: list.totalCount })}</p>
      {list.edges.length === 0 ? (
        <p className="kb-empty">{t('kb.list.empty')}</p>
      ) : (
        <ol className="kb-hits" aria-labelledby={headingId}>
          {list.edges.map((e) => <ArticleRow key={e.node.id} article={e.node} />)}
        </ol>
      )}
      {list.pageInfo.hasNextPage && first < 100 && <button type="button" onClick={onMore}>{t('kb.search.more')}</button>}
    </>
  );
}

/**
 * /knowledge?q=…&area=…&audience=…&language=…&status=…: the search, its filters in the URL.
 * Published articles are searched; drafts and archived ones are listed by status for those who write.
 */
export function SearchPage() {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const area = params.get('area') ?? '';
  const audience = (params.get('audience') ?? '') as ArticleAudience | '';
  const language = (params.get('language') ?? '') as ArticleLanguage | '';
  const [{ data: viewerData }] = useQuery({ query: KbViewer });
  const viewer = viewerData?.viewer;
  const status: ArticleStatus = viewer?.writesArticles && STATUSES.includes(params.get('status') as ArticleStatus) ? (params.get('status') as ArticleStatus) : 'PUBLISHED';
  const [{ data: areasData }] = useQuery({ query: KbAreas });
  const areas = areasData?.serviceAreas ?? [];
  const areaIds = areas.filter((a) => a.code === area).map((a) => a.id);
  const [text, setText] = useState(q);
  const [first, setFirst] = useState(PAGE);
  useEffect(() => setText(q), [q]);
  useEffect(() => setFirst(PAGE), [q, area, audience, language, status]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const filter: KnowledgeFilter = {
    ...(areaIds.length ? { serviceAreaIds: areaIds } : {}),
    ...(audience ? { audience } : {}),
    ...(language ? { language } : {}),
  };
  const waitingForAreas = area !== '' && areas.length === 0;

  return (
    <div className="kb">
      <div className="kb-head">
        <h1>{t('kb.search.title')}</h1>
        {viewer?.writesArticles && <Link className="button-link" to="/knowledge/new">{t('kb.new')}</Link>}
      </div>
      {viewer?.publishesArticles && (
        <nav className="kb-editor-links" aria-label={t('kb.links.label')}>
          <Link to="/knowledge/missing">{t('kb.links.missing')}</Link>
          <Link to="/knowledge/synonyms">{t('kb.links.synonyms')}</Link>
        </nav>
      )}
      <form
        role="search"
        className="kb-search"
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams(params);
          if (text.trim()) next.set('q', text.trim());
          else next.delete('q');
          next.delete('status');
          setParams(next);
        }}
      >
        <label htmlFor={`${id}-q`}>{t('kb.search.label')}</label>
        <div className="kb-search-row">
          <input id={`${id}-q`} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} maxLength={500} />
          <button type="submit">{t('kb.search.submit')}</button>
        </div>
        <p id={`${id}-hint`} className="muted kb-hint">{t('kb.search.hint')}</p>
      </form>
      <div className="filters kb-filters">
        <label>
          {t('kb.filter.area')}{' '}
          <select value={area} onChange={(e) => set('area', e.target.value)}>
            <option value="">{t('kb.filter.area.all')}</option>
            {areas.map((a) => <option key={a.id} value={a.code}>{t(`kb.area.${a.code}`)}</option>)}
          </select>
        </label>
        {status === 'PUBLISHED' && (
          <>
            <label>
              {t('kb.filter.audience')}{' '}
              <select value={audience} onChange={(e) => set('audience', e.target.value)}>
                <option value="">{t('kb.filter.audience.all')}</option>
                {AUDIENCES.map((a) => <option key={a} value={a}>{t(`kb.audience.${a}`)}</option>)}
              </select>
            </label>
            <label>
              {t('kb.filter.language')}{' '}
              <select value={language} onChange={(e) => set('language', e.target.value)}>
                <option value="">{t('kb.filter.language.all')}</option>
                {LANGUAGES.map((l) => <option key={l} value={l}>{t(`kb.language.${l}`)}</option>)}
              </select>
            </label>
          </>
        )}
        {viewer?.writesArticles && (
          <label>
            {t('kb.filter.status')}{' '}
            <select value={status} onChange={(e) => set('status', e.target.value === 'PUBLISHED' ? '' : e.target.value)}>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`kb.status.${s}`)}</option>)}
            </select>
          </label>
        )}
      </div>
      <section className="kb-results" aria-label={t('kb.search.results')}>
        {waitingForAreas ? (
          <p role="status">{t('app.loading')}</p>
        ) : status !== 'PUBLISHED' ? (
          <StatusList status={status} areaIds={areaIds} first={first} onMore={() => setFirst((f) => Math.min(f + PAGE, 100))} headingId={`${id}-count`} />
        ) : q ? (
          <SearchResults query={q} filter={filter} first={first} onMore={() => setFirst((f) => Math.min(f + PAGE, 100))} headingId={`${id}-count`} />
        ) : (
          <p className="muted">{t('kb.search.prompt')}</p>
        )}
      </section>
    </div>
  );
}
