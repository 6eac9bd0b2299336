import { BlobType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { TicketComment } from '../tickets/ticket-comment.entity';
import { Ticket } from '../tickets/ticket.entity';
import { AttachmentSource } from './attachments.enums';

/**
 * A file on a case, stored in PostgreSQL (the default store). Its content type is sniffed from
 * the bytes, never taken from the sender; it is downloaded as an attachment, never shown inline.
 */
@Entity({ tableName: 'attachment' })
@Index({ name: 'attachment_ticket_idx', properties: ['ticket', 'createdAt', 'id'] })
export class Attachment {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  /** The comment it came with (a mail's comment, a reply with files), if any. */
  @ManyToOne(() => TicketComment, { nullable: true })
  @Index({ name: 'attachment_comment_idx' })
  comment?: TicketComment;

  /** The file name as given, cleaned of paths and control characters. */
  @Property({ length: 255 })
  filename!: string;

  /** Sniffed from the bytes; `application/octet-stream` when unknown. */
  @Property({ length: 100 })
  contentType!: string;

  /** What the sender claimed, kept for reference only. */
  @Property({ length: 100, nullable: true })
  declaredType?: string;

  @Property()
  size!: number;

  /** Hex SHA-256 of the bytes. */
  @Property({ length: 64 })
  sha256!: string;

  /** The bytes. Lazy: lists never load them. */
  @Property({ type: BlobType, lazy: true })
  data!: Buffer;

  @Enum({ items: () => AttachmentSource, nativeEnumName: 'attachment_source' })
  source!: AttachmentSource;

  @ManyToOne(() => User)
  uploadedBy!: User;

  @Property({ length: 3 })
  createdAt!: Date;
}
