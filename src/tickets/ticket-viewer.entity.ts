import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { Ticket } from './ticket.entity';

/**
 * Presence: a member of staff has the ticket open (issue 15, "who is viewing"). One row per ticket
 * and user, its `seenAt` moved by each heartbeat (`viewTicket`); a row older than the presence
 * window no longer counts and is deleted by the next heartbeat on the ticket.
 */
@Entity({ tableName: 'ticket_viewer' })
@Unique({ properties: ['ticket', 'user'] })
export class TicketViewer {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket, { deleteRule: 'cascade' })
  ticket!: Ticket;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ length: 3 })
  seenAt!: Date;
}
