import { Migration } from '@mikro-orm/migrations';

/**
 * Retention (issue 20 part 11). `agency.retention_months`: how long after closing a case of the
 * agency keeps its personal data (null: the agreement sets none, nothing is anonymised). A legal
 * hold on a case (`ticket.legal_hold`, with the reason) keeps the retention job away from it;
 * `ticket.anonymised_at` says when its personal data was blanked (never again after that).
 * `retention_run`: one row per run of the job (daily cron or an admin's "run now").
 *
 * The history stays append-only, but its free text (notes, old and new titles, caller numbers)
 * holds personal data too: the trigger now lets exactly one kind of update through, the
 * anonymiser's, which sets the transaction-local `supportchain.anonymising` and changes nothing but
 * note, from_value and to_value. Deletes stay refused.
 */
export class Migration20261201140000_Retention extends Migration {

  override async up(): Promise<void> {
    for (const kind of ['ANONYMISED', 'LEGAL_HOLD_SET', 'LEGAL_HOLD_CLEARED'])
      this.addSql(`alter type "ticket_event_kind" add value if not exists '${kind}';`);
    this.addSql(`alter table "agency" add column "retention_months" int null, add constraint "agency_retention_months_check" check ("retention_months" >= 1 and "retention_months" <= 600);`);
    this.addSql(`alter table "ticket" add column "legal_hold" boolean not null default false, add column "legal_hold_reason" text null, add column "anonymised_at" timestamptz(3) null;`);
    // The job's scan: closed cases not yet anonymised, by agency and closing time.
    this.addSql(`create index "ticket_retention_due_idx" on "ticket" ("agency_id", "closed_at") where "status" = 'CLOSED' and "anonymised_at" is null;`);
    this.addSql(`create table "retention_run" ("id" serial primary key, "started_at" timestamptz(3) not null, "finished_at" timestamptz(3) not null, "cases_anonymised" int not null, "triggered_by_id" int null);`);
    this.addSql(`alter table "retention_run" add constraint "retention_run_triggered_by_id_foreign" foreign key ("triggered_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create or replace function "ticket_event_append_only"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and current_setting('supportchain.anonymising', true) = 'on'
           and (new.id, new.ticket_id, new.actor_id, new.at, new.kind, new.field, new.from_ref, new.to_ref, new.tier, new.visibility)
               is not distinct from (old.id, old.ticket_id, old.actor_id, old.at, old.kind, old.field, old.from_ref, old.to_ref, old.tier, old.visibility) then
          return new;
        end if;
        raise exception 'ticket_event is append-only';
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function "ticket_event_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'ticket_event is append-only'; end $$;`);
    this.addSql(`drop table "retention_run";`);
    this.addSql(`drop index "ticket_retention_due_idx";`);
    this.addSql(`alter table "ticket" drop column "legal_hold", drop column "legal_hold_reason", drop column "anonymised_at";`);
    this.addSql(`alter table "agency" drop constraint "agency_retention_months_check", drop column "retention_months";`);
  }

}
