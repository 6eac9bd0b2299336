import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { apiErrorMessage } from '../../../components/ApiError';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/i18n';
import { ArticleBody } from '../../knowledge/safe';

const ArticleQuery = graphql(`
  query CustomerArticle($id: ID!) {
    article(id: $id) { id title summary bodyHtml updatedAt serviceArea { name } service { name } }
  }
`);

/** One answer: its title, area and service, and its body (rendered and escaped by the API, checked again here). */
export function CustomerArticlePage() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  // Opened from a search: back to that search (its query came along in the link's state).
  const q = (useLocation().state as { q?: string } | null)?.q;
  const [{ data, fetching, error }] = useQuery({ query: ArticleQuery, variables: { id } });
  const article = data?.article;
  useEffect(() => {
    document.title = `${article?.title ?? t('customerKnowledge.title')} · ${t('customer.name')}`;
  }, [article, t]);
  const back = <p><Link to={q ? `/kundwebb/svar?${new URLSearchParams({ q }).toString()}` : '/kundwebb/svar'}>{t('customerKnowledge.back')}</Link></p>;
  if (error) return <>{back}<p role="alert" className="cw-error">{t('app.error', { message: apiErrorMessage(error, t) })}</p></>;
  if (!data) return fetching ? <p role="status">{t('app.loading')}</p> : null;
  if (!article) return <>{back}<h1>{t('customerKnowledge.title')}</h1><p role="alert">{t('customerKnowledge.notFound')}</p></>;
  return (
    <article className="cw-article" aria-labelledby="cw-article-title">
      {back}
      <h1 id="cw-article-title">{article.title}</h1>
      <p className="cw-hint">
        {[article.serviceArea.name, article.service?.name].filter(Boolean).join(' · ')}
        {article.updatedAt && <> · {t('customerKnowledge.updated', { date: dateTime(article.updatedAt) })}</>}
      </p>
      {article.summary && <p className="customer-lead">{article.summary}</p>}
      <ArticleBody html={article.bodyHtml} />
      <aside className="cw-not-helped">
        <p>{t('customerKnowledge.notHelped')} <Link to="/kundwebb/nytt">{t('customerKnowledge.register')}</Link></p>
      </aside>
    </article>
  );
}
