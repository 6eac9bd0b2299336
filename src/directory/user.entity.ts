import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Versioned } from '../platform/errors';
import { Agency } from './agency.entity';
import { Role } from './directory.enums';
import { SupportGroup } from './support-group.entity';

/** Anyone who appears on a ticket: staff, customer users, outside contacts. */
@Entity({ tableName: 'app_user' })
@Index({ name: 'app_user_name_trgm_idx', expression: `create index "app_user_name_trgm_idx" on "app_user" using gin ("name" gin_trgm_ops)` })
export class User {
  /** How a stale version of it answers (CONFLICT). */
  static readonly versioned: Versioned = { noun: 'user', expectedVersionField: ['input', 'expectedVersion'] };

  @PrimaryKey()
  id!: number;

  @Property({ length: 320 })
  @Unique()
  email!: string;

  @Property({ length: 200 })
  name!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  /** Set for customer users; null for staff and outside contacts. */
  @ManyToOne(() => Agency, { nullable: true })
  @Index()
  agency?: Agency;

  /** E.164; an incoming call from this number is the user's. */
  @Property({ length: 40, nullable: true })
  @Index()
  phone?: string;

  @Property({ default: true })
  active: boolean = true;

  /** The right to publish and archive knowledge base articles (admins have it anyway). */
  @Property({ default: false })
  knowledgeEditor: boolean = false;

  @Property({ length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Optimistic lock: the directory's admin mutations carry the version they read. */
  @Property({ version: true })
  version!: number;
}

/** A specialist's (or agent's) membership of a support group. */
@Entity({ tableName: 'group_membership' })
@Unique({ properties: ['user', 'group'] })
export class GroupMembership {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User)
  user!: User;

  @ManyToOne(() => SupportGroup)
  @Index()
  group!: SupportGroup;
}
