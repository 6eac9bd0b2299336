import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A customer agency (kundmyndighet) served by the centre. */
@Entity({ tableName: 'agency' })
export class Agency {
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

  @Property({ length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
