import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15, directory administration: a version on agencies, users and support groups (the admin
 * screens' mutations carry the version they read), and the directory's audit trail: who changed
 * which agency, user or group, when, and each field from what to what. Hand-written.
 */
export class Migration20261130094500_DirectoryAdmin extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "agency" add column "version" int not null default 1;`);
    this.addSql(`alter table "app_user" add column "version" int not null default 1;`);
    this.addSql(`alter table "support_group" add column "version" int not null default 1;`);
    this.addSql(`create table "directory_audit" ("id" serial primary key, "at" timestamptz(3) not null, "actor_id" int not null, "action" varchar(40) not null, "agency_id" int null, "user_id" int null, "group_id" int null, "changes" jsonb not null default '[]', constraint directory_audit_subject_check check (num_nonnulls("agency_id", "user_id", "group_id") >= 1));`);
    this.addSql(`create index "directory_audit_agency_id_index" on "directory_audit" ("agency_id");`);
    this.addSql(`create index "directory_audit_user_id_index" on "directory_audit" ("user_id");`);
    this.addSql(`create index "directory_audit_group_id_index" on "directory_audit" ("group_id");`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_group_id_foreign" foreign key ("group_id") references "support_group" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "directory_audit" cascade;`);
    this.addSql(`alter table "support_group" drop column "version";`);
    this.addSql(`alter table "app_user" drop column "version";`);
    this.addSql(`alter table "agency" drop column "version";`);
  }

}
