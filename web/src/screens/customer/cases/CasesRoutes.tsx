import { Route, Routes } from 'react-router';
import { CaseList } from './CaseList';
import { CasePage } from './CasePage';
import './cases.css';

/** The customer web's cases area: the agency's cases at /kundwebb/arenden, one case at /kundwebb/arenden/<number>. */
export default function CasesRoutes() {
  return (
    <Routes>
      <Route index element={<CaseList />} />
      <Route path=":number" element={<CasePage />} />
    </Routes>
  );
}
