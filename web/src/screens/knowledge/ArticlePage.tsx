import { useId, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ArticleViewFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ArchiveArticle, KbArticle, KbRevisions, KbTicket, PublishArticle, RateArticle } from './queries';
import { RevisionDiff } from './RevisionDiff';
import { ArticleBody, type UserError } from './safe';
import { apiErrorMessage } from '../../components/ApiError';

/** Publish and archive, shown only when the API lists them; the article on screen updates from the payload. */
function ArticleActions({ article }: { article: ArticleViewFragment }) {
  const { t } = useI18n();
  const id = useId();
  const [publish, runPublish] = useMutation(PublishArticle);
  const [archive, runArchive] = useMutation(ArchiveArticle);
  const [, refetch] = useQuery({ query: KbArticle, variables: { id: article.id }, pause: true, requestPolicy: 'network-only' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const actions = article.availableActions;
  const busy = publish.fetching || archive.fetching;

  async function run(kind: 'publish' | 'archive') {
    setMessage(null);
    const vars = { articleId: article.id, expectedVersion: article.version };
    const result = kind === 'publish' ? await runPublish(vars) : await runArchive(vars);
    const payload = result.data ? Object.values(result.data)[0] as { userErrors: UserError[] } : undefined;
    if (result.error || !payload) {
      setMessage({ kind: 'error', text: t('app.error', { message: apiErrorMessage(result.error, t) }) });
      return;
    }
    const error = payload.userErrors[0];
    if (error?.code === 'CONFLICT') {
      refetch();
      setMessage({ kind: 'error', text: t('kb.conflict') });
    } else if (error) setMessage({ kind: 'error', text: error.message });
    else setMessage({ kind: 'ok', text: t(kind === 'publish' ? 'kb.action.done.publish' : 'kb.action.done.archive') });
  }

  if (!actions.some((a) => a === 'EDIT' || a === 'PUBLISH' || a === 'ARCHIVE')) return null;
  return (
    <section className="card kb-actions" aria-labelledby={`${id}-h`} data-actions={actions.join(' ')}>
      <h2 id={`${id}-h`}>{t('kb.actions')}</h2>
      <div className="action-bar">
        {actions.includes('EDIT') && <Link className="button-link" to={`/knowledge/articles/${encodeURIComponent(article.id)}/edit`}>{t('kb.action.edit')}</Link>}
        {actions.includes('PUBLISH') && <button type="button" disabled={busy} onClick={() => run('publish')}>{t('kb.action.publish')}</button>}
        {actions.includes('ARCHIVE') && <button type="button" disabled={busy} className="secondary" onClick={() => run('archive')}>{t('kb.action.archive')}</button>}
      </div>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>{message.text}</p>}
    </section>
  );
}

/** The article's verdicts, and (opened from a ticket, ?ticket=<number>) the agent's own verdict for it. */
function Rating({ article, ticketNumber }: { article: ArticleViewFragment; ticketNumber: string | null }) {
  const { t } = useI18n();
  const id = useId();
  const [{ data: ticketData, fetching }] = useQuery({ query: KbTicket, variables: { number: ticketNumber ?? '' }, pause: !ticketNumber });
  const [rate, runRate] = useMutation(RateArticle);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const ticket = ticketData?.ticket;
  const mayRate = article.availableActions.includes('RATE');

  async function give(helpful: boolean) {
    if (!ticket) return;
    setMessage(null);
    const result = await runRate({ articleId: article.id, ticketId: ticket.id, helpful });
    const payload = result.data?.rateArticle;
    if (result.error || !payload) setMessage({ kind: 'error', text: t('app.error', { message: apiErrorMessage(result.error, t) }) });
    else if (payload.userErrors[0]) setMessage({ kind: 'error', text: payload.userErrors[0].message });
    else setMessage({ kind: 'ok', text: t('kb.rating.saved', { number: ticket.number }) });
  }

  return (
    <section className="card kb-rating" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('kb.rating')}</h2>
      <p className="kb-rating-counts">{t('kb.rating.counts', { helpful: article.ratings.helpful, notHelpful: article.ratings.notHelpful })}</p>
      {mayRate && ticketNumber && ticket && (
        <fieldset className="kb-rate">
          <legend>{t('kb.rating.question', { number: ticket.number })}</legend>
          <button type="button" disabled={rate.fetching} onClick={() => give(true)}>{t('kb.rating.helpful')}</button>
          <button type="button" disabled={rate.fetching} className="secondary" onClick={() => give(false)}>{t('kb.rating.notHelpful')}</button>
        </fieldset>
      )}
      {mayRate && ticketNumber && !ticket && !fetching && ticketData && <p className="error">{t('kb.rating.ticketMissing', { number: ticketNumber })}</p>}
      {mayRate && !ticketNumber && <p className="muted">{t('kb.rating.fromTicket')}</p>}
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>{message.text}</p>}
    </section>
  );
}

function Meta({ article }: { article: ArticleViewFragment }) {
  const { t, dateTime } = useI18n();
  const none = t('kb.article.none');
  const rows: [string, ReactNode][] = [
    [t('kb.article.status'), <span className={`badge kb-status-${article.status}`}>{t(`kb.status.${article.status}`)}</span>],
    [t('kb.article.area'), t(`kb.area.${article.serviceArea.code}`)],
    [t('kb.article.service'), article.service?.name ?? none],
    [t('kb.article.audience'), t(`kb.audience.${article.audience}`)],
    [t('kb.article.language'), t(`kb.language.${article.language}`)],
    [t('kb.article.tags'), article.tags.length ? article.tags.join(', ') : none],
    [t('kb.article.author'), article.author.name],
    [t('kb.article.owner'), article.ownerGroup.name],
    [t('kb.article.revision'), String(article.revision)],
    [t('kb.article.updated'), dateTime(article.updatedAt)],
    [t('kb.article.published'), article.publishedAt ? dateTime(article.publishedAt) : none],
    [t('kb.article.review'), article.reviewDate ?? none],
    [t('kb.article.solved'), t('kb.article.solved.value', { total: article.solvedCases.total, first: article.solvedCases.firstLine })],
  ];
  if (article.sourceTicket) rows.push([t('kb.article.source'), <Link to={`/tickets/${article.sourceTicket.number}`}>{article.sourceTicket.number}</Link>]);
  return (
    <section className="card" aria-label={t('kb.article.meta')}>
      <dl className="fields kb-meta">
        {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
      </dl>
    </section>
  );
}

/** Every revision (newest first) with its editor and note, then the diff between two of them. */
function Revisions({ article }: { article: ArticleViewFragment }) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [{ data, error }] = useQuery({ query: KbRevisions, variables: { id: article.id } });
  const revisions = data?.article?.revisions.edges.map((e) => e.node) ?? [];
  return (
    <section className="card kb-revisions" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('kb.revisions')}</h2>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {revisions.length > 0 && (
        <table className="tickets">
          <thead>
            <tr><th scope="col">{t('kb.revisions.number')}</th><th scope="col">{t('kb.revisions.editedAt')}</th><th scope="col">{t('kb.revisions.editedBy')}</th><th scope="col">{t('kb.revisions.note')}</th></tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.number} data-revision={r.number}><td>{r.number}</td><td>{dateTime(r.editedAt)}</td><td>{r.editedBy.name}</td><td>{r.note ?? ''}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {article.revision > 1 ? <RevisionDiff articleId={article.id} latest={article.revision} /> : <p className="muted">{t('kb.revisions.only')}</p>}
    </section>
  );
}

/** /knowledge/articles/:id(?ticket=<number>): the article, its metadata, rating, revisions and their diff. */
export function ArticlePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: KbArticle, variables: { id } });
  if (error) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!data) return fetching ? <p role="status">{t('app.loading')}</p> : null;
  const article = data.article;
  if (!article) return <p role="alert">{t('kb.article.notFound')}</p>;
  return (
    <article className="kb kb-article" data-status={article.status} data-version={article.version}>
      <p className="kb-back"><Link to="/knowledge">{t('kb.search.title')}</Link></p>
      <h1>{article.title}</h1>
      <div className="kb-article-grid">
        <div>
          {article.summary && (
            <section className="card" aria-label={t('kb.article.summary')}><p className="kb-summary">{article.summary}</p></section>
          )}
          <section className="card" aria-labelledby="kb-body-h">
            <h2 id="kb-body-h">{t('kb.article.body')}</h2>
            <ArticleBody html={article.bodyHtml} />
          </section>
          <Revisions article={article} />
        </div>
        <div>
          <ArticleActions article={article} />
          <Rating article={article} ticketNumber={params.get('ticket')} />
          <Meta article={article} />
        </div>
      </div>
    </article>
  );
}
