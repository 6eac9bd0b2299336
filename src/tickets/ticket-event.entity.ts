import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Tier } from '../directory/directory.enums';
import { User } from '../directory/user.entity';
import { CommentVisibility, TicketEventKind } from './ticket.enums';
import { Ticket } from './ticket.entity';

/**
 * Append-only history: one row per change, written in the change's transaction.
 * A trigger in the migrations refuses UPDATE and DELETE.
 */
@Entity({ tableName: 'ticket_event' })
@Index({ name: 'ticket_event_ticket_idx', properties: ['ticket', 'at', 'id'] })
export class TicketEvent {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  /** Null for the system itself (e.g. the IVR registering a call). */
  @ManyToOne(() => User, { nullable: true })
  actor?: User;

  @Property({ length: 3 })
  at!: Date;

  @Enum({ items: () => TicketEventKind, nativeEnumName: 'ticket_event_kind' })
  kind!: TicketEventKind;

  /** The field that changed, for FIELD_CHANGED, ASSIGNED and STATUS_CHANGED. */
  @Property({ length: 40, nullable: true })
  field?: string;

  @Property({ type: 'text', nullable: true })
  fromValue?: string;

  @Property({ type: 'text', nullable: true })
  toValue?: string;

  /** The object the old value names, "Type:id" (e.g. "SupportGroup:6"); fromValue holds its name as it was. */
  @Property({ length: 60, nullable: true })
  fromRef?: string;

  /** The object the new value names, "Type:id"; toValue holds its name as it was. */
  @Property({ length: 60, nullable: true })
  toRef?: string;

  /** The reason given (escalation, return) or other free text. */
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** Tier and status after the event: time spent per tier is derived from these. */
  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  /** INTERNAL events are not shown to customers. */
  @Enum({ items: () => CommentVisibility, nativeEnumName: 'comment_visibility' })
  visibility!: CommentVisibility;
}
