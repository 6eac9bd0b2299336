import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One rate-limit bucket (rate-limiter-flexible's PostgreSQL store, the table it expects): the key
 * (`<limit>:<ip or viewer>`), the points used in the window, and when the window ends (ms since
 * epoch). In the database, so every instance counts against the same budget.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitBucket {
  @PrimaryKey({ length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  @Property({ type: 'bigint', nullable: true })
  expire?: string;
}
