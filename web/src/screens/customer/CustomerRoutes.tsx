import { Suspense, type ReactNode } from 'react';
import { lazyScreen } from '../../lazy-retry';
import { Link, NavLink, Navigate, Outlet, Route, Routes } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../../auth';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { graphql } from '../../gql';
import { LANGUAGES, useI18n, type Language } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import './customer.css';

/** Each area of the customer web loads on first visit. */
const RegisterRoutes = lazyScreen(() => import('./register/RegisterRoutes'));
const CasesRoutes = lazyScreen(() => import('./cases/CasesRoutes'));
const KnowledgeRoutes = lazyScreen(() => import('./knowledge/KnowledgeRoutes'));
const OrdersRoutes = lazyScreen(() => import('./orders/OrdersRoutes'));
const AgencyRoutes = lazyScreen(() => import('./agency/AgencyRoutes'));

/** Who is signed in, as the customer web shows it: name, role and agency. */
export const CustomerViewerQuery = graphql(`
  query CustomerViewer {
    viewer { role user { id name agency { id name } } }
  }
`);

const MENU: readonly { to: string; label: MessageKey; end?: boolean }[] = [
  { to: '/kundwebb', label: 'customer.nav.start', end: true },
  { to: '/kundwebb/nytt', label: 'customer.nav.register' },
  { to: '/kundwebb/arenden', label: 'customer.nav.cases' },
  { to: '/kundwebb/svar', label: 'customer.nav.knowledge' },
  { to: '/kundwebb/bestallningar', label: 'customer.nav.orders' },
  { to: '/kundwebb/myndighet', label: 'customer.nav.agency' },
];

function Area({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/**
 * The customer web's frame: plain, calm and accessible (a skip link, one menu, the language, who is
 * signed in and for which agency). Staff are sent to their console: the API would show them
 * everything, and this web is written for a customer agency's users.
 */
function CustomerLayout() {
  const { t, language, setLanguage } = useI18n();
  const { signOut } = useAuth();
  const [{ data, error }] = useQuery({ query: CustomerViewerQuery });
  const viewer = data?.viewer;
  if (viewer && viewer.role !== 'CUSTOMER')
    return (
      <main id="main" className="customer-main">
        <p>{t('customer.staffOnly')}</p>
        <Link to="/work">{t('customer.toConsole')}</Link>
      </main>
    );
  return (
    <div className="customer">
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="customer-header">
        <div className="customer-brand">
          <span className="customer-org">{t('customer.org')}</span>
          <span className="customer-name">{t('customer.name')}</span>
        </div>
        <div className="customer-tools">
          {viewer && <span className="customer-who">{t('customer.signedInAs', { name: viewer.user.name, agency: viewer.user.agency?.name ?? '' })}</span>}
          <label>
            <span className="sr-only">{t('app.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {(Object.keys(LANGUAGES) as Language[]).map((l) => (
                <option key={l} value={l} lang={l}>{LANGUAGES[l].label}</option>
              ))}
            </select>
          </label>
          <button type="button" className="customer-signout" onClick={() => void signOut()}>{t('app.signOut')}</button>
        </div>
        <nav aria-label={t('customer.nav')} className="customer-nav">
          {MENU.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end}>{t(item.label)}</NavLink>
          ))}
        </nav>
      </header>
      <main id="main" className="customer-main" tabIndex={-1}>
        {error ? <p role="alert">{t('app.error', { message: error.message })}</p> : <ErrorBoundary><Outlet /></ErrorBoundary>}
      </main>
    </div>
  );
}

function Start() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="customer-start">
      <h1 id="customer-start">{t('customer.start.title')}</h1>
      <p className="customer-lead">{t('customer.start.intro')}</p>
      <ul className="customer-cards">
        <li><Link to="/kundwebb/nytt"><strong>{t('customer.start.register')}</strong><span>{t('customer.start.register.hint')}</span></Link></li>
        <li><Link to="/kundwebb/arenden"><strong>{t('customer.start.cases')}</strong><span>{t('customer.start.cases.hint')}</span></Link></li>
        <li><Link to="/kundwebb/svar"><strong>{t('customer.start.knowledge')}</strong><span>{t('customer.start.knowledge.hint')}</span></Link></li>
      </ul>
      <p>{t('customer.start.phone')}</p>
    </section>
  );
}

/** The customer web at /kundwebb: its own frame and areas on the console's client and sign-in. */
export default function CustomerRoutes() {
  return (
    <Routes>
      <Route element={<CustomerLayout />}>
        <Route index element={<Start />} />
        <Route path="nytt/*" element={<Area><RegisterRoutes /></Area>} />
        <Route path="arenden/*" element={<Area><CasesRoutes /></Area>} />
        <Route path="svar/*" element={<Area><KnowledgeRoutes /></Area>} />
        <Route path="bestallningar/*" element={<Area><OrdersRoutes /></Area>} />
        <Route path="myndighet/*" element={<Area><AgencyRoutes /></Area>} />
        <Route path="*" element={<Navigate to="/kundwebb" replace />} />
      </Route>
    </Routes>
  );
}
