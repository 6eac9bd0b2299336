import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { SlaMetric } from '../sla/sla.enums';

/**
 * The insert-only deltas of the report aggregates (see the ReportDeltas migration): the triggers
 * append signed contributions here, no two writers sharing a row, and the fold job moves them into
 * the aggregates. Declared so that schema diffs know them; nothing reads them through the ORM.
 */

/** Signed outcomes per day, agency, area, service, metric and whole minute: `sla_day`, `sla_minutes` and `sla_minute_buckets` to come. */
@Entity({ tableName: 'sla_outcome_delta', readonly: true })
export class SlaOutcomeDelta {
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  @Property()
  agencyId!: number;

  @Property({ type: 'date' })
  day!: string;

  @Property()
  serviceAreaId!: number;

  @Property()
  serviceId!: number;

  @Enum({ items: () => SlaMetric, nativeEnumName: 'sla_metric' })
  metric!: SlaMetric;

  @Property()
  minutes!: number;

  @Property()
  n!: number;

  @Property()
  met!: number;

  @Property({ type: new BigIntType('number') })
  elapsedMs!: number;
}

/** Signed ticket counts per day, agency, area, service, measure and key: `ticket_volume` to come. */
@Entity({ tableName: 'ticket_volume_delta', readonly: true })
export class TicketVolumeDelta {
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  @Property()
  agencyId!: number;

  @Property({ type: 'date' })
  day!: string;

  @Property()
  serviceAreaId!: number;

  @Property()
  serviceId!: number;

  @Property({ length: 16 })
  measure!: string;

  @Property({ length: 32 })
  key!: string;

  @Property()
  n!: number;
}
