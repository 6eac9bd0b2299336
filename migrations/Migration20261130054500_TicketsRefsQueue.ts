import { Migration } from '@mikro-orm/migrations';
import { HISTORY_TRIGGER_OFF, HISTORY_TRIGGER_ON, NAME_LEGACY_REFS_SQL } from '../src/tickets/ticket-history.sql';

/**
 * Issue 13, items 11, 14 and 19:
 * - `ticket_event.from_ref` / `to_ref`: the object a reference value names ("SupportGroup:6");
 *   existing history gets names (from the rows as they are now) in place of raw ids;
 * - `ticket.idempotency_hash`: the input first sent with an idempotency key;
 * - `ticket.sla_due_at`: the nearest due time of the ticket's running (not stopped, not paused)
 *   SLA timers, kept by a trigger on `sla_timer` in the same transaction, and an index that
 *   orders the queue by it (no timer running sorts last).
 */
export class Migration20261130054500_TicketsRefsQueue extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket_event" add column "from_ref" varchar(60) null, add column "to_ref" varchar(60) null;`);
    this.addSql(HISTORY_TRIGGER_OFF);
    for (const sql of NAME_LEGACY_REFS_SQL) this.addSql(sql);
    this.addSql(HISTORY_TRIGGER_ON);

    this.addSql(`alter table "ticket" add column "idempotency_hash" varchar(64) null;`);

    this.addSql(`alter table "ticket" add column "sla_due_at" timestamptz(3) null;`);
    this.addSql(`create function "ticket_sla_due_sync"() returns trigger language plpgsql as $$
      declare tid int;
      begin
        for tid in select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.ticket_id end, case when tg_op <> 'DELETE' then new.ticket_id end]) as x where x is not null loop
          update ticket t set sla_due_at = d.due
            from (select min(s.due_at) as due from sla_timer s where s.ticket_id = tid and s.stopped_at is null and s.paused_at is null) d
            where t.id = tid and t.sla_due_at is distinct from d.due;
        end loop;
        return null;
      end $$;`);
    this.addSql(`create trigger "sla_timer_ticket_due" after insert or delete or update of "due_at", "paused_at", "stopped_at", "ticket_id" on "sla_timer"
      for each row execute function "ticket_sla_due_sync"();`);
    this.addSql(`update ticket t set sla_due_at = d.due from (select ticket_id, min(due_at) as due from sla_timer where stopped_at is null and paused_at is null group by ticket_id) d where t.id = d.ticket_id;`);
    this.addSql(`create index "ticket_sla_due_idx" on "ticket" ((coalesce("sla_due_at", 'infinity'::timestamptz)), "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "ticket_sla_due_idx";`);
    this.addSql(`drop trigger if exists "sla_timer_ticket_due" on "sla_timer";`);
    this.addSql(`drop function if exists "ticket_sla_due_sync"();`);
    this.addSql(`alter table "ticket" drop column "sla_due_at", drop column "idempotency_hash";`);
    this.addSql(`alter table "ticket_event" drop column "from_ref", drop column "to_ref";`);
  }
}
