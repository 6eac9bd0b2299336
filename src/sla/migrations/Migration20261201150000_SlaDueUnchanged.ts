import { Migration } from '@mikro-orm/migrations';

const HEAD = `create or replace function "ticket_sla_due_sync"() returns trigger language plpgsql as $$`;
const TICKETS = `select distinct x from unnest(array[case when tg_op <> 'INSERT' then old.ticket_id end, case when tg_op <> 'DELETE' then new.ticket_id end]) as x where x is not null`;

/** A ticket's open timers' nearest due time, into `due` (`tid`: the ticket), as this migration wrote it. */
export const OPEN_TIMERS_MIN_DUE = 'select min(s.due_at) into due from sla_timer s where s.ticket_id = tid and s.stopped_at is null and s.paused_at is null;';

/** `ticket_sla_due_sync` as this migration made it, with `minDue` (the statement that reads `due`). */
export function dueSyncFunction(minDue: string): string {
  return `${HEAD}
      declare tid int; due timestamptz;
      begin
        -- A new timer can only bring the ticket's nearest due time forward: no need to look at its others.
        if tg_op = 'INSERT' then
          if new.stopped_at is null and new.paused_at is null
             and exists (select 1 from ticket t where t.id = new.ticket_id and (t.sla_due_at is null or t.sla_due_at > new.due_at)) then
            update ticket t set sla_due_at = new.due_at where t.id = new.ticket_id;
          end if;
          return null;
        end if;
        for tid in ${TICKETS} loop
          ${minDue}
          if exists (select 1 from ticket t where t.id = tid and t.sla_due_at is distinct from due) then
            update ticket t set sla_due_at = due where t.id = tid;
          end if;
        end loop;
        return null;
      end $$;`;
}

/**
 * `ticket.sla_due_at`'s trigger on `sla_timer` (issue 19, writes) looks before it updates. A new
 * ticket is now written with its nearest due time (its timers start in its own insert statement),
 * so for each of its timers the trigger's update matched no row, yet still ran as an update: the
 * ticket's statement triggers (the report deltas' transition tables) fired for nothing, twice per
 * new ticket. Now a select finds whether the due time changed, and only then is the row updated;
 * an inserted timer is compared with the ticket's due time alone (it can only bring it forward).
 */
export class Migration20261201150000_SlaDueUnchanged extends Migration {

  override async up(): Promise<void> {
    this.addSql(dueSyncFunction(OPEN_TIMERS_MIN_DUE));
  }

  override async down(): Promise<void> {
    this.addSql(`${HEAD}
      declare tid int;
      begin
        for tid in ${TICKETS} loop
          update ticket t set sla_due_at = d.due
            from (select min(s.due_at) as due from sla_timer s where s.ticket_id = tid and s.stopped_at is null and s.paused_at is null) d
            where t.id = tid and t.sla_due_at is distinct from d.due;
        end loop;
        return null;
      end $$;`);
  }

}
