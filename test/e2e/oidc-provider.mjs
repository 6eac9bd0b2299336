/**
 * A real OIDC provider for test/e2e/oidc.e2e.test.ts: `oidc-provider` (ESM only, so it runs in a
 * child process of its own rather than inside jest's CommonJS sandbox), on loopback only.
 *
 *   node test/e2e/oidc-provider.mjs <port> <console origin> <api audience> <access token TTL s> <accounts JSON>
 *
 * One public client for the console (authorization code with PKCE, refresh tokens), JWT access
 * tokens for the API's audience (resource indicators, the audience by default) carrying the
 * account's verified e-mail, the development login and consent forms, RP-initiated logout and
 * token revocation. Prints "ready <issuer>" when listening.
 */
import { generateKeyPairSync } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';

const [port, consoleOrigin, audience, ttl, accountsJson] = process.argv.slice(2);
/** e-mail -> display name */
const accounts = new Map(Object.entries(JSON.parse(accountsJson)));
const issuer = `http://127.0.0.1:${port}`;
const accessTokenTTL = Number(ttl);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e-signing-key', use: 'sig', alg: 'RS256' };

const account = (email) =>
  accounts.has(email)
    ? { accountId: email, claims: async () => ({ sub: email, email, email_verified: true, name: accounts.get(email) }) }
    : undefined;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'supportchain-console',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`${consoleOrigin}/sign-in/callback`],
      post_logout_redirect_uris: [`${consoleOrigin}/sign-in?signedOut=1`],
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: ['supportchain-e2e-cookie-key'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount: async (_ctx, sub) => account(sub),
  pkce: { required: () => true },
  // The console's client may call the token, revocation and end-session endpoints from its origin.
  clientBasedCORS: (_ctx, origin) => origin === consoleOrigin,
  // A refresh token for the client that may use one (without asking for offline_access).
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  // The API finds its user by the verified e-mail in the access token.
  extraTokenClaims: async (_ctx, token) => {
    if (token.kind !== 'AccessToken' || !accounts.has(token.accountId)) return undefined;
    return { email: token.accountId, email_verified: true };
  },
  ttl: { AccessToken: accessTokenTTL, IdToken: 3600, RefreshToken: 3600, Session: 3600, Grant: 3600, Interaction: 600 },
  features: {
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => audience,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (_ctx, resource) => {
        if (resource !== audience) throw new errors.InvalidTarget();
        return { scope: 'api', audience, accessTokenTTL, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
});

provider.listen(Number(port), '127.0.0.1').on('listening', () => console.log(`ready ${issuer}`));
