import { Migration } from '@mikro-orm/migrations';

/** Presence on tickets (issue 15): who of the staff has a ticket open, by heartbeat. */
export class Migration20261130091000_TicketViewers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ticket_viewer" ("id" serial primary key, "ticket_id" int not null, "user_id" int not null, "seen_at" timestamptz(3) not null);`);
    this.addSql(`create index "ticket_viewer_user_id_index" on "ticket_viewer" ("user_id");`);
    this.addSql(`alter table "ticket_viewer" add constraint "ticket_viewer_ticket_id_user_id_unique" unique ("ticket_id", "user_id");`);
    this.addSql(`alter table "ticket_viewer" add constraint "ticket_viewer_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_viewer" add constraint "ticket_viewer_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket_viewer" cascade;`);
  }
}
