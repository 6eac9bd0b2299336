import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { GroupKind, Tier } from './directory.enums';
import type { Versioned } from '../platform/errors';
import { ServiceArea } from './service-area.entity';

/** A group on one tier of the support chain that tickets are queued to. */
@Entity({ tableName: 'support_group' })
export class SupportGroup {
  /** How a stale version of it answers (CONFLICT). */
  static readonly versioned: Versioned = { noun: 'support group', expectedVersionField: ['input', 'expectedVersion'] };

  @PrimaryKey()
  id!: number;

  @Property({ length: 200 })
  @Unique()
  name!: string;

  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  @Enum({ items: () => GroupKind, nativeEnumName: 'group_kind' })
  kind!: GroupKind;

  /** The service area a production group serves; null for the Servicedesk. */
  @ManyToOne(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;

  /**
   * Takes escalations of any service area (issue 20 part 7). Off by default: an escalation to a group
   * of another area than the case's is refused (escalationRefusal); a group without an area takes any.
   */
  @Property({ default: false })
  acceptsAnyArea: boolean = false;

  /** Optimistic lock: the directory's admin mutations carry the version they read. */
  @Property({ version: true })
  version!: number;
}

/** Whether a group handles a service area's cases: its own area; any when it has none or accepts any. */
export const handlesArea = (group: Pick<SupportGroup, 'serviceArea' | 'acceptsAnyArea'>, areaId: number): boolean =>
  !group.serviceArea || group.acceptsAnyArea || group.serviceArea.id === areaId;

/** An external system supplier on the third line. Vendors do not log in. */
@Entity({ tableName: 'vendor' })
export class Vendor {
  @PrimaryKey()
  id!: number;

  @Property({ length: 200 })
  @Unique()
  name!: string;

  /** The system or product the vendor supplies. */
  @Property({ length: 200 })
  system!: string;

  @Property({ length: 320, nullable: true })
  contactEmail?: string;

  @Property({ length: 40, nullable: true })
  contactPhone?: string;

  @ManyToOne(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;
}
