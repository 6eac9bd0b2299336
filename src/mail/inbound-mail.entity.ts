import { BlobType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Ticket } from '../tickets/ticket.entity';
import { InboundMailSource, InboundMailStatus } from './mail.enums';

/**
 * A mail received (SMTP listener or IMAP poll), stored with its raw source before the SMTP `250`
 * is sent, so nothing acknowledged is ever lost; processing is a job that retries. One row per
 * message: the dedupe key (its Message-ID, else the hash of its source) is unique, so a mail
 * delivered twice is stored once.
 */
@Entity({ tableName: 'mail_inbound' })
@Index({ name: 'mail_inbound_status_idx', properties: ['status', 'receivedAt'] })
@Index({ name: 'mail_inbound_sender_idx', properties: ['envelopeFrom', 'receivedAt'] })
export class InboundMail {
  @PrimaryKey()
  id!: number;

  /** `mid:<Message-ID>` or `sha256:<hash of the raw source>`: one row per message. */
  @Property({ length: 1000 })
  @Unique({ name: 'mail_inbound_dedupe_key_unique' })
  dedupeKey!: string;

  /** The Message-ID header, without angle brackets (null when the mail has none). */
  @Property({ length: 998, nullable: true })
  @Index({ name: 'mail_inbound_message_id_idx' })
  messageId?: string;

  @Enum({ items: () => InboundMailSource, nativeEnumName: 'mail_inbound_source' })
  source!: InboundMailSource;

  /** SMTP MAIL FROM (lower-cased; null for the null sender `<>` of bounces). */
  @Property({ length: 320, nullable: true })
  envelopeFrom?: string;

  /** SMTP RCPT TO addresses. */
  @Property({ type: 'json' })
  envelopeTo!: string[];

  @Property({ length: 64, nullable: true })
  remoteAddress?: string;

  /** Bytes of the raw source. */
  @Property()
  size!: number;

  /** The message exactly as received (RFC 5322). Lazy: lists never load it. */
  @Property({ type: BlobType, lazy: true })
  raw!: Buffer;

  @Property({ length: 3 })
  receivedAt!: Date;

  @Enum({ items: () => InboundMailStatus, nativeEnumName: 'mail_inbound_status' })
  status!: InboundMailStatus;

  /** What processing did (CASE_CREATED, COMMENT_ADDED, AUTO_REPLY ...), for the admin and the agent. */
  @Property({ length: 40, nullable: true })
  outcome?: string;

  /** Why it needs review or was ignored, in words. */
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** The case it made or joined. */
  @ManyToOne(() => Ticket, { nullable: true })
  ticket?: Ticket;

  @Property({ length: 3, nullable: true })
  processedAt?: Date;
}
