import { Check, Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { Ticket } from '../tickets/ticket.entity';

/**
 * A customer's satisfaction rating of a resolved or closed case: 1-5 and an optional comment, at
 * most one per case. Where the case stood when it was rated (agency, service area, service, support
 * group) is kept with it, so the report groups and scopes ratings as they were given.
 */
@Entity({ tableName: 'ticket_satisfaction' })
@Check({ name: 'ticket_satisfaction_score_check', expression: '"score" >= 1 and "score" <= 5' })
export class TicketSatisfaction {
  @PrimaryKey()
  id!: number;

  /** The case rated: one rating each (the unique key refuses a second). Goes with its case. */
  @OneToOne(() => Ticket, { owner: true, unique: 'ticket_satisfaction_ticket_id_unique', deleteRule: 'cascade' })
  ticket!: Ticket;

  @Property({ type: 'smallint' })
  score!: number;

  /** At most SATISFACTION_COMMENT_MAX (2000) characters by input; null when none was given. */
  @Property({ type: 'text', nullable: true })
  comment?: string;

  @ManyToOne(() => User)
  ratedBy!: User;

  @Property({ length: 3 })
  @Index()
  ratedAt!: Date;

  /** The case's agency when rated (the report's AGENCY grouping and scope). */
  @Property()
  agencyId!: number;

  @Property()
  serviceAreaId!: number;

  @Property({ nullable: true })
  serviceId?: number;

  /** The support group holding the case when rated (the report's GROUP grouping). */
  @Property()
  groupId!: number;
}
