import { Migration } from '@mikro-orm/migrations';

/** What the SLA_BREACH bundles have mailed: one row per delivery manager and breach (mail_sla_breach). */
export class Migration20261130134000_NotifySlaBundle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mail_sla_breach" ("user_id" int not null, "event_id" int not null, "mail_id" int not null, "mailed_at" timestamptz(3) not null, constraint "mail_sla_breach_pkey" primary key ("user_id", "event_id"));`);
    this.addSql(`alter table "mail_sla_breach" add constraint "mail_sla_breach_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_sla_breach" add constraint "mail_sla_breach_event_id_foreign" foreign key ("event_id") references "sla_event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_sla_breach" add constraint "mail_sla_breach_mail_id_foreign" foreign key ("mail_id") references "mail_outbound" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_sla_breach" cascade;`);
  }
}
