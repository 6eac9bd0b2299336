import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { AuditSnapshot } from './audit-diff';

/**
 * The platform's audit log: one row per administrative change of any domain (a policy, a calendar,
 * the IVR menu, the directory, a webhook endpoint ...), who made it, when, on what, and the thing's
 * state before and after (secrets redacted). Written in the changing transaction (audit-log.ts), so
 * an entry exists exactly when its change committed. Append-only: a trigger refuses UPDATE, DELETE
 * and TRUNCATE (migration 20261201060000). The actor and the subject are plain ids, not foreign
 * keys: the log outlives what it speaks of (a removed endpoint, a closure deleted).
 */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_entity_idx', properties: ['entityType', 'entityId', 'id'] })
@Index({ name: 'audit_log_related_idx', properties: ['relatedType', 'relatedId', 'id'] })
@Index({ name: 'audit_log_actor_idx', properties: ['actorId', 'id'] })
@Index({ name: 'audit_log_at_idx', properties: ['at'] })
export class AuditLogEntry {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** When the change was made, by the unit of work's clock. */
  @Property({ length: 3 })
  at!: Date;

  /** The user who made it (app_user.id); null for the system (a job, a migration). */
  @Property({ type: 'integer', nullable: true })
  actorId?: number | null;

  /** What was done, as the owning domain names it: `SLA_POLICY_UPDATED`, `MEMBER_ADDED`. */
  @Property({ length: 60 })
  action!: string;

  /** The GraphQL type of what changed (`SlaPolicy`, `User`) and its database id. */
  @Property({ length: 60 })
  entityType!: string;

  @Property()
  entityId!: number;

  /** A second thing the change concerns (the user who joined a group), so a filter on it finds the entry too. */
  @Property({ type: 'string', length: 60, nullable: true })
  relatedType?: string | null;

  @Property({ type: 'integer', nullable: true })
  relatedId?: number | null;

  /** The state before (null: it did not exist) and after (null: it is gone), secrets redacted. */
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  before?: AuditSnapshot | null;

  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  after?: AuditSnapshot | null;

  /** The HTTP request's X-Request-Id, linking the entry to the request's log line. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;
}
