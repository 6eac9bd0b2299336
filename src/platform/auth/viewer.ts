import { unauthenticated } from '../errors';

/**
 * The authenticated caller of a unit of work. Platform code knows only who it is; the fields the
 * access rules need (role, agency, groups ...) are declared by the directory domain, which loads
 * the viewer (`directory/viewer.ts` adds them to this interface by declaration merging).
 */
export interface Viewer {
  userId: number;
  email: string;
}

/** The viewer, or UNAUTHENTICATED: every read and change that needs a signed-in caller starts here. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
