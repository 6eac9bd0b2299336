import { Suspense } from 'react';
import { lazyScreen } from '../../lazy-retry';
import { Link, Route, Routes } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { useViewer } from '../../viewer';
import { NotAllowed } from './admin-common';
import './admin.css';

const SlaPolicies = lazyScreen(() => import('./SlaPolicies'));
const Calendars = lazyScreen(() => import('./Calendars'));
const IvrEditor = lazyScreen(() => import('./IvrEditor'));
const Webhooks = lazyScreen(() => import('./Webhooks'));
const ReadLogScreen = lazyScreen(() => import('../confidential/ReadLogScreen'));

const AREAS: { to: string; label: MessageKey; about: MessageKey }[] = [
  { to: '/admin/sla', label: 'admin.area.sla', about: 'admin.area.sla.about' },
  { to: '/admin/calendars', label: 'admin.area.calendars', about: 'admin.area.calendars.about' },
  { to: '/admin/ivr', label: 'admin.area.ivr', about: 'admin.area.ivr.about' },
  { to: '/admin/directory', label: 'admin.area.directory', about: 'admin.area.directory.about' },
  { to: '/admin/webhooks', label: 'admin.area.webhooks', about: 'admin.area.webhooks.about' },
  { to: '/admin/audit', label: 'admin.area.audit', about: 'admin.area.audit.about' },
  { to: '/admin/sekretess', label: 'readLog.nav', about: 'readLog.intro' },
];

/** /admin: the administration areas, each a link with what it holds. */
function AdminIndex() {
  const { t } = useI18n();
  return (
    <section className="admin" aria-labelledby="admin-title">
      <h1 id="admin-title">{t('admin.title')}</h1>
      <p className="muted">{t('admin.intro')}</p>
      <ul className="admin-areas">
        {AREAS.map((a) => (
          <li key={a.to}>
            <Link to={a.to}>{t(a.label)}</Link>
            <span className="muted">{t(a.about)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Administration (/admin/*, the directory apart): for admins, as the API's viewer says; everyone
 * else gets a clear "not allowed" state. Each screen also shows the API's own FORBIDDEN as that state.
 */
export default function AdminRoutes() {
  const { t } = useI18n();
  const viewer = useViewer();
  if (!viewer) return <p role="status">{t('app.loading')}</p>;
  if (viewer.role !== 'ADMIN') return <NotAllowed />;
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <Routes>
        <Route index element={<AdminIndex />} />
        <Route path="sla" element={<SlaPolicies />} />
        <Route path="sla/:policyId" element={<SlaPolicies />} />
        <Route path="calendars" element={<Calendars />} />
        <Route path="calendars/:calendarId" element={<Calendars />} />
        <Route path="calendars/ny" element={<Calendars creating />} />
        <Route path="ivr" element={<IvrEditor />} />
        <Route path="webhooks" element={<Webhooks />} />
        <Route path="webhooks/:endpointId" element={<Webhooks />} />
        <Route path="sekretess" element={<ReadLogScreen />} />
        <Route path="*" element={<p role="alert">{t('app.notFound')}</p>} />
      </Routes>
    </Suspense>
  );
}
