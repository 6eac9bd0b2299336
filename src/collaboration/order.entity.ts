import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { User } from '../directory/user.entity';
import { Ticket } from '../tickets/ticket.entity';
import { OrderKind, OrderStatus } from './collaboration.enums';
import type { Versioned } from '../platform/errors';

/**
 * An order of an add-on or special service, placed in writing by an authorised orderer and
 * registered as a work order on an existing ticket (the invoice's reference).
 */
@Entity({ tableName: 'service_order' })
@Index({ properties: ['agency', 'status'] })
export class ServiceOrder {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'service order' };

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Agency)
  agency!: Agency;

  @ManyToOne(() => Ticket)
  @Index()
  ticket!: Ticket;

  @Enum({ items: () => OrderKind, nativeEnumName: 'order_kind' })
  kind!: OrderKind;

  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => User)
  orderedBy!: User;

  @Property({ length: 3 })
  orderedAt!: Date;

  /** A special service's estimate: over 20 hours needs a signed quote. */
  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true })
  estimatedHours?: string;

  /** SEK per hour (special services). */
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true })
  hourlyPrice?: string;

  /** SEK per month (add-on services). */
  @Property({ type: 'decimal', precision: 12, scale: 2, nullable: true })
  monthlyPrice?: string;

  @Property({ type: 'text', nullable: true })
  quote?: string;

  @ManyToOne(() => User, { nullable: true })
  quotedBy?: User;

  @Property({ length: 3, nullable: true })
  quotedAt?: Date;

  /** The customer's signature of the quote. */
  @ManyToOne(() => User, { nullable: true })
  acceptedBy?: User;

  @Property({ length: 3, nullable: true })
  acceptedAt?: Date;

  /** The unit manager who ordered a special service of 20 hours or less directly. */
  @ManyToOne(() => User, { nullable: true })
  confirmedBy?: User;

  @Property({ length: 3, nullable: true })
  confirmedAt?: Date;

  /**
   * When the order first stood: the unit manager's confirmation or the signed quote, whichever came
   * first. Kept through change orders (which order it again and move confirmedAt/acceptedAt): time
   * is reported from this day on.
   */
  @Property({ length: 3, nullable: true })
  firstOrderedAt?: Date;

  /** The account manager informed of a direct order (for the invoicing). */
  @ManyToOne(() => User, { nullable: true })
  accountManagerInformed?: User;

  @Property({ length: 3, nullable: true })
  deliveredAt?: Date;

  @ManyToOne(() => User, { nullable: true })
  deliveryApprovedBy?: User;

  @Property({ length: 3, nullable: true })
  deliveryApprovedAt?: Date;

  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status' })
  status: OrderStatus = OrderStatus.REQUESTED;

  @Property({ version: true })
  version!: number;
}

/** Time production reports on a work order. */
@Entity({ tableName: 'work_time' })
@Index({ properties: ['order', 'day'] })
export class WorkTime {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ServiceOrder)
  order!: ServiceOrder;

  @ManyToOne(() => User)
  user!: User;

  @Property({ type: 'date' })
  day!: string;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  hours!: string;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ length: 3, defaultRaw: 'now()' })
  reportedAt: Date = new Date();
}
