import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Tier } from '../directory/directory.enums';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { WorkTime } from '../collaboration/order.entity';
import { Ticket } from '../tickets/ticket.entity';
import type { Versioned } from '../platform/errors';

/**
 * Time a person spent on a case (tidsredovisning): minutes on a day, at the tier and in the group
 * that held the case when it was logged, so the totals per tier stay as they were worked even after
 * the case moves on. A billable entry is also the work order's time (`workTime`): the special
 * service's hours and invoice basis count it, and it is kept in step with the entry.
 */
@Entity({ tableName: 'time_entry' })
@Check({ name: 'time_entry_minutes_check', expression: '"minutes" >= 1 and "minutes" <= 1440' })
@Check({ name: 'time_entry_billable_check', expression: '"work_time_id" is null or "billable"' })
@Index({ name: 'time_entry_worked_on_idx', properties: ['workedOn', 'ticket'] })
export class TimeEntry {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'time entry' };

  @PrimaryKey()
  id!: number;

  /** The case; its time goes with it. */
  @ManyToOne(() => Ticket, { deleteRule: 'cascade' })
  @Index()
  ticket!: Ticket;

  /** Who did the work (and logged it). */
  @ManyToOne(() => User)
  @Index()
  person!: User;

  /** The support group holding the case when the time was logged. */
  @ManyToOne(() => SupportGroup)
  group!: SupportGroup;

  /** The tier (first, second, third line) of the case when the time was logged. */
  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  @Property({ type: 'smallint' })
  minutes!: number;

  /** The day worked (the centre's calendar). */
  @Property({ type: 'date' })
  workedOn!: string;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ default: false })
  billable: boolean = false;

  /** A billable entry's time on the case's special-service work order. */
  @ManyToOne(() => WorkTime, { nullable: true, unique: 'time_entry_work_time_id_unique', deleteRule: 'set null' })
  workTime?: WorkTime;

  @Property({ length: 3 })
  loggedAt!: Date;

  @Property({ length: 3 })
  updatedAt!: Date;

  @Property({ version: true })
  version!: number;
}
