import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { fetchDevUsers, useAuth, type DevUser } from '../auth';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';

/** The path to go on to after sign-in (a console path, never another site). */
function nextOf(search: string): string {
  // `/` sends each role to its start: customers to the customer web, staff to My work.
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/**
 * Sign-in, as the server has it (GET /auth/config): at the organisation's OIDC provider (the page
 * sends the browser there at once, except just after signing out), or in development with the demo
 * users of GET /auth/dev/users, one button each.
 */
export function SignIn() {
  const { t } = useI18n();
  const { token, config, configError } = useAuth();
  const location = useLocation();
  useEffect(() => {
    document.title = `${t('signIn.title')} · ${t('app.name')}`;
  }, [t]);
  const next = nextOf(location.search);
  if (token) return <Navigate to={next} replace />;
  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {configError && <p role="alert" className="error">{t('app.error', { message: configError })}</p>}
      {!config && !configError && <p role="status">{t('app.loading')}</p>}
      {config?.mode === 'dev' && <DevSignIn />}
      {config?.mode === 'oidc' && <ProviderSignIn next={next} signedOut={new URLSearchParams(location.search).has('signedOut')} />}
      {config?.mode === 'none' && <p role="alert" className="error">{t('signIn.none')}</p>}
    </main>
  );
}

/** OIDC: straight on to the provider; after signing out, a note and a button to sign in again. */
function ProviderSignIn({ next, signedOut }: { next: string; signedOut: boolean }) {
  const { t } = useI18n();
  const { signInWithProvider } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const go = () => {
    setError(null);
    signInWithProvider(next).catch(() => setError(t('signIn.providerFailed')));
  };
  useEffect(() => {
    if (signedOut || started.current) return;
    started.current = true;
    go();
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedOut]);
  return (
    <>
      {signedOut ? <p role="status">{t('signIn.signedOut')}</p> : !error && <p role="status">{t('signIn.redirecting')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {(signedOut || error) && (
        <p>
          <button type="button" onClick={go}>{t('signIn.withProvider')}</button>
        </p>
      )}
    </>
  );
}

/** Development: the demo users from GET /auth/dev/users, one button each. */
function DevSignIn() {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const [users, setUsers] = useState<DevUser[] | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchDevUsers().then(setUsers, (e: Error) => setError(e.message));
  }, []);
  return (
    <>
      <p>{t('signIn.intro')}</p>
      {error && <p role="alert" className="error">{t('app.error', { message: error })}</p>}
      {users === undefined && !error && <p role="status">{t('app.loading')}</p>}
      {users === null && <p role="alert" className="error">{t('signIn.unavailable')}</p>}
      {users && (
        <ul className="user-list">
          {users.map((u) => (
            <li key={u.email}>
              {/* The name read aloud is the visible text (axe: label-content-name-mismatch), "Logga in som" before it. */}
              <button type="button" onClick={() => signIn(u.email).catch(() => setError(t('signIn.failed')))}>
                <span className="name"><span className="sr-only">{t('signIn.as', { name: '' })}</span>{u.name}</span>
                <span className="muted">{t(`role.${u.role}` as MessageKey)} · {u.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
