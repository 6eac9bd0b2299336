import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Ticket } from '../tickets/ticket.entity';
import { SlaPolicy } from './sla-policy.entity';
import { SlaEventKind, SlaMetric, SlaTimerState } from './sla.enums';
import type { Versioned } from '../platform/errors';

/** One SLA clock per ticket and metric. Business-time figures are computed from it on demand. */
@Entity({ tableName: 'sla_timer' })
@Unique({ properties: ['ticket', 'metric'] })
@Index({ name: 'sla_timer_next_check_idx', expression: 'create index "sla_timer_next_check_idx" on "sla_timer" ("next_check_at") where "next_check_at" is not null' })
@Index({ name: 'sla_timer_state_due_idx', properties: ['state', 'dueAt'] })
@Index({ name: 'sla_timer_open_due_idx', expression: 'create index "sla_timer_open_due_idx" on "sla_timer" ("due_at") where "stopped_at" is null' })
export class SlaTimer {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'SLA timer' };

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @Enum({ items: () => SlaMetric, nativeEnumName: 'sla_metric' })
  metric!: SlaMetric;

  @ManyToOne(() => SlaPolicy)
  policy!: SlaPolicy;

  /** Target in business milliseconds. */
  @Property({ type: new BigIntType('number') })
  targetMs!: number;

  /** Warning thresholds (percent) copied from the policy when the timer was (re)computed. */
  @Property({ type: 'json' })
  thresholds!: number[];

  @Property({ length: 3 })
  startedAt!: Date;

  /** When the target is reached, given the pauses so far; moves on resume. */
  @Property({ length: 3 })
  dueAt!: Date;

  /** Business time spent paused (and stopped, for a reopened ticket). */
  @Property({ type: new BigIntType('number') })
  pausedMs: number = 0;

  @Property({ length: 3, nullable: true })
  pausedAt?: Date;

  @Property({ length: 3, nullable: true })
  stoppedAt?: Date;

  @Property({ length: 3, nullable: true })
  breachedAt?: Date;

  @Enum({ items: () => SlaTimerState, nativeEnumName: 'sla_timer_state' })
  state: SlaTimerState = SlaTimerState.RUNNING;

  /** The highest threshold recorded so far (0, a warning percent, or 100). */
  @Property()
  lastThreshold: number = 0;

  /** When the next threshold is due while running; null otherwise. The sweep's work list. */
  @Property({ length: 3, nullable: true })
  nextCheckAt?: Date;

  @Property({ version: true })
  version!: number;
}

/** A warning or breach, recorded exactly once per timer and threshold. */
@Entity({ tableName: 'sla_event' })
@Unique({ properties: ['timer', 'threshold'] })
@Index({ name: 'sla_event_at_idx', properties: ['kind', 'at'] })
@Index({ name: 'sla_event_ticket_idx', properties: ['ticket', 'at'] })
export class SlaEvent {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => SlaTimer)
  timer!: SlaTimer;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @Enum({ items: () => SlaEventKind, nativeEnumName: 'sla_event_kind' })
  kind!: SlaEventKind;

  /** Percent of the target: a warning threshold, or 100 for the breach. */
  @Property()
  threshold!: number;

  /** The instant the threshold was reached (business time). */
  @Property({ length: 3 })
  at!: Date;

  /** When the system noticed and published it. */
  @Property({ length: 3 })
  detectedAt!: Date;
}
