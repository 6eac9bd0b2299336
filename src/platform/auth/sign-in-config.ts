import { DEFAULT_OIDC_SCOPE, type AuthConfig } from '../config';

/**
 * How the console signs in, as `GET /auth/config` tells it (public: nothing here is a secret):
 * - `oidc`: authorization code with PKCE at the API's own provider (OIDC_ISSUER, OIDC_CLIENT_ID);
 * - `dev`: the development sign-in page (`/auth/dev`, never in production);
 * - `none`: neither (production with JWT_SECRET tokens issued elsewhere): the console says so.
 */
export type SignInConfig = { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'dev' } | { mode: 'none' };

export function signInConfigOf(auth: AuthConfig, devSignIn: boolean): SignInConfig {
  const oidc = auth.oidc;
  if (oidc?.clientId) return { mode: 'oidc', issuer: oidc.issuer, clientId: oidc.clientId, scope: oidc.scope ?? DEFAULT_OIDC_SCOPE };
  return devSignIn ? { mode: 'dev' } : { mode: 'none' };
}
