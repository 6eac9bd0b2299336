import { NavLink, Route, Routes, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { ForumsPage } from './ForumsPage';
import { OrdersPage } from './OrdersPage';
import { SlaReportPage } from './SlaReportPage';
import './reports.css';

const TABS: { to: string; label: MessageKey }[] = [
  { to: '/reports', label: 'reports.tab.sla' },
  { to: '/reports/forums', label: 'reports.tab.forums' },
  { to: '/reports/orders', label: 'reports.tab.orders' },
];

/** Reports and forums: the SLA report, the forums (due, meetings, matters), orders and invoicing; the agency chosen follows between them. */
export default function ReportsRoutes() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const agency = params.get('agency');
  const keep = agency ? `?${new URLSearchParams({ agency })}` : '';
  return (
    <div className="reports">
      <h1>{t('app.nav.reports')}</h1>
      <nav className="report-tabs" aria-label={t('reports.tabs')}>
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={`${tab.to}${keep}`} end>{t(tab.label)}</NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<SlaReportPage />} />
        <Route path="forums" element={<ForumsPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="*" element={<p role="alert">{t('app.notFound')}</p>} />
      </Routes>
    </div>
  );
}
