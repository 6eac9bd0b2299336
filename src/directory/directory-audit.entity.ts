import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from './agency.entity';
import { SupportGroup } from './support-group.entity';
import { User } from './user.entity';

/** One field of a directory change: its value before and after (null: none), as text. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/**
 * The directory's audit trail: one row per administrative change (an agency, a user, a group or a
 * membership created, changed, deactivated ...), who made it and when, with each field's old and
 * new value. Written in the changing transaction, so it exists exactly when the change committed.
 */
@Entity({ tableName: 'directory_audit' })
@Check({ name: 'directory_audit_subject_check', expression: 'num_nonnulls("agency_id", "user_id", "group_id") >= 1' })
export class DirectoryAuditEntry {
  @PrimaryKey()
  id!: number;

  @Property({ length: 3 })
  at!: Date;

  @ManyToOne(() => User)
  actor!: User;

  /** A DirectoryAuditAction. */
  @Property({ length: 40 })
  action!: string;

  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'cascade' })
  @Index()
  agency?: Agency;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'cascade' })
  @Index()
  user?: User;

  @ManyToOne(() => SupportGroup, { nullable: true, deleteRule: 'cascade' })
  @Index()
  group?: SupportGroup;

  @Property({ type: 'json', columnType: 'jsonb', defaultRaw: `'[]'` })
  changes: FieldChange[] = [];
}
