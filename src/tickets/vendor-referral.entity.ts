import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { SupportGroup, Vendor } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { Ticket } from './ticket.entity';

/**
 * A third-line referral. Vendors do not log in: the referring line sends the question by
 * mail or phone and records the vendor's reference and answer here.
 */
@Entity({ tableName: 'vendor_referral' })
@Index({ name: 'vendor_referral_ticket_idx', properties: ['ticket', 'sentAt'] })
export class VendorReferral {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @ManyToOne(() => Vendor)
  vendor!: Vendor;

  /** The second-line group that referred the ticket and gets it back. */
  @ManyToOne(() => SupportGroup)
  fromGroup!: SupportGroup;

  /** The vendor's own case reference. */
  @Property({ length: 100, nullable: true })
  vendorReference?: string;

  @Property({ type: 'text' })
  question!: string;

  @Property({ type: 'text', nullable: true })
  answer?: string;

  @ManyToOne(() => User)
  sentBy!: User;

  @Property({ length: 3 })
  sentAt!: Date;

  @ManyToOne(() => User, { nullable: true })
  answerRecordedBy?: User;

  @Property({ length: 3, nullable: true })
  answeredAt?: Date;

  /** Set when the ticket was returned before the vendor answered. */
  @Property({ length: 3, nullable: true })
  withdrawnAt?: Date;
}
