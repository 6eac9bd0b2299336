import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ServiceArea } from '../directory/service-area.entity';
import { Agency } from '../directory/agency.entity';
import { User } from '../directory/user.entity';
import type { Menu } from './ivr-menu';
import { MenuVersionStatus } from './ivr.enums';

/**
 * One version of the IVR menu. A published or retired version never changes again, so a call
 * keeps the exact tree it started with; at most one draft and one published version exist.
 */
@Entity({ tableName: 'ivr_menu_version' })
@Index({
  name: 'ivr_menu_one_published',
  expression: `create unique index "ivr_menu_one_published" on "ivr_menu_version" ("status") where "status" = 'PUBLISHED'`,
})
@Index({ name: 'ivr_menu_one_draft', expression: `create unique index "ivr_menu_one_draft" on "ivr_menu_version" ("status") where "status" = 'DRAFT'` })
export class IvrMenuVersion {
  @PrimaryKey()
  id!: number;

  /** 1, 2, 3, ... in the order drafts were started. */
  @Property()
  @Unique()
  version!: number;

  @Enum({ items: () => MenuVersionStatus, nativeEnumName: 'ivr_menu_status' })
  status!: MenuVersionStatus;

  @Property({ type: 'json' })
  definition!: Menu;

  @Property({ length: 500, nullable: true })
  note?: string;

  @ManyToOne(() => User)
  createdBy!: User;

  @Property({ length: 3 })
  createdAt!: Date;

  @Property({ length: 3 })
  updatedAt!: Date;

  @Property({ length: 3, nullable: true })
  publishedAt?: Date;

  @ManyToOne(() => User, { nullable: true })
  publishedBy?: User;
}

/**
 * A number calls arrive on: the centre's shared number, or an agency's own switchboard extension
 * (which tells whose call it is).
 */
@Entity({ tableName: 'ivr_entry_point' })
export class IvrEntryPoint {
  @PrimaryKey()
  id!: number;

  /** E.164, e.g. +46771101010. */
  @Property({ length: 20 })
  @Unique()
  number!: string;

  @Property({ length: 200 })
  label!: string;

  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  /** The service area a call's ticket has until the caller chooses one in the menu. */
  @ManyToOne(() => ServiceArea)
  defaultServiceArea!: ServiceArea;

  /** Where the switchboard choice connects. */
  @Property({ length: 20 })
  switchboardNumber!: string;

  @Property({ default: true })
  active: boolean = true;
}
