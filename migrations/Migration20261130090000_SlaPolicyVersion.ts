import { Migration } from '@mikro-orm/migrations';

/**
 * `sla_policy.version`: an optimistic lock, so an admin editing a policy another admin changed
 * meanwhile gets CONFLICT (updateSlaPolicy's expectedVersion) instead of overwriting it. Existing
 * policies start at 1. Hand-written.
 */
export class Migration20261130090000_SlaPolicyVersion extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sla_policy" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sla_policy" drop column "version";`);
  }

}
