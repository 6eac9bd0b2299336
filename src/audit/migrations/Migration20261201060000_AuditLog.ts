import { Migration } from '@mikro-orm/migrations';

const DIRECTORY_CREATIONS = `('AGENCY_CREATED', 'USER_CREATED', 'GROUP_CREATED', 'MEMBER_ADDED')`;

/**
 * Issue 20 part 12, the audit log: one append-only table for every domain's administrative changes
 * (platform/audit). The directory's own trail (`directory_audit`, issue 15) becomes part of it: its
 * entries move over (a membership's subject is the group, the user its related thing; each field's
 * old and new value become `before` and `after`, a creation having no `before` and a removed
 * membership no `after`) and the table goes. A trigger refuses UPDATE, DELETE and TRUNCATE, so not
 * even the application's own role can rewrite history. Hand-written.
 */
export class Migration20261201060000_AuditLog extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz(3) not null, "actor_id" int null, "action" varchar(60) not null, "entity_type" varchar(60) not null, "entity_id" int not null, "related_type" varchar(60) null, "related_id" int null, "before" jsonb null, "after" jsonb null, "request_id" varchar(64) null);`);
    this.addSql(`create index "audit_log_entity_idx" on "audit_log" ("entity_type", "entity_id", "id");`);
    this.addSql(`create index "audit_log_related_idx" on "audit_log" ("related_type", "related_id", "id");`);
    this.addSql(`create index "audit_log_actor_idx" on "audit_log" ("actor_id", "id");`);
    this.addSql(`create index "audit_log_at_idx" on "audit_log" ("at");`);
    this.addSql(`insert into "audit_log" ("at", "actor_id", "action", "entity_type", "entity_id", "related_type", "related_id", "before", "after")
      select d."at", d."actor_id", d."action",
             case when d."group_id" is not null then 'SupportGroup' when d."agency_id" is not null then 'Agency' else 'User' end,
             coalesce(d."group_id", d."agency_id", d."user_id"),
             case when d."group_id" is not null and d."user_id" is not null then 'User' end,
             case when d."group_id" is not null then d."user_id" end,
             case when d."action" in ${DIRECTORY_CREATIONS} then null
                  else (select coalesce(jsonb_object_agg(c->>'field', c->'from'), '{}'::jsonb) from jsonb_array_elements(d."changes") c) end,
             case when d."action" = 'MEMBER_REMOVED' then null
                  else (select coalesce(jsonb_object_agg(c->>'field', c->'to'), '{}'::jsonb) from jsonb_array_elements(d."changes") c) end
        from "directory_audit" d order by d."id";`);
    this.addSql(`drop table "directory_audit";`);
    this.addSql(`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_log_no_rewrite before update or delete on "audit_log" for each row execute function audit_log_append_only();`);
    this.addSql(`create trigger audit_log_no_truncate before truncate on "audit_log" for each statement execute function audit_log_append_only();`);
  }

  override async down(): Promise<void> {
    // The directory's trail comes back with the directory's entries; the others' entries are lost with the table.
    this.addSql(`create table "directory_audit" ("id" serial primary key, "at" timestamptz(3) not null, "actor_id" int not null, "action" varchar(40) not null, "agency_id" int null, "user_id" int null, "group_id" int null, "changes" jsonb not null default '[]', constraint directory_audit_subject_check check (num_nonnulls("agency_id", "user_id", "group_id") >= 1));`);
    this.addSql(`create index "directory_audit_agency_id_index" on "directory_audit" ("agency_id");`);
    this.addSql(`create index "directory_audit_user_id_index" on "directory_audit" ("user_id");`);
    this.addSql(`create index "directory_audit_group_id_index" on "directory_audit" ("group_id");`);
    this.addSql(`insert into "directory_audit" ("at", "actor_id", "action", "agency_id", "user_id", "group_id", "changes")
      select l."at", l."actor_id", l."action",
             case when l."entity_type" = 'Agency' then l."entity_id" end,
             case when l."entity_type" = 'User' then l."entity_id" when l."related_type" = 'User' then l."related_id" end,
             case when l."entity_type" = 'SupportGroup' then l."entity_id" end,
             (select coalesce(jsonb_agg(jsonb_build_object('field', k, 'from', coalesce(l."before", '{}'::jsonb)->k, 'to', coalesce(l."after", '{}'::jsonb)->k) order by k), '[]'::jsonb)
                from (select jsonb_object_keys(coalesce(l."before", '{}'::jsonb) || coalesce(l."after", '{}'::jsonb)) k) keys
               where (coalesce(l."before", '{}'::jsonb)->k) is distinct from (coalesce(l."after", '{}'::jsonb)->k))
        from "audit_log" l
       where l."entity_type" in ('Agency', 'User', 'SupportGroup') and l."actor_id" is not null
         and exists (select 1 from "app_user" u where u."id" = l."actor_id")
       order by l."id";`);
    this.addSql(`delete from "directory_audit" d where (d."agency_id" is not null and not exists (select 1 from "agency" a where a."id" = d."agency_id"))
      or (d."user_id" is not null and not exists (select 1 from "app_user" u where u."id" = d."user_id"))
      or (d."group_id" is not null and not exists (select 1 from "support_group" g where g."id" = d."group_id"));`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "directory_audit" add constraint "directory_audit_group_id_foreign" foreign key ("group_id") references "support_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`drop table "audit_log";`);
    this.addSql(`drop function audit_log_append_only();`);
  }

}
