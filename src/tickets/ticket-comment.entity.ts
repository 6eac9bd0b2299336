import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { CommentVisibility } from './ticket.enums';
import { Ticket } from './ticket.entity';

/** A comment on a ticket: public (the customer sees it) or internal. */
@Entity({ tableName: 'ticket_comment' })
@Index({ name: 'ticket_comment_ticket_idx', properties: ['ticket', 'createdAt', 'id'] })
export class TicketComment {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @ManyToOne(() => User)
  author!: User;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => CommentVisibility, nativeEnumName: 'comment_visibility' })
  visibility!: CommentVisibility;

  @Property({ length: 3, defaultRaw: 'now()' })
  createdAt!: Date;

  /**
   * The case it was written on, when a merge moved it here (mergeTicket); null for a comment written
   * on this case. A comment merged twice keeps its first origin.
   */
  @ManyToOne(() => Ticket, { nullable: true })
  mergedFrom?: Ticket;
}
