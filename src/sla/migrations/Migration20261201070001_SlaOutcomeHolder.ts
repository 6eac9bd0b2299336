import { Migration } from '@mikro-orm/migrations';

/**
 * The SLA report's figures per group and per agent (issue 20 part 8): each outcome keeps the
 * support group and the agent holding the case when its timer stopped. Existing outcomes take the
 * case's group and assignee as they are now (the best there is). The backfill changes no column the
 * aggregates count, so their update trigger is off for it (it would append deltas that cancel out).
 */
export class Migration20261201070001_SlaOutcomeHolder extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sla_outcome" add column "group_id" int null, add column "assignee_id" int null;`);
    this.addSql(`alter table "sla_outcome" add constraint "sla_outcome_group_id_foreign" foreign key ("group_id") references "support_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sla_outcome" add constraint "sla_outcome_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sla_outcome" disable trigger "sla_outcome_aggregate_update";`);
    this.addSql(`update "sla_outcome" o set "group_id" = t."group_id", "assignee_id" = t."assignee_id" from "ticket" t where t."id" = o."ticket_id";`);
    this.addSql(`alter table "sla_outcome" enable trigger "sla_outcome_aggregate_update";`);
    // The breakdowns read the period's outcomes from this index alone (an index-only scan), not the table.
    this.addSql(`create index "sla_outcome_day_holder_idx" on "sla_outcome" ("day") include ("metric", "met", "group_id", "assignee_id", "agency_id", "service_area_id", "service_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "sla_outcome_day_holder_idx";`);
    this.addSql(`alter table "sla_outcome" drop column "group_id", drop column "assignee_id";`);
  }

}
