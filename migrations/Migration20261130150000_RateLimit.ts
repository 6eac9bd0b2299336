import { Migration } from '@mikro-orm/migrations';

/**
 * The rate-limit buckets every instance counts in (rate-limiter-flexible's PostgreSQL store, the
 * table it expects; never created by the library). Unlogged: the counts of the last minute are not
 * worth a WAL write, and a crash that empties them only forgives a minute.
 */
export class Migration20261130150000_RateLimit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unlogged table "rate_limit" ("key" varchar(255) not null, "points" integer not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit" cascade;`);
  }

}
