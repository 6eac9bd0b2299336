import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14, the live-event path: `live_event`, the outbox every live change is recorded in (in the
 * changing transaction), and a trigger that NOTIFYs `live_event` with `{"id","channel","key"}` for
 * each row, delivered by PostgreSQL only if that transaction commits. Hand-written.
 */
export class Migration20261130085000_LiveEvent extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "live_event" ("id" bigserial primary key, "channel" varchar(40) not null, "key" varchar(60) not null, "created_at" timestamptz(3) not null default now());`);
    this.addSql(`create index "live_event_created_at_idx" on "live_event" ("created_at");`);
    this.addSql(`create function "live_event_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('live_event', json_build_object('id', new.id, 'channel', new.channel, 'key', new.key)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "live_event_notify" after insert on "live_event" for each row execute function "live_event_notify"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "live_event";`);
    this.addSql(`drop function "live_event_notify"();`);
  }

}
