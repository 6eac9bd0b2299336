import { Migration } from '@mikro-orm/migrations';

const EVENTS = `after insert or delete or update of "due_at", "paused_at", "stopped_at", "ticket_id" on "sla_timer"`;

/**
 * `ticket.sla_due_at`'s trigger on `sla_timer` runs at commit (issue 19, writes). Run after each
 * statement, it wrote the ticket's row a second time whenever a transaction changed a ticket and
 * its timers: the SLA engine writes the timers before the ticket's own change is written (the
 * closing statement), so the trigger found the old due time and wrote a new version of the row
 * (into each of the ticket's 18 indexes) that the ticket's own update then replaced, e.g. on every
 * phone call that ends in the queue. The engine now sets the due time on the ticket it changes, so
 * at commit the trigger finds it right and writes nothing; every other writer of timers (the
 * detector, SQL by hand) is still kept right by it, at commit.
 */
export class Migration20261204000000_SlaDueAtCommit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop trigger "sla_timer_ticket_due" on "sla_timer";`);
    this.addSql(`create constraint trigger "sla_timer_ticket_due" ${EVENTS} deferrable initially deferred for each row execute function "ticket_sla_due_sync"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "sla_timer_ticket_due" on "sla_timer";`);
    this.addSql(`create trigger "sla_timer_ticket_due" ${EVENTS} for each row execute function "ticket_sla_due_sync"();`);
  }

}
