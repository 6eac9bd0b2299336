import type { Context } from '../platform/context';
import type { ConfidentialReadPath } from './confidentiality.enums';
import { insertConfidentialReads } from './confidentiality.sql';

/** What of a case or comment the read log needs. */
interface Readable {
  id: number;
  confidentialCode?: string | null;
}

/** What each unit of work has logged already: a case read twice in one response is one read. */
const logged = new WeakMap<object, Set<string>>();

/**
 * Logs the reads of the confidential ones among `items` (a case, or a comment with its case) by the
 * viewer, once per unit of work and item. Called by the read paths after the access rules let the
 * item through, so only permitted reads are logged; the row is written on the unit's connection
 * (a query's: no transaction of change; a mutation's: its transaction, as what it returns).
 */
export async function logConfidentialReads(ctx: Context, path: ConfidentialReadPath, items: { ticket: Readable; comment?: Readable | null }[]): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) return;
  const seen = logged.get(ctx.loaders) ?? new Set<string>();
  logged.set(ctx.loaders, seen);
  const rows = [];
  for (const { ticket, comment } of items) {
    // A comment's read is logged when the comment is confidential; the case's own read is the case's.
    const secret = comment ? comment.confidentialCode : ticket.confidentialCode;
    const key = `${ticket.id}:${comment?.id ?? ''}`;
    if (!secret || seen.has(key)) continue;
    seen.add(key);
    rows.push({ readerId: viewer.userId, ticketId: ticket.id, commentId: comment?.id ?? null, path });
  }
  await insertConfidentialReads(ctx.em, rows, ctx.clock.now());
}
