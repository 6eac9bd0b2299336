import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { SlaMetric } from './sla.enums';
import { Ticket } from '../tickets/ticket.entity';

/**
 * The outcome of a stopped SLA timer, written by the SLA engine in the transaction that stops it
 * (and removed when a reopened ticket restarts it): the report's facts, narrow and indexed by the
 * Stockholm day of the stop, so a quarter's report reads facts instead of recomputing timers.
 */
@Entity({ tableName: 'sla_outcome' })
@Index({ name: 'sla_outcome_day_idx', properties: ['day', 'metric'] })
@Index({ name: 'sla_outcome_agency_day_idx', properties: ['agency', 'day'] })
/** The report's figures per group and per agent: the period's outcomes read from the index alone. */
@Index({ name: 'sla_outcome_day_holder_idx', expression: 'create index "sla_outcome_day_holder_idx" on "sla_outcome" ("day") include ("metric", "met", "group_id", "assignee_id", "agency_id", "service_area_id", "service_id")' })
@Index({ name: 'sla_outcome_breached_idx', expression: 'create index "sla_outcome_breached_idx" on "sla_outcome" ("stopped_at", "timer_id") where not "met"' })
export class SlaOutcome {
  /** The timer's id: one outcome per timer. */
  @PrimaryKey({ autoincrement: false })
  timerId!: number;

  @ManyToOne(() => Ticket)
  @Index()
  ticket!: Ticket;

  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @ManyToOne(() => ServiceArea)
  serviceArea!: ServiceArea;

  @ManyToOne(() => Service, { nullable: true })
  service?: Service;

  @Enum({ items: () => SlaMetric, nativeEnumName: 'sla_metric' })
  metric!: SlaMetric;

  /** The local (Europe/Stockholm) date the timer stopped: the period it is reported in. */
  @Property({ type: 'date' })
  day!: string;

  @Property()
  met!: boolean;

  /** Business time used, excluding pauses. */
  @Property({ type: new BigIntType('number') })
  elapsedMs!: number;

  /** Business time used to the nearest minute: the unit the report's percentiles are exact in. */
  @Property({ type: 'integer', generated: '((elapsed_ms + 30000) / 60000) stored', nullable: true })
  minutes?: number;

  @Property({ type: new BigIntType('number') })
  targetMs!: number;

  @Property({ length: 3 })
  stoppedAt!: Date;

  /** The support group holding the case when the timer stopped: the report's figures per group. Kept when the case moves on. */
  @ManyToOne(() => SupportGroup, { nullable: true })
  group?: SupportGroup;

  /** The agent the case was assigned to when the timer stopped (null: unassigned): the report's figures per agent. */
  @ManyToOne(() => User, { nullable: true })
  assignee?: User;
}
