import { ArrayType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { ConfidentialityCode } from './confidentiality.enums';
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

  /** The ground's code when confidential (sekretess); null when not. Set only by markConfidential. */
  @Enum({ items: () => ConfidentialityCode, nativeEnumName: 'confidentiality_code', nullable: true })
  confidentialCode?: ConfidentialityCode | null;

  /** The ground as text: the OSL chapter and section and why. */
  @Property({ type: 'text', nullable: true })
  confidentialReason?: string | null;

  /** Staff roles that read it beside the assigned group's members and admins (confidentiality.ts). */
  @Property({ type: ArrayType, columnType: 'text[]', nullable: true })
  confidentialRoles?: string[] | null;

  /**
   * The case it was written on, when a merge moved it here (mergeTicket); null for a comment written
   * on this case. A comment merged twice keeps its first origin.
   */
  @ManyToOne(() => Ticket, { nullable: true })
  mergedFrom?: Ticket;
}
