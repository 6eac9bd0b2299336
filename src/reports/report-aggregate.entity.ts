import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { SlaMetric } from '../sla/sla.enums';

/**
 * The report aggregates, written only by the fold of the deltas the database's triggers append to
 * (see the ReportAggregates and ReportDeltas migrations), and read with SQL by the report, always
 * together with the unfolded deltas. Declared here so that schema diffs know them.
 * `agencyId` 0 is the whole centre; `serviceId` 0 is "no service".
 */

/** Per day, agency, service area, service and metric: outcomes measured, met, business time used. */
@Entity({ tableName: 'sla_day', readonly: true })
export class SlaDay {
  @PrimaryKey({ autoincrement: false })
  agencyId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ autoincrement: false })
  serviceAreaId!: number;

  @PrimaryKey({ autoincrement: false })
  serviceId!: number;

  @Enum({ items: () => SlaMetric, nativeEnumName: 'sla_metric', primary: true })
  metric!: SlaMetric;

  @Property()
  measured!: number;

  @Property()
  met!: number;

  @Property({ type: new BigIntType('number') })
  elapsedMs!: number;
}

/** Per month, agency, service area, service and metric: how many outcomes used each whole minute. */
@Entity({ tableName: 'sla_minutes', readonly: true })
export class SlaMinutes {
  @PrimaryKey({ autoincrement: false })
  agencyId!: number;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ autoincrement: false })
  serviceAreaId!: number;

  @PrimaryKey({ autoincrement: false })
  serviceId!: number;

  @Enum({ items: () => SlaMetric, nativeEnumName: 'sla_metric', primary: true })
  metric!: SlaMetric;

  @PrimaryKey({ autoincrement: false })
  minutes!: number;

  @Property()
  n!: number;
}

/** Per day, agency, service area and service: tickets counted by a measure and its key. */
@Entity({ tableName: 'ticket_volume', readonly: true })
export class TicketVolume {
  @PrimaryKey({ autoincrement: false })
  agencyId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ autoincrement: false })
  serviceAreaId!: number;

  @PrimaryKey({ autoincrement: false })
  serviceId!: number;

  /** CHANNEL, CATEGORY, PRIORITY, ESCALATED (by the day created), RESOLVED_TIER, REFERRED. */
  @PrimaryKey({ length: 16 })
  measure!: string;

  @PrimaryKey({ length: 32 })
  key!: string;

  @Property()
  n!: number;
}

/** `SlaMinutes` per whole hour of business time (`bucket` = minutes / 60): where a percentile's hour is found. */
@Entity({ tableName: 'sla_minute_buckets', readonly: true })
export class SlaMinuteBucket {
  @PrimaryKey({ autoincrement: false })
  agencyId!: number;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ autoincrement: false })
  serviceAreaId!: number;

  @PrimaryKey({ autoincrement: false })
  serviceId!: number;

  @Enum({ items: () => SlaMetric, nativeEnumName: 'sla_metric', primary: true })
  metric!: SlaMetric;

  @PrimaryKey({ autoincrement: false })
  bucket!: number;

  @Property()
  n!: number;
}
