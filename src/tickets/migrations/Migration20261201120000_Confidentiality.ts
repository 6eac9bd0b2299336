import { Migration } from '@mikro-orm/migrations';

/**
 * Confidentiality (sekretess, issue 20 part 9): a case or a comment carries a ground (a code of the
 * list and the OSL chapter/section as text) and the staff roles that read it beside the assigned
 * group and admins (`confidential_roles`). Every read of a confidential case or comment is one row
 * of `confidential_read`, append-only (a trigger refuses UPDATE and DELETE), with the agency copied
 * in so that the agency's security contact queries its own rows by index.
 */
export class Migration20261201120000_Confidentiality extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'MARKED_CONFIDENTIAL';`);
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'UNMARKED_CONFIDENTIAL';`);
    this.addSql(`create type "confidentiality_code" as enum ('OSL_18_8', 'OSL_21_1', 'OSL_21_3', 'OSL_39_3', 'OSL_31_16', 'OTHER');`);
    this.addSql(`create type "confidential_read_path" as enum ('TICKET', 'LIST', 'COMMENTS', 'COMMENT', 'ATTACHMENT');`);
    for (const table of ['ticket', 'ticket_comment']) {
      this.addSql(`alter table "${table}" add column "confidential_code" "confidentiality_code" null, add column "confidential_reason" text null, add column "confidential_roles" text[] null;`);
    }
    this.addSql(`create table "confidential_read" ("id" serial primary key, "at" timestamptz(3) not null default now(), "reader_id" int not null, "ticket_id" int not null, "comment_id" int null, "agency_id" int null, "path" "confidential_read_path" not null);`);
    this.addSql(`alter table "confidential_read" add constraint "confidential_read_reader_id_foreign" foreign key ("reader_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "confidential_read" add constraint "confidential_read_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);
    this.addSql(`alter table "confidential_read" add constraint "confidential_read_comment_id_foreign" foreign key ("comment_id") references "ticket_comment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "confidential_read" add constraint "confidential_read_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "confidential_read_agency_idx" on "confidential_read" ("agency_id", "id");`);
    this.addSql(`create index "confidential_read_ticket_idx" on "confidential_read" ("ticket_id");`);
    this.addSql(`create or replace function confidential_read_append_only() returns trigger language plpgsql as $$ begin raise exception 'confidential_read is append-only'; end $$;`);
    this.addSql(`create trigger confidential_read_append_only before update or delete on "confidential_read" for each row execute function confidential_read_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "confidential_read";`);
    this.addSql(`drop function confidential_read_append_only();`);
    for (const table of ['ticket', 'ticket_comment']) {
      this.addSql(`alter table "${table}" drop column "confidential_code", drop column "confidential_reason", drop column "confidential_roles";`);
    }
    this.addSql(`drop type "confidential_read_path";`);
    this.addSql(`drop type "confidentiality_code";`);
  }

}
