import type { Context } from '../context';
import { redactPair, changedFields, type AuditSnapshot } from './audit-diff';
import { AuditLogEntry } from './audit-log.entity';

/** What an audit entry is about: a GraphQL type name and the thing (its `id` is read after the flush that gives it one). */
export interface AuditSubject {
  type: string;
  of: { id?: number | null };
}

export interface AuditChange {
  /** What was done, as the owning domain names it (`SLA_POLICY_UPDATED`). */
  action: string;
  subject: AuditSubject;
  /** A second thing the change concerns (the user who joined a group). */
  related?: AuditSubject | null;
  /** The thing before (null: created) and after (null: removed); fields named like secrets are redacted. */
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
}

async function idOf(tx: Context, subject: AuditSubject): Promise<number> {
  // A new thing has its id only once inserted: flush it (in the same transaction) first.
  if (subject.of.id == null) await tx.em.flush();
  if (subject.of.id == null) throw new Error(`audit: ${subject.type} has no id after the flush`);
  return subject.of.id;
}

/**
 * Records an administrative change in the audit log, inside the changing transaction `tx` (a
 * runMutation's): the entry is inserted with the change, so a change that rolls back leaves none,
 * and a failing insert rolls the change back. A change that changed nothing (before and after
 * equal) writes nothing and answers false. The actor is the viewer; the request id, the request's.
 */
export async function recordAudit(tx: Context, change: AuditChange): Promise<boolean> {
  const [before, after] = redactPair(change.before, change.after);
  if (before && after && changedFields(before, after).length === 0) return false;
  const entityId = await idOf(tx, change.subject);
  const relatedId = change.related ? await idOf(tx, change.related) : null;
  tx.em.create(AuditLogEntry, {
    at: tx.clock.now(),
    actorId: tx.viewer?.userId ?? null,
    action: change.action,
    entityType: change.subject.type,
    entityId,
    relatedType: change.related?.type ?? null,
    relatedId,
    before,
    after,
    requestId: tx.requestId ?? null,
  });
  return true;
}
