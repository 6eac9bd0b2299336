import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { Priority } from '../tickets/ticket.enums';
import { BusinessCalendar } from './calendar.entity';
import type { SlaConditions } from './sla-conditions';
import type { Versioned } from '../platform/errors';

/**
 * A service level: targets per metric for one priority of a service area (optionally one service),
 * by default for every agency or, as a customer-specific adaptation, for one agency.
 */
@Entity({ tableName: 'sla_policy' })
@Index({ name: 'sla_policy_match_idx', properties: ['serviceArea', 'priority', 'active'] })
/** One active policy per scope and rank: a duplicate scope is refused or ranked explicitly (sla-policy-scope.ts). */
@Index({
  name: 'sla_policy_scope_rank_unique',
  expression: `create unique index "sla_policy_scope_rank_unique" on "sla_policy" ("service_area_id", "priority", coalesce("service_id", 0), coalesce("agency_id", 0), "rank") where "active"`,
})
export class SlaPolicy {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'SLA policy', expectedVersionField: ['input', 'expectedVersion'] };

  @PrimaryKey()
  id!: number;

  @Property({ length: 200 })
  name!: string;

  @ManyToOne(() => ServiceArea)
  serviceArea!: ServiceArea;

  /** Null: every service of the area. */
  @ManyToOne(() => Service, { nullable: true })
  service?: Service;

  /** Null: the default; set: a customer-specific adaptation that overrides it. */
  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @Enum({ items: () => Priority, nativeEnumName: 'priority' })
  priority!: Priority;

  @ManyToOne(() => BusinessCalendar)
  calendar!: BusinessCalendar;

  /** Business minutes; null: the metric is not tracked by this policy. */
  @Property({ nullable: true })
  firstResponseMinutes?: number;

  @Property({ nullable: true })
  resolutionMinutes?: number;

  /** The underpinning contract with the vendor, for third-line referrals. */
  @Property({ nullable: true })
  vendorMinutes?: number;

  /** Warning thresholds in percent of the target; breach is at 100. */
  @Property({ type: 'json' })
  warningThresholds: number[] = [50, 75];

  /** Start, stop and pause conditions per metric. */
  @Property({ type: 'json' })
  conditions!: SlaConditions;

  @Property()
  active: boolean = true;

  /**
   * Precedence among active policies of exactly the same scope (area, priority, service, agency):
   * 1 is applied first, a higher rank only when the lower ones are inactive. Unique per scope.
   */
  @Property({ default: 1 })
  rank: number = 1;

  @Property({ length: 3, defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  /** Optimistic lock: an edit may carry the version it read (updateSlaPolicy's expectedVersion). */
  @Property({ version: true })
  version!: number;
}
