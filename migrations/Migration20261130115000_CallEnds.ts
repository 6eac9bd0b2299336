import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16, the ends of a call: a ticket closed unserved keeps why (`ticket.closure_reason`), its
 * SLA timers stop NOT_MEASURED (no outcome, so the report leaves them out), a call remembers when
 * it was sent to the switchboard, and users' phones are stored in E.164 (the IVR finds callers by
 * it). Hand-written.
 */
export class Migration20261130115000_CallEnds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "ticket_closure_reason" as enum ('ABANDONED', 'SWITCHBOARD', 'CALLBACK_UNREACHED');`);
    this.addSql(`alter table "ticket" add column "closure_reason" "ticket_closure_reason" null;`);
    // Kept on the way down (PostgreSQL cannot drop an enum value): "if not exists" makes up safe again.
    this.addSql(`alter type "sla_timer_state" add value if not exists 'NOT_MEASURED';`);
    this.addSql(`alter table "ivr_call" add column "switchboard_at" timestamptz(3) null;`);
    // Calls that reached the switchboard before the column: from their state or end.
    this.addSql(`update "ivr_call" set "switchboard_at" = coalesce("ended_at", "started_at") where "state" = 'SWITCHBOARD' or "end_reason" = 'TRANSFERRED';`);
    // Phones written nationally (070-…, 08 …) or with 00, spaces or dashes, to E.164 as the directory now stores them.
    this.addSql(`update "app_user" set "phone" = case
        when regexp_replace("phone", '[\\s\\-.()]', '', 'g') ~ '^\\+[1-9][0-9]{6,14}$' then regexp_replace("phone", '[\\s\\-.()]', '', 'g')
        when regexp_replace("phone", '[\\s\\-.()]', '', 'g') ~ '^00[1-9][0-9]{6,14}$' then '+' || substr(regexp_replace("phone", '[\\s\\-.()]', '', 'g'), 3)
        when regexp_replace("phone", '[\\s\\-.()]', '', 'g') ~ '^0[1-9][0-9]{6,8}$' then '+46' || substr(regexp_replace("phone", '[\\s\\-.()]', '', 'g'), 2)
        else "phone" end
      where "phone" is not null and "phone" !~ '^\\+[1-9][0-9]{6,14}$';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ivr_call" drop column "switchboard_at";`);
    this.addSql(`alter table "ticket" drop column "closure_reason";`);
    this.addSql(`drop type "ticket_closure_reason";`);
  }
}
