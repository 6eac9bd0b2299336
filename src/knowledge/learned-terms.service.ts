import type { Context } from '../platform/context';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import { Role } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import { forbidden } from '../platform/errors';
import type { Ticket } from '../tickets/ticket.entity';
import { searchScope } from './knowledge-access';
import { learnFromTicket, learnedScoreRows, type LearnedScope } from './learned-terms.sql';

/**
 * The desk teaches search (issue 21): when articles are linked to a resolved case, the case's own
 * words (title, description, the requester's public comments) become weighted terms of those
 * articles, for the case's agency (learned-terms.sql.ts). They are never shown (no field reads them);
 * they only score articles, for staff with every agency's words and for a customer with their own
 * agency's, decaying with age.
 */

/** In the resolution's transaction, after the links: the ticket's words, learned by its linked articles. */
export async function learnFromResolution(tx: Context, ticket: Ticket): Promise<void> {
  await learnFromTicket(tx.em, ticket.id);
}

/** Whose learned words the viewer's searches may use; null for none (not staff, or a customer without an agency). */
export function learnedScope(viewer: Viewer): LearnedScope | null {
  if (isStaff(viewer)) return { all: true };
  if (viewer.role === Role.CUSTOMER && viewer.agencyId !== null) return { all: false, agencyId: viewer.agencyId };
  return null;
}

/**
 * The articles the viewer may find whose learned words meet `text`, best first, with their score:
 * what the search ranking adds (learnedScoreSql). For the ranking's integration and its tests; no
 * GraphQL field exposes it.
 */
export async function learnedArticleScores(ctx: Context, text: string, limit = 20): Promise<{ articleId: number; learned: number; words: number }[]> {
  const viewer = requireViewer(ctx);
  const read = searchScope(viewer);
  if (!read) throw forbidden('the knowledge base is for staff and customer users');
  const scope = learnedScope(viewer);
  if (!scope || !text.trim()) return [];
  const rows = await learnedScoreRows(ctx.em, scope, read, text.slice(0, 20_000), ctx.clock.now(), limit);
  return rows.map((r) => ({ articleId: r.article_id, learned: Number(r.learned), words: r.words }));
}
