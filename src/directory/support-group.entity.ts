import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { GroupKind, Tier } from './directory.enums';
import { ServiceArea } from './service-area.entity';

/** A group on one tier of the support chain that tickets are queued to. */
@Entity({ tableName: 'support_group' })
export class SupportGroup {
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
}

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
