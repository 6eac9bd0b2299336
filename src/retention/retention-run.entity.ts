import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';

/** One run of the retention job (written by retention.sql.ts; declared so that schema diffs know the table). */
@Entity({ tableName: 'retention_run' })
export class RetentionRun {
  @PrimaryKey()
  id!: number;

  @Property({ length: 3 })
  startedAt!: Date;

  @Property({ length: 3 })
  finishedAt!: Date;

  @Property()
  casesAnonymised!: number;

  /** The admin who ran it; null for the daily job. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  triggeredBy?: User | null;
}
