import { Migration } from '@mikro-orm/migrations';

/**
 * Routing within a group (issue 20 part 4): a group's mode and round-robin cursor (no row: MANUAL),
 * each agent's or specialist's presence (no row: AVAILABLE) and skills; ROUTED in the ticket history.
 */
export class Migration20261201100000_Routing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'ROUTED';`);
    this.addSql(`create type "routing_mode" as enum ('MANUAL', 'ROUND_ROBIN', 'LEAST_LOADED');`);
    this.addSql(`create type "presence" as enum ('AVAILABLE', 'AWAY');`);
    this.addSql(`create table "group_routing" ("id" serial primary key, "group_id" int not null, "mode" "routing_mode" not null default 'MANUAL', "cursor" int null);`);
    this.addSql(`alter table "group_routing" add constraint "group_routing_group_id_unique" unique ("group_id");`);
    this.addSql(`alter table "group_routing" add constraint "group_routing_group_id_foreign" foreign key ("group_id") references "support_group" ("id") on update cascade;`);
    this.addSql(`create table "user_presence" ("id" serial primary key, "user_id" int not null, "presence" "presence" not null, "changed_at" timestamptz(3) not null);`);
    this.addSql(`alter table "user_presence" add constraint "user_presence_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "user_presence" add constraint "user_presence_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`create table "user_skill" ("id" serial primary key, "user_id" int not null, "service_area_id" int not null, "service_id" int null);`);
    this.addSql(`create index "user_skill_user_id_index" on "user_skill" ("user_id");`);
    this.addSql(`alter table "user_skill" add constraint "user_skill_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "user_skill" add constraint "user_skill_service_area_id_foreign" foreign key ("service_area_id") references "service_area" ("id") on update cascade;`);
    this.addSql(`alter table "user_skill" add constraint "user_skill_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_skill" cascade;`);
    this.addSql(`drop table if exists "user_presence" cascade;`);
    this.addSql(`drop table if exists "group_routing" cascade;`);
    this.addSql(`drop type if exists "presence";`);
    this.addSql(`drop type if exists "routing_mode";`);
    // PostgreSQL cannot drop an enum value; ROUTED stays in ticket_event_kind, unused.
  }

}
