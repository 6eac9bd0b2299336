import express from 'express';
import type { DevToken } from '../platform/domain';
import type { Context } from '../platform/context';
import { STAFF_ROLES } from './directory.enums';
import { DirectoryErrorCode, directoryError } from './directory.errors';
import { signInUsers } from './directory.sql';

/** Who may sign in to the console: the staff roles, in the order the sign-in page lists them. */
const SIGN_IN_ROLES = [...STAFF_ROLES];

export interface DevSignInDeps {
  /** A unit of work without a viewer (the routes read the directory, nobody is signed in yet). */
  contextFor(authorization: unknown): Promise<Context>;
  /** null in production or without a dev secret: every path answers 404 then. */
  signDevToken: ((email: string) => Promise<DevToken>) | null;
}

/**
 * Development sign-in for the console (`/auth/dev`): `GET /users` lists the active staff users,
 * `POST /token` with `{ "email": "..." }` signs a development token for one of them. Both (and
 * every other path here) answer 404 in production, as if they did not exist.
 */
export function devSignInRouter({ contextFor, signDevToken }: DevSignInDeps): express.Router {
  const router = express.Router();
  if (!signDevToken) {
    router.use((_req, res) => {
      res.status(404).json({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
    });
    return router;
  }
  router.get('/users', async (_req, res, next) => {
    try {
      const ctx = await contextFor(undefined);
      res.json(await signInUsers(ctx.em, SIGN_IN_ROLES));
    } catch (err) {
      next(err);
    }
  });
  router.post('/token', express.json({ limit: '4kb' }), async (req, res, next) => {
    try {
      const email = emailOf(req.body);
      const ctx = await contextFor(undefined);
      const [user] = await signInUsers(ctx.em, SIGN_IN_ROLES, email);
      if (!user) throw directoryError(DirectoryErrorCode.SIGN_IN_USER_NOT_FOUND);
      const { token, expiresAt } = await signDevToken(user.email);
      res.json({ token, expiresAt: expiresAt.toISOString() });
    } catch (err) {
      next(err);
    }
  });
  router.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
  });
  return router;
}

/** The e-mail of a `{ "email": "..." }` body, lower-cased; anything else is SIGN_IN_EMAIL_REQUIRED. */
function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | null | undefined)?.email;
  if (typeof email !== 'string' || !email.trim() || email.length > 320) throw directoryError(DirectoryErrorCode.SIGN_IN_EMAIL_REQUIRED);
  return email.trim().toLowerCase();
}
