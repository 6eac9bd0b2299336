import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** The session's token: in memory, and in sessionStorage so that a reload keeps the tab signed in. */
const STORAGE_KEY = 'supportchain.token';

export interface DevUser {
  email: string;
  name: string;
  role: string;
}

interface Auth {
  token: string | null;
  signIn(email: string): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

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

export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(storedToken);
  const signIn = useCallback(async (email: string) => {
    const res = await fetch('/auth/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { token: string };
    sessionStorage.setItem(STORAGE_KEY, body.token);
    setToken(body.token);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setToken(null);
  }, []);
  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
