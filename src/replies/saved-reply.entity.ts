import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import type { Versioned } from '../platform/errors';
import { CommentVisibility, Impact, TicketStatus, Urgency } from '../tickets/ticket.enums';
import { SavedReplyScope } from './replies.enums';

/**
 * A saved reply (canned response): a title and a body with placeholders ({{ticket.number}} ...),
 * personal to its owner, shared with a support group, or global. The check keeps scope and
 * owner/group in step: an owner exactly for PERSONAL, a group exactly for GROUP.
 */
@Entity({ tableName: 'saved_reply' })
@Check({
  name: 'saved_reply_scope_check',
  expression: `("scope" = 'PERSONAL' and "owner_id" is not null and "group_id" is null) or ("scope" = 'GROUP' and "group_id" is not null and "owner_id" is null) or ("scope" = 'GLOBAL' and "owner_id" is null and "group_id" is null)`,
})
@Check({ name: 'saved_reply_priority_check', expression: `("set_impact" is null) = ("set_urgency" is null)` })
export class SavedReply {
  /** How a stale version of it answers (CONFLICT): `staleVersionError` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'saved reply', expectedVersionField: ['expectedVersion'] };

  @PrimaryKey()
  id!: number;

  /** At most REPLY_LIMITS.title (100) characters by input; the column leaves room. */
  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => SavedReplyScope, nativeEnumName: 'saved_reply_scope' })
  scope!: SavedReplyScope;

  /** The owner of a PERSONAL reply; null otherwise. Goes with its owner (the check allows no orphan). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'cascade' })
  @Index()
  owner?: User;

  /** The support group of a GROUP reply; null otherwise. Goes with its group. */
  @ManyToOne(() => SupportGroup, { nullable: true, deleteRule: 'cascade' })
  @Index()
  group?: SupportGroup;

  /** Its comment's visibility when applied (`applySavedReply`); pasting leaves the choice to the agent. */
  @Enum({ items: () => CommentVisibility, nativeEnumName: 'comment_visibility', default: CommentVisibility.PUBLIC })
  commentVisibility: CommentVisibility = CommentVisibility.PUBLIC;

  /** A macro's priority change: impact and urgency together (a check keeps them so), or neither. */
  @Enum({ items: () => Impact, nativeEnumName: 'impact', nullable: true })
  setImpact?: Impact;

  @Enum({ items: () => Urgency, nativeEnumName: 'urgency', nullable: true })
  setUrgency?: Urgency;

  /** A macro's status change (one setTicketStatus sets). */
  @Enum({ items: () => TicketStatus, nativeEnumName: 'ticket_status', nullable: true })
  setStatus?: TicketStatus;

  /** A macro's escalation to a second-line group; gone with its group. */
  @ManyToOne(() => SupportGroup, { nullable: true, deleteRule: 'set null' })
  @Index()
  escalateTo?: SupportGroup;

  @ManyToOne(() => User)
  createdBy!: User;

  @Property({ length: 3 })
  createdAt!: Date;

  @ManyToOne(() => User)
  updatedBy!: User;

  @Property({ length: 3 })
  updatedAt!: Date;

  /** Optimistic lock: updates and deletes carry the version they read. */
  @Property({ version: true })
  version!: number;
}
