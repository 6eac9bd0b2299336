import type { Viewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { forbidden, unauthenticated } from '../platform/errors';
import { Role } from './directory.enums';

/** Changing the directory and reading its trail: admins only (FORBIDDEN for everyone else, before anything is read). */
export function requireDirectoryAdmin(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  if (ctx.viewer.role !== Role.ADMIN) throw forbidden('only admins change the directory');
  return ctx.viewer;
}
