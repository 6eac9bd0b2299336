import { Migration } from '@mikro-orm/migrations';

/**
 * Time spent on cases (issue 20 part 5): one row per person, day and case, with the tier and group
 * that held the case when it was logged; a billable entry points at its time on the case's work
 * order. Logging, changing and deleting are recorded in the ticket's history (internal).
 */
export class Migration20261201070000_TimeEntries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'TIME_LOGGED';`);
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'TIME_LOG_CHANGED';`);
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'TIME_LOG_DELETED';`);
    this.addSql(`create table "time_entry" ("id" serial primary key, "ticket_id" int not null, "person_id" int not null, "group_id" int not null, "tier" "tier" not null, "minutes" smallint not null, "worked_on" date not null, "note" text null, "billable" boolean not null default false, "work_time_id" int null, "logged_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, constraint time_entry_minutes_check check ("minutes" >= 1 and "minutes" <= 1440), constraint time_entry_billable_check check ("work_time_id" is null or "billable"));`);
    this.addSql(`create index "time_entry_ticket_id_index" on "time_entry" ("ticket_id");`);
    this.addSql(`create index "time_entry_person_id_index" on "time_entry" ("person_id");`);
    this.addSql(`create index "time_entry_worked_on_idx" on "time_entry" ("worked_on", "ticket_id");`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_work_time_id_unique" unique ("work_time_id");`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_group_id_foreign" foreign key ("group_id") references "support_group" ("id") on update cascade;`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_work_time_id_foreign" foreign key ("work_time_id") references "work_time" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "time_entry" cascade;`);
    // PostgreSQL cannot drop an enum value; the TIME_* kinds stay in ticket_event_kind, unused.
  }

}
