import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ServiceAreaCode } from './directory.enums';

/** Payroll (Lön), finance (Ekonomi) or e-commerce (E-handel). */
@Entity({ tableName: 'service_area' })
export class ServiceArea {
  @PrimaryKey()
  id!: number;

  @Enum({ items: () => ServiceAreaCode, nativeEnumName: 'service_area_code' })
  @Unique()
  code!: ServiceAreaCode;

  @Property({ length: 100 })
  name!: string;
}

/** A service from the catalogue, e.g. travel and expenses under payroll. */
@Entity({ tableName: 'service' })
@Unique({ properties: ['area', 'code'] })
export class Service {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ServiceArea)
  area!: ServiceArea;

  @Property({ length: 60 })
  code!: string;

  @Property({ length: 200 })
  name!: string;
}
