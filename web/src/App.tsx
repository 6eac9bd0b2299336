import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { lazyScreen } from './lazy-retry';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { AuthProvider, useAuth } from './auth';
import { createConsoleClient } from './client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { I18nProvider, useI18n } from './i18n/i18n';
import { MyWork } from './screens/MyWork';
import { ShortcutProvider } from './shortcuts';
import { SignIn } from './screens/SignIn';
import { AuthCallback } from './screens/AuthCallback';
import { TicketPage } from './screens/TicketPage';
import { useViewer } from './viewer';

/** Screens other than My work and the ticket load on first visit, keeping the first screen small. */
const NewTicketPage = lazyScreen(() => import('./screens/intake/NewTicketPage'));
const PhoneRoutes = lazyScreen(() => import('./screens/phone/PhoneRoutes'));
const KnowledgeRoutes = lazyScreen(() => import('./screens/knowledge/KnowledgeRoutes'));
const AlertsRoutes = lazyScreen(() => import('./screens/alerts/AlertsRoutes'));
const ReportsRoutes = lazyScreen(() => import('./screens/reports/ReportsRoutes'));
const AdminRoutes = lazyScreen(() => import('./screens/admin/AdminRoutes'));
const AuditLogScreen = lazyScreen(() => import('./screens/audit/AuditLogScreen'));
const RetentionScreen = lazyScreen(() => import('./screens/retention/RetentionScreen'));
const DirectoryRoutes = lazyScreen(() => import('./screens/directory/DirectoryRoutes'));
const MailRoutes = lazyScreen(() => import('./screens/mail/MailRoutes'));
const MailSettingsRoutes = lazyScreen(() => import('./screens/mail-settings/MailSettingsRoutes'));
const InboundMailRoutes = lazyScreen(() => import('./screens/mail/InboundRoutes'));
const RepliesRoutes = lazyScreen(() => import('./screens/replies/RepliesRoutes'));
/** The customer web (kundwebben): its own frame and areas, for the customer agencies' users. */
const CustomerRoutes = lazyScreen(() => import('./screens/customer/CustomerRoutes'));

/** A lazy screen: its loading state, and its own error boundary (a chunk that fails to load, a bug). */
function Loading({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function NotFound() {
  const { t } = useI18n();
  return <p role="alert">{t('app.notFound')}</p>;
}

/** Where `/` leads: customers to the customer web, staff to My work. */
function Home() {
  const viewer = useViewer();
  if (!viewer) return null;
  return <Navigate to={viewer.role === 'CUSTOMER' ? '/kundwebb' : '/work'} replace />;
}

/** The signed-in part: one GraphQL client (and socket) per token; signed out, to /sign-in?next=… */
function SignedIn() {
  const { token } = useAuth();
  const location = useLocation();
  const [live, setLive] = useState(false);
  const connection = useMemo(() => (token ? createConsoleClient(token, setLive) : null), [token]);
  useEffect(() => () => connection?.dispose(), [connection]);
  if (!connection) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <Provider value={connection.client}>
      <ShortcutProvider>
        <Routes>
          <Route path="kundwebb/*" element={<Loading><CustomerRoutes /></Loading>} />
          <Route element={<Layout live={live} />}>
            <Route index element={<Home />} />
            <Route path="work" element={<MyWork />} />
            <Route path="tickets/new" element={<Loading><NewTicketPage /></Loading>} />
            <Route path="tickets/:number" element={<TicketPage />} />
            <Route path="phone/*" element={<Loading><PhoneRoutes /></Loading>} />
            <Route path="knowledge/*" element={<Loading><KnowledgeRoutes /></Loading>} />
            <Route path="alerts/*" element={<Loading><AlertsRoutes /></Loading>} />
            <Route path="reports/*" element={<Loading><ReportsRoutes /></Loading>} />
            <Route path="admin/directory/*" element={<Loading><DirectoryRoutes /></Loading>} />
            <Route path="admin/mail/*" element={<Loading><MailRoutes /></Loading>} />
            <Route path="admin/audit" element={<Loading><AuditLogScreen /></Loading>} />
            <Route path="admin/retention" element={<Loading><RetentionScreen /></Loading>} />
            <Route path="admin/*" element={<Loading><AdminRoutes /></Loading>} />
            <Route path="settings/mail/*" element={<Loading><MailSettingsRoutes /></Loading>} />
            <Route path="mail/inbound/*" element={<Loading><InboundMailRoutes /></Loading>} />
            <Route path="replies/*" element={<Loading><RepliesRoutes /></Loading>} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </ShortcutProvider>
    </Provider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignIn />} />
            <Route path="/sign-in/callback" element={<AuthCallback />} />
            <Route path="/*" element={<SignedIn />} />
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
