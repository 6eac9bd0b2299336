import { Migration } from '@mikro-orm/migrations';

/**
 * `sla_policy.rank` (issue 20 part 7): a second active policy of exactly the same scope (area,
 * priority, service, agency) used to be accepted and silently never applied; now it needs an
 * explicit rank, unique per scope among active policies, and the matcher applies the lowest.
 * Existing duplicates do not fail the migration: they are ranked by creation order (id), so the
 * one that was applied until now (the oldest) keeps rank 1 and nothing changes for tickets.
 */
export class Migration20261201080000_SlaPolicyRank extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sla_policy" add column "rank" int not null default 1;`);
    this.addSql(`update "sla_policy" p set "rank" = r.n from (
        select id, row_number() over (partition by service_area_id, priority, coalesce(service_id, 0), coalesce(agency_id, 0) order by id) as n
          from "sla_policy" where "active") r
      where r.id = p.id and r.n > 1;`);
    this.addSql(`create unique index "sla_policy_scope_rank_unique" on "sla_policy" ("service_area_id", "priority", coalesce("service_id", 0), coalesce("agency_id", 0), "rank") where "active";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "sla_policy_scope_rank_unique";`);
    this.addSql(`alter table "sla_policy" drop column "rank";`);
  }

}
