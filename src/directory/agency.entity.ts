import { Check, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Versioned } from '../platform/errors';

/** A customer agency (kundmyndighet) served by the centre. */
@Entity({ tableName: 'agency' })
@Check({ name: 'agency_retention_months_check', expression: '"retention_months" >= 1 and "retention_months" <= 600' })
export class Agency {
  /** How a stale version of it answers (CONFLICT). */
  static readonly versioned: Versioned = { noun: 'agency', expectedVersionField: ['input', 'expectedVersion'] };

  @PrimaryKey()
  id!: number;

  @Property({ length: 200 })
  @Index()
  name!: string;

  /** Swedish organisation number, NNNNNN-NNNN. */
  @Property({ length: 11 })
  @Unique()
  organisationNumber!: string;

  @Property()
  employeeCount!: number;

  /** The share of cases within the SLA times the agreement sets, in percent; null: the centre's 95. */
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  slaTargetPercent?: string;

  @Property({ length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /**
   * The most urgent priority its customer users may give a case themselves, as a number (2: P2, so
   * P1 only by staff: the default; 1 lets them set P1). Staff are never capped (issue 20 part 7).
   */
  @Property({ default: 2 })
  customerPriorityCap: number = 2;

  /**
   * How many months after closing a case of the agency keeps its personal data before the daily
   * retention job anonymises it (the agreement's retention period); null: none agreed, never (issue 20 part 11).
   */
  @Property({ type: 'integer', nullable: true })
  retentionMonths?: number | null;

  /** Optimistic lock: the directory's admin mutations carry the version they read. */
  @Property({ version: true })
  version!: number;
}
