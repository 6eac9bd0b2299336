import { BlobType, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import type { Mask } from './public-record-masking';
import { Ticket } from './ticket.entity';

/**
 * One export of a case as a public record (allmän handling) on a request to release it: who made
 * it, when, for which request, what was masked, and the document itself, kept as released so that
 * what the requester got can be shown later (and downloaded again) even after the case changed.
 */
@Entity({ tableName: 'public_record_export' })
@Index({ name: 'public_record_export_ticket_idx', properties: ['ticket', 'id'] })
export class PublicRecordExport {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @ManyToOne(() => User)
  exportedBy!: User;

  @Property({ length: 3 })
  exportedAt!: Date;

  /** The request's reference (the registry's number of the request, or who asked and how). */
  @Property({ length: 200 })
  requestReference!: string;

  /** The masking list, as printed at the end of the document. */
  @Property({ type: 'json', columnType: 'jsonb' })
  masks!: Mask[];

  /** The PDF as released. Lazy: only the download reads it. */
  @Property({ type: BlobType, lazy: true })
  pdf!: Buffer;
}
