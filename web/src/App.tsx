import { useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { AuthProvider, useAuth } from './auth';
import { createConsoleClient } from './client';
import { Layout } from './components/Layout';
import { I18nProvider, useI18n } from './i18n/i18n';
import { MyWork } from './screens/MyWork';
import { SignIn } from './screens/SignIn';
import { TicketPage } from './screens/TicketPage';

function NotFound() {
  const { t } = useI18n();
  return <p role="alert">{t('app.notFound')}</p>;
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
      <Routes>
        <Route element={<Layout live={live} />}>
          <Route index element={<Navigate to="/work" replace />} />
          <Route path="work" element={<MyWork />} />
          <Route path="tickets/:number" element={<TicketPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
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
            <Route path="/*" element={<SignedIn />} />
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
