import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { useI18n } from '../i18n/i18n';

/**
 * Where the OIDC provider sends the browser back (`/sign-in/callback?code=…&state=…`): the code is
 * exchanged for tokens (with the PKCE verifier), then on to the page that asked for sign-in.
 */
export function AuthCallback() {
  const { t } = useI18n();
  const { completeSignIn } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    document.title = `${t('signIn.title')} · ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    completeSignIn().then(
      (next) => navigate(next, { replace: true }),
      () => setFailed(true),
    );
  }, [completeSignIn, navigate]);
  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {failed ? (
        <>
          <p role="alert" className="error">{t('signIn.callbackFailed')}</p>
          <p><Link to="/sign-in?signedOut=1">{t('signIn.again')}</Link></p>
        </>
      ) : (
        <p role="status">{t('signIn.completing')}</p>
      )}
    </main>
  );
}
