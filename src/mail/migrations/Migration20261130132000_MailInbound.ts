import { Migration } from '@mikro-orm/migrations';

/**
 * Inbound processing: what each received mail said (sender, subject, text, sanitised HTML) beside
 * its raw source, and each agency's answer to its own staff who mail the desk.
 */
export class Migration20261130132000_MailInbound extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "mail_inbound_body" ("inbound_id" int not null primary key, "from_address" varchar(320) null, "from_name" varchar(200) null, "subject" varchar(998) not null, "text" text not null, "html" text null);`);
    this.addSql(`alter table "mail_inbound_body" add constraint "mail_inbound_body_inbound_id_foreign" foreign key ("inbound_id") references "mail_inbound" ("id") on update cascade on delete cascade;`);
    this.addSql(`create table "mail_agency_settings" ("agency_id" int not null primary key, "redirect_text_sv" text null, "redirect_text_en" text null, "web_url" varchar(500) null, "phone" varchar(40) null, "updated_at" timestamptz(3) not null, "updated_by_id" int null);`);
    this.addSql(`alter table "mail_agency_settings" add constraint "mail_agency_settings_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_agency_settings" add constraint "mail_agency_settings_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "mail_agency_settings";`);
    this.addSql(`drop table "mail_inbound_body";`);
  }
}
