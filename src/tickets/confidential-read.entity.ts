import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { User } from '../directory/user.entity';
import { ConfidentialReadPath } from './confidentiality.enums';
import { TicketComment } from './ticket-comment.entity';
import { Ticket } from './ticket.entity';

/**
 * One read of a confidential case or comment: who, when, which, on which path. Append-only (a
 * trigger refuses UPDATE and DELETE); reads are far more than changes, so they are not audit-log
 * entries. Written outside the transactions of change, by SQL (confidentiality.sql.ts).
 */
@Entity({ tableName: 'confidential_read' })
@Index({ name: 'confidential_read_agency_idx', properties: ['agency', 'id'] })
export class ConfidentialRead {
  @PrimaryKey()
  id!: number;

  @Property({ length: 3, defaultRaw: 'now()' })
  at!: Date;

  @ManyToOne(() => User)
  reader!: User;

  @ManyToOne(() => Ticket)
  @Index({ name: 'confidential_read_ticket_idx' })
  ticket!: Ticket;

  @ManyToOne(() => TicketComment, { nullable: true })
  comment?: TicketComment;

  /** The case's agency as it was read: the agency's security contact queries by it. */
  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @Enum({ items: () => ConfidentialReadPath, nativeEnumName: 'confidential_read_path' })
  path!: ConfidentialReadPath;
}
