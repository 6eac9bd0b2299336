import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth';
import { LANGUAGES, useI18n, type Language } from '../i18n/i18n';
import { NAV } from '../nav';
import { hasRole, useViewer } from '../viewer';

/** The frame of every signed-in screen: skip link, header with navigation, language and sign-out. */
export function Layout({ live }: { live: boolean }) {
  const { t, language, setLanguage } = useI18n();
  const { signOut } = useAuth();
  const viewer = useViewer();
  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.nav')}>
          {NAV.filter((item) => hasRole(viewer, item.roles)).map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === '/tickets/new'}>{t(item.label)}</NavLink>
          ))}
        </nav>
        <span className="spacer" />
        {live && <span className="live" title={t('app.live.connected')}>● {t('app.live.connected')}</span>}
        <label className="language">
          {t('app.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {(Object.keys(LANGUAGES) as Language[]).map((l) => (
              <option key={l} value={l} lang={l}>{LANGUAGES[l].label}</option>
            ))}
          </select>
        </label>
        {viewer && <span className="who">{t('app.signedInAs', { name: viewer.user.name })}</span>}
        <button type="button" onClick={signOut}>{t('app.signOut')}</button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
