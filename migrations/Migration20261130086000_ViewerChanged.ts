import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14: a live subscription keeps its viewer until the directory says it changed. Every change
 * to what a viewer is made of (the user row, group memberships, a group's service area, the
 * delivery and account manager contacts) records a `viewer` live event keyed by the user's id, in
 * the changing transaction, whatever wrote it (the API, a seed, an operator's SQL): each instance
 * re-loads that user's viewer for its open sockets, and closes them (4403) if it is gone.
 * Hand-written.
 */
export class Migration20261130086000_ViewerChanged extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "viewer_changed"(variadic user_ids int[]) returns void language sql as $$
      insert into live_event (channel, key) select distinct 'viewer', u::text from unnest(user_ids) as u where u is not null;
    $$;`);
    this.addSql(`create function "viewer_changed_user"() returns trigger language plpgsql as $$
      begin perform viewer_changed(new.id, old.id); return null; end $$;`);
    this.addSql(`create function "viewer_changed_membership"() returns trigger language plpgsql as $$
      begin perform viewer_changed(new.user_id, old.user_id); return null; end $$;`);
    this.addSql(`create function "viewer_changed_contact"() returns trigger language plpgsql as $$
      begin perform viewer_changed(new.person_id, new.deputy_id, old.person_id, old.deputy_id); return null; end $$;`);
    this.addSql(`create function "viewer_changed_group"() returns trigger language plpgsql as $$
      begin
        perform viewer_changed(variadic array(select m.user_id from group_membership m where m.group_id = new.id));
        return null;
      end $$;`);
    this.addSql(`create trigger "viewer_changed" after insert or update or delete on "app_user" for each row execute function "viewer_changed_user"();`);
    this.addSql(`create trigger "viewer_changed" after insert or update or delete on "group_membership" for each row execute function "viewer_changed_membership"();`);
    this.addSql(`create trigger "viewer_changed" after insert or update or delete on "agency_contact" for each row execute function "viewer_changed_contact"();`);
    this.addSql(`create trigger "viewer_changed" after update of "service_area_id" on "support_group" for each row execute function "viewer_changed_group"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "viewer_changed" on "support_group";`);
    this.addSql(`drop trigger "viewer_changed" on "agency_contact";`);
    this.addSql(`drop trigger "viewer_changed" on "group_membership";`);
    this.addSql(`drop trigger "viewer_changed" on "app_user";`);
    this.addSql(`drop function "viewer_changed_group"();`);
    this.addSql(`drop function "viewer_changed_contact"();`);
    this.addSql(`drop function "viewer_changed_membership"();`);
    this.addSql(`drop function "viewer_changed_user"();`);
    this.addSql(`drop function "viewer_changed"(variadic int[]);`);
  }

}
