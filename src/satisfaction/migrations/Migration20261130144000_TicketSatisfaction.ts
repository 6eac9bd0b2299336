import { Migration } from '@mikro-orm/migrations';

/** Satisfaction ratings of resolved cases: one per case, 1-5 and a comment, with where the case stood when rated. */
export class Migration20261130144000_TicketSatisfaction extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ticket_satisfaction" ("id" serial primary key, "ticket_id" int not null, "score" smallint not null, "comment" text null, "rated_by_id" int not null, "rated_at" timestamptz(3) not null, "agency_id" int not null, "service_area_id" int not null, "service_id" int null, "group_id" int not null, constraint ticket_satisfaction_score_check check ("score" >= 1 and "score" <= 5));`);
    this.addSql(`alter table "ticket_satisfaction" add constraint "ticket_satisfaction_ticket_id_unique" unique ("ticket_id");`);
    this.addSql(`create index "ticket_satisfaction_rated_at_index" on "ticket_satisfaction" ("rated_at");`);
    this.addSql(`alter table "ticket_satisfaction" add constraint "ticket_satisfaction_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_satisfaction" add constraint "ticket_satisfaction_rated_by_id_foreign" foreign key ("rated_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket_satisfaction" cascade;`);
  }

}
