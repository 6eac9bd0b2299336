import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { fetchDevUsers, useAuth, type DevUser } from '../auth';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';

/** Development sign-in: the demo users from GET /auth/dev/users, one button each. */
export function SignIn() {
  const { t } = useI18n();
  const { token, signIn } = useAuth();
  const location = useLocation();
  const [users, setUsers] = useState<DevUser[] | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t('signIn.title')} · ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    fetchDevUsers().then(setUsers, (e: Error) => setError(e.message));
  }, []);
  const next = new URLSearchParams(location.search).get('next') ?? '/work';
  if (token) return <Navigate to={next.startsWith('/') ? next : '/work'} replace />;
  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
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
    </main>
  );
}
