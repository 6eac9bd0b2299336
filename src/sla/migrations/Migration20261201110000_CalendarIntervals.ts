import { Migration } from '@mikro-orm/migrations';

/**
 * Calendars with several open intervals a day, date exceptions with their own intervals, an eve
 * rule and per-agency calendars (issue 20 part 6). Each weekday's single {open, close} becomes a
 * one-interval list and every existing calendar keeps half-day eves, so no due time moves.
 */
export class Migration20261201110000_CalendarIntervals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "business_calendar" c set "weekly" = coalesce((select jsonb_object_agg(d.key, case when jsonb_typeof(d.value) = 'array' then d.value else jsonb_build_array(d.value) end) from jsonb_each(c."weekly") d), '{}'::jsonb);`);
    this.addSql(`create type "eve_rule" as enum ('CLOSED', 'HALF_DAY', 'NORMAL');`);
    this.addSql(`alter table "business_calendar" add column "eve_rule" "eve_rule" not null default 'HALF_DAY', add column "agency_id" int null;`);
    this.addSql(`alter table "business_calendar" add constraint "business_calendar_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "business_calendar" add constraint "business_calendar_agency_id_unique" unique ("agency_id");`);
    this.addSql(`alter type "closure_kind" add value if not exists 'HOURS';`);
    this.addSql(`alter table "calendar_closure" add column "intervals" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "calendar_closure" drop column "intervals";`);
    this.addSql(`alter table "business_calendar" drop column "agency_id", drop column "eve_rule";`);
    this.addSql(`drop type "eve_rule";`);
    this.addSql(`update "business_calendar" c set "weekly" = coalesce((select jsonb_object_agg(d.key, d.value -> 0) from jsonb_each(c."weekly") d where jsonb_array_length(d.value) > 0), '{}'::jsonb);`);
  }

}
