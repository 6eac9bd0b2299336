import { Route, Routes, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { ArticlePage } from './ArticlePage';
import { EditArticlePage, NewArticlePage } from './EditorPage';
import { FromTicketPage } from './FromTicketPage';
import { MissingAnswersPage } from './MissingAnswersPage';
import { SearchPage } from './SearchPage';
import { SynonymsPage } from './SynonymsPage';
import './knowledge.css';

function NewRoute() {
  const [params] = useSearchParams();
  const fromTicket = params.get('fromTicket');
  return fromTicket ? <FromTicketPage key={fromTicket} number={fromTicket} /> : <NewArticlePage />;
}

function NotFound() {
  const { t } = useI18n();
  return <p role="alert">{t('app.notFound')}</p>;
}

/**
 * The knowledge base under /knowledge: search (?q=), an article (/articles/:id, ?ticket=<number> to
 * rate it for a ticket), the draft editor (/new, /articles/:id/edit) and a draft from a solved
 * ticket (/new?fromTicket=<number>), and for knowledge editors the searches that found nothing
 * (/missing?area=<code>&days=<n>) and the synonym lists search applies (/synonyms?language=sv|en).
 */
export default function KnowledgeRoutes() {
  return (
    <Routes>
      <Route index element={<SearchPage />} />
      <Route path="new" element={<NewRoute />} />
      <Route path="articles/:id" element={<ArticlePage />} />
      <Route path="articles/:id/edit" element={<EditArticlePage />} />
      <Route path="missing" element={<MissingAnswersPage />} />
      <Route path="synonyms" element={<SynonymsPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
