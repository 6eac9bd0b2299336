import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';
import { RETRY_AFTER_SECONDS } from '../db/unavailable';
import { ErrorCode } from '../errors';

/** The identity a verified token names: the user is looked up by e-mail. */
export interface TokenIdentity {
  email: string;
}

export type TokenVerifier = (token: string) => Promise<TokenIdentity | null>;

const DEV_ISSUER = 'supportchain-dev';
const DEV_AUDIENCE = 'supportchain';

/**
 * Verifies bearer tokens with jose: HS256 with a local secret (development), and/or RS/ES tokens of
 * an OIDC provider checked against its JWKS, issuer and audience (production).
 * Returns null for any token that does not verify; never throws on bad input. Throws
 * SIGN_IN_KEYS_UNAVAILABLE (503) when the provider's key set cannot be fetched: the token may be
 * good, and neither 401 (the client would sign out) nor DATABASE_UNAVAILABLE (wrong part) says so.
 */
export function createTokenVerifier(config: AuthConfig, now: () => number = Date.now): TokenVerifier {
  return rememberVerified(verifierOf(config), now);
}

/** How long a verified token is taken as verified without checking its signature again, and how many are remembered. */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKENS_MAX = 5_000;

/**
 * Remembers the tokens that verified (issue 19: the signature check was a sixth of a queue
 * request's CPU), by their exact text: the same text verifies the same way, except for time, so a
 * remembered token is still refused from its `exp` on (and before its `nbf`), as jose refuses it.
 * An entry lives at most a minute (a key the provider withdrew stops vouching within it); tokens
 * that fail are never remembered. Bounded, oldest first out.
 */
function rememberVerified(verify: TokenVerifier, now: () => number): TokenVerifier {
  const verified = new Map<string, { identity: TokenIdentity; exp: number; nbf: number; at: number }>();
  return async (token) => {
    const t = now();
    const seconds = Math.floor(t / 1000);
    const hit = verified.get(token);
    if (hit && t - hit.at < VERIFIED_TOKEN_TTL_MS) return seconds < hit.exp && seconds >= hit.nbf ? hit.identity : null;
    const identity = await verify(token);
    if (identity) {
      const { exp, nbf } = decodeJwt(token);
      verified.delete(token);
      verified.set(token, { identity, exp: exp!, nbf: nbf ?? 0, at: t });
      if (verified.size > VERIFIED_TOKENS_MAX) verified.delete(verified.keys().next().value!);
    }
    return identity;
  };
}

function verifierOf(config: AuthConfig): TokenVerifier {
  const secret = config.hsSecret ? new TextEncoder().encode(config.hsSecret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = config.oidc ? createRemoteJWKSet(new URL(config.oidc.jwksUrl)) : undefined;
  return async (token) => {
    if (!token || token.length > 8192) return null;
    if (secret) {
      const payload = await verifyOrNull(() => jwtVerify(token, secret, { algorithms: ['HS256'], issuer: DEV_ISSUER, audience: DEV_AUDIENCE, requiredClaims: REQUIRED_CLAIMS }));
      if (payload) return devIdentityOf(payload);
    }
    if (jwks && config.oidc) {
      const { issuer, audience } = config.oidc;
      const payload = await verifyOrNull(() => jwtVerify(token, jwks, { issuer, audience, algorithms: ['RS256', 'ES256', 'PS256'], requiredClaims: REQUIRED_CLAIMS }), keyServerDown);
      if (payload) return oidcIdentityOf(payload);
    }
    return null;
  };
}

async function verifyOrNull(verify: () => Promise<{ payload: JWTPayload }>, unavailable: (err: unknown) => boolean = () => false): Promise<JWTPayload | null> {
  try {
    return (await verify()).payload;
  } catch (err) {
    if (unavailable(err)) throw signInKeysUnavailable(err as Error);
    return null;
  }
}

/**
 * The key set could not be had: a timeout, a fetch that failed (refused, reset, DNS: a TypeError,
 * not a JOSEError), an answer other than 200 or not JSON. A token that fails its checks is not this.
 */
function keyServerDown(err: unknown): boolean {
  if (err instanceof errors.JWKSTimeout || !(err instanceof errors.JOSEError)) return true;
  return /JSON Web Key Set HTTP response/.test(err.message);
}

export const SIGN_IN_KEYS_UNAVAILABLE_MESSAGE = "the sign-in provider's keys cannot be fetched just now, so the token cannot be checked; try again shortly";

const signInKeysUnavailable = (originalError: Error) =>
  new GraphQLError(SIGN_IN_KEYS_UNAVAILABLE_MESSAGE, {
    originalError,
    extensions: { code: ErrorCode.SIGN_IN_KEYS_UNAVAILABLE, http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
  });

/** Every token must expire: one without `exp` would be valid forever once leaked. */
const REQUIRED_CLAIMS = ['exp'];

function identityOf(email: unknown): TokenIdentity | null {
  return typeof email === 'string' && email.includes('@') ? { email: email.toLowerCase() } : null;
}

/** A development token names its user by `email` (or `sub`): the local secret vouches for both. */
function devIdentityOf(payload: JWTPayload): TokenIdentity | null {
  return identityOf(typeof payload.email === 'string' ? payload.email : payload.sub);
}

/**
 * An OIDC token names its user by `email` only when the provider says it verified that address
 * (`email_verified: true`); otherwise anyone could register an account there with a colleague's
 * address. `sub` is the provider's opaque id, never an e-mail address we may trust.
 */
function oidcIdentityOf(payload: JWTPayload): TokenIdentity | null {
  return payload.email_verified === true ? identityOf(payload.email) : null;
}

/** A development token for `email`, signed HS256 with the local secret. */
export async function signDevToken(secret: string, email: string, expiresIn = '12h'): Promise<string> {
  return new SignJWT({ email })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(email)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/** When a token that has verified expires (its `exp`, ms since the epoch): a live socket is closed then (4401). */
export function expiryOf(token: string): number | null {
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : null;
}

/** The token of an `Authorization: Bearer x` header, or of graphql-ws connectionParams. */
export function bearerFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}
