import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { Ticket } from '../tickets/ticket.entity';
import { VendorReferral } from '../tickets/vendor-referral.entity';
import { MailKind, OutboundMailStatus } from './mail.enums';

/**
 * A mail the desk sends: stored in the transaction that decided to send it, with a job that
 * delivers it (one job per message, keyed by its id, so it is sent once). With no relay
 * configured it is CAUGHT: kept here and shown to admins (the development mail catcher).
 */
@Entity({ tableName: 'mail_outbound' })
@Index({ name: 'mail_outbound_created_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'mail_outbound_ticket_idx', properties: ['ticket', 'createdAt'] })
export class OutboundMail {
  @PrimaryKey()
  id!: number;

  /** The Message-ID header it is sent with, without angle brackets: replies thread by it. */
  @Property({ length: 998 })
  @Unique({ name: 'mail_outbound_message_id_unique' })
  messageId!: string;

  @Enum({ items: () => MailKind, nativeEnumName: 'mail_kind' })
  kind!: MailKind;

  @Property({ length: 320 })
  toAddress!: string;

  @Property({ length: 200, nullable: true })
  toName?: string;

  /** The user it is for, when the address is a user's. */
  @ManyToOne(() => User, { nullable: true })
  toUser?: User;

  @ManyToOne(() => Ticket, { nullable: true })
  ticket?: Ticket;

  /** The referral whose question it carries (VENDOR_REFERRAL): the vendor's reply answers it. */
  @ManyToOne(() => VendorReferral, { nullable: true })
  vendorReferral?: VendorReferral;

  @Property({ length: 998 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  html?: string;

  /** The Message-ID it answers (angle brackets stripped). */
  @Property({ length: 998, nullable: true })
  inReplyTo?: string;

  /** Message-IDs of the thread, oldest first. */
  @Property({ type: 'json', nullable: true })
  references?: string[];

  @Enum({ items: () => OutboundMailStatus, nativeEnumName: 'mail_outbound_status' })
  status!: OutboundMailStatus;

  @Property({ default: 0 })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ length: 3 })
  createdAt!: Date;

  @Property({ length: 3, nullable: true })
  sentAt?: Date;

  /** What caused it (`ticket-event:<id>`): one mail per cause, however often its handler runs. */
  @Property({ length: 200, nullable: true })
  @Unique({ name: 'mail_outbound_source_key_unique' })
  sourceKey?: string;
}
