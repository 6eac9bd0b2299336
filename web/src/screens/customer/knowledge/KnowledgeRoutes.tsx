import { Route, Routes } from 'react-router';
import { CustomerArticlePage } from './CustomerArticlePage';
import { CustomerSearchPage } from './CustomerSearchPage';
import './customer-knowledge.css';

/** /kundwebb/svar: search the public knowledge base; /kundwebb/svar/<id>: one answer. */
export default function KnowledgeRoutes() {
  return (
    <Routes>
      <Route index element={<CustomerSearchPage />} />
      <Route path=":id" element={<CustomerArticlePage />} />
    </Routes>
  );
}
