import { Suspense, useEffect, useState } from 'react';
import { lazyScreen } from '../lazy-retry';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { LANGUAGES, useI18n, type Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';
import { NAV, type NavItem } from '../nav';
import { useShortcut } from '../shortcuts';
import { hasRole, useViewer } from '../viewer';
import { ErrorBoundary } from './ErrorBoundary';
import { Keys } from './Keys';
import { PresenceToggle } from './PresenceToggle';

/** The overlays load on first use (cmdk and the dialog stay out of the first screen's JavaScript). */
const loadPalette = () => import('./CommandPalette');
const loadHelp = () => import('./ShortcutHelp');
const CommandPalette = lazyScreen(loadPalette);
const ShortcutHelp = lazyScreen(loadHelp);

/** The "g <letter>" shortcuts to the screens, by the screen's path. */
const GO: Record<string, { keys: string; label: MessageKey }> = {
  '/work': { keys: 'g w', label: 'palette.shortcut.go.work' },
  '/knowledge': { keys: 'g k', label: 'palette.shortcut.go.knowledge' },
  '/tickets/new': { keys: 'g n', label: 'palette.shortcut.go.newTicket' },
  '/phone': { keys: 'g p', label: 'palette.shortcut.go.phone' },
  '/alerts': { keys: 'g a', label: 'palette.shortcut.go.alerts' },
  '/reports': { keys: 'g r', label: 'palette.shortcut.go.reports' },
};

/** Registers one screen's "g <letter>" while it is in the viewer's menu. */
function GoShortcut({ item }: { item: NavItem }) {
  const navigate = useNavigate();
  const go = GO[item.to]!;
  useShortcut(go.keys, go.label, () => navigate(item.to));
  return null;
}

/**
 * The frame of every signed-in screen: skip link, header with navigation, search, language and
 * sign-out; the command palette, the shortcut help and the global shortcuts; an error boundary
 * around the screen (reset on every move, so the header always stays usable).
 */
export function Layout({ live }: { live: boolean }) {
  const { t, language, setLanguage } = useI18n();
  const { signOut } = useAuth();
  const viewer = useViewer();
  const location = useLocation();
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  const menu = NAV.filter((item) => hasRole(viewer, item.roles));
  // Mounted from the first opening on (so that closing can return the focus), fetched when idle.
  const [used, setUsed] = useState({ palette: false, help: false });
  useEffect(() => {
    if (palette || help) setUsed((u) => ({ palette: u.palette || palette, help: u.help || help }));
  }, [palette, help]);
  useEffect(() => {
    const prefetch = () => void Promise.all([loadPalette(), loadHelp()]).catch(() => undefined);
    const id = window.setTimeout(prefetch, 1500);
    return () => window.clearTimeout(id);
  }, []);

  useShortcut('mod+k', 'palette.shortcut.palette', () => setPalette((open) => !open));
  useShortcut('/', 'palette.shortcut.search', () => setPalette(true));
  useShortcut('?', 'palette.shortcut.help', () => setHelp(true));
  // A move closes the overlays (a "g" shortcut pressed while the help is open, the browser's back).
  useEffect(() => {
    setPalette(false);
    setHelp(false);
  }, [location.pathname]);

  // The console is the staff's: a customer agency's user has the customer web.
  if (viewer?.role === 'CUSTOMER') return <Navigate to="/kundwebb" replace />;
  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.nav')}>
          {menu.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === '/tickets/new'}>{t(item.label)}</NavLink>
          ))}
        </nav>
        <span className="spacer" />
        <button type="button" className="palette-open" onClick={() => setPalette(true)} aria-keyshortcuts="Control+K Meta+K /">
          {t('palette.open')} <Keys keys="mod+k" />
        </button>
        <PresenceToggle />
        {live && <span className="live" title={t('app.live.connected')}>● {t('app.live.connected')}</span>}
        <label className="language">
          <span className="sr-only">{t('app.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {(Object.keys(LANGUAGES) as Language[]).map((l) => (
              <option key={l} value={l} lang={l}>{LANGUAGES[l].label}</option>
            ))}
          </select>
        </label>
        {viewer && (
          <span className="who" title={t('app.signedInAs', { name: viewer.user.name })}>
            <span className="sr-only">{t('app.signedInAs', { name: '' })}</span>
            {viewer.user.name}
          </span>
        )}
        <button type="button" onClick={signOut}>{t('app.signOut')}</button>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      {menu.filter((item) => GO[item.to]).map((item) => <GoShortcut key={item.to} item={item} />)}
      <Suspense fallback={null}>
        {(palette || used.palette) && <CommandPalette open={palette} onOpenChange={setPalette} showShortcuts={() => setHelp(true)} />}
        {(help || used.help) && <ShortcutHelp open={help} onOpenChange={setHelp} />}
      </Suspense>
    </>
  );
}
