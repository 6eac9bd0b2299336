import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';

/**
 * Sign-in, in the mode the server names at GET /auth/config:
 * - `oidc` (production): authorization code with PKCE at the API's provider (oidc-client-ts, loaded
 *   only then). The tokens live in memory only (InMemoryWebStorage): a reload signs in again at the
 *   provider, which still knows the browser. The access token is renewed with the refresh token
 *   before it expires; sign-out ends the provider's session (end_session) and revokes the tokens.
 * - `dev`: the development page's token, kept in sessionStorage so that a reload keeps the tab signed in.
 * - `none`: neither (tokens are issued elsewhere); the sign-in page says so.
 */
export type SignInConfig = { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'dev' } | { mode: 'none' };

/** Where a development token lives (never an OIDC token). */
const STORAGE_KEY = 'supportchain.token';

export interface DevUser {
  email: string;
  name: string;
  role: string;
}

interface Auth {
  /**
   * The session's token: set at sign-in, null once signed out. A renewal does not change it (the
   * GraphQL client and its cache live on): requests read the current one from `bearerToken()`.
   */
  token: string | null;
  /** How this server signs in; undefined until GET /auth/config has answered. */
  config: SignInConfig | undefined;
  configError: string | null;
  /** Development: a token for this demo user. */
  signIn(email: string): Promise<void>;
  /** OIDC: off to the provider; back at /sign-in/callback, then at `next`. */
  signInWithProvider(next: string): Promise<void>;
  /** OIDC: the callback's code exchanged for tokens; resolves to the path to go on to. */
  completeSignIn(): Promise<string>;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

/** The access token requests carry now (renewed in place); null when signed out. */
let current: string | null = null;
const renewalListeners = new Set<() => void>();

export function bearerToken(): string | null {
  return current;
}

/** Called after each renewal of the access token (the socket reconnects with the new one). */
export function onTokenRenewed(listener: () => void): () => void {
  renewalListeners.add(listener);
  return () => void renewalListeners.delete(listener);
}

/** A token's expiry (JWT `exp`), or null when it has none or cannot be read. */
function expiresAt(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

function storedToken(): string | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  if (!token) return null;
  const exp = expiresAt(token);
  if (exp !== null && exp <= Date.now()) {
    sessionStorage.removeItem(STORAGE_KEY);
    return null;
  }
  return token;
}

/** The demo users development sign-in offers (GET /auth/dev/users); null when the server has none (404). */
export async function fetchDevUsers(): Promise<DevUser[] | null> {
  const res = await fetch('/auth/dev/users', { headers: { accept: 'application/json' } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as DevUser[];
}

let configRequest: Promise<SignInConfig> | null = null;
function fetchSignInConfig(): Promise<SignInConfig> {
  configRequest ??= fetch('/auth/config', { headers: { accept: 'application/json' } }).then(async (res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as SignInConfig;
  });
  configRequest.catch(() => (configRequest = null));
  return configRequest;
}

/** The page the provider sends the browser back to (a console route, outside the API's /auth paths). */
export const CALLBACK_PATH = '/sign-in/callback';

let manager: Promise<UserManager> | null = null;
/** One UserManager per page, made on first use (oidc-client-ts stays out of the first screen's bundle). */
function userManager(config: Extract<SignInConfig, { mode: 'oidc' }>): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore, InMemoryWebStorage }) => {
    return new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      redirect_uri: `${location.origin}${CALLBACK_PATH}`,
      post_logout_redirect_uri: `${location.origin}/sign-in?signedOut=1`,
      response_type: 'code',
      scope: config.scope,
      // Tokens in memory only; only the PKCE verifier and state wait in sessionStorage across the
      // redirect to the provider (oidc-client-ts removes them at the callback).
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: new WebStorageStateStore({ store: sessionStorage, prefix: 'supportchain.oidc.' }),
      automaticSilentRenew: true,
      loadUserInfo: false,
    });
  });
  return manager;
}

/** The callback is handled once, even when React runs the effect twice. */
const callbacks = new Map<string, Promise<string>>();

export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => (current = storedToken()));
  const [config, setConfig] = useState<SignInConfig | undefined>(undefined);
  const [configError, setConfigError] = useState<string | null>(null);

  useEffect(() => {
    fetchSignInConfig().then(
      (c) => {
        setConfig(c);
        // Only development sign-in keeps a token across reloads.
        if (c.mode !== 'dev' && sessionStorage.getItem(STORAGE_KEY)) {
          sessionStorage.removeItem(STORAGE_KEY);
          current = null;
          setToken(null);
        }
      },
      (e: Error) => setConfigError(e.message),
    );
  }, []);

  // OIDC: each renewal updates the token requests carry; an access token that expired all the same
  // (renewal failed) ends the session here, and the sign-in page starts a new one.
  useEffect(() => {
    if (config?.mode !== 'oidc') return undefined;
    let detach = () => {};
    void userManager(config).then((um) => {
      const loaded = (user: { access_token: string }) => {
        const renewed = current !== null && current !== user.access_token;
        current = user.access_token;
        if (renewed) for (const listener of renewalListeners) listener();
      };
      const expired = () => {
        current = null;
        setToken(null);
      };
      um.events.addUserLoaded(loaded);
      um.events.addAccessTokenExpired(expired);
      detach = () => {
        um.events.removeUserLoaded(loaded);
        um.events.removeAccessTokenExpired(expired);
      };
    });
    return () => detach();
  }, [config]);

  const signIn = useCallback(async (email: string) => {
    const res = await fetch('/auth/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { token: string };
    sessionStorage.setItem(STORAGE_KEY, body.token);
    current = body.token;
    setToken(body.token);
  }, []);

  const signInWithProvider = useCallback(
    async (next: string) => {
      const c = config ?? (await fetchSignInConfig());
      if (c.mode !== 'oidc') throw new Error('no OIDC sign-in here');
      await (await userManager(c)).signinRedirect({ state: { next } });
    },
    [config],
  );

  const completeSignIn = useCallback(async () => {
    const key = location.search;
    if (!callbacks.has(key))
      callbacks.set(
        key,
        (async () => {
          const c = await fetchSignInConfig();
          if (c.mode !== 'oidc') throw new Error('no OIDC sign-in here');
          const user = await (await userManager(c)).signinRedirectCallback();
          current = user.access_token;
          const next = (user.state as { next?: unknown } | undefined)?.next;
          return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/work';
        })(),
      );
    const next = await callbacks.get(key)!;
    setToken(current);
    return next;
  }, []);

  const signOut = useCallback(() => {
    const local = () => {
      sessionStorage.removeItem(STORAGE_KEY);
      current = null;
      setToken(null);
    };
    if (config?.mode !== 'oidc') return local();
    // Revokes the refresh token (a JWT access token cannot be revoked: it expires soon), ends the
    // provider's session and comes back to /sign-in?signedOut=1; the page, and with it every token,
    // is gone meanwhile. Without the provider, at least this tab signs out.
    void userManager(config)
      .then(async (um) => {
        await um.revokeTokens(['refresh_token']).catch(() => undefined);
        await um.signoutRedirect();
      })
      .catch(() => {
        current = null;
        location.assign('/sign-in?signedOut=1');
      });
  }, [config]);

  const value = useMemo(() => ({ token, config, configError, signIn, signInWithProvider, completeSignIn, signOut }), [token, config, configError, signIn, signInWithProvider, completeSignIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
