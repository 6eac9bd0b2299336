import { Migration } from '@mikro-orm/migrations';
import { dueSyncFunction, OPEN_TIMERS_MIN_DUE } from './Migration20261201150000_SlaDueUnchanged';

/**
 * `ticket_sla_due_sync` finds a ticket's nearest open due time by the ticket alone (issue 19, SLA).
 * Its `where ticket_id = tid and stopped_at is null and paused_at is null` let the planner combine
 * the ticket's index with `sla_timer_open_due_idx` (every open timer): while the table's statistics
 * were older than its rows (10,000 timers written at once), each settle read the whole open-timer
 * index, 1.3 ms where a ticket's two timers take 0.02. Filtering the open ones in the aggregate
 * leaves the ticket's own index (ticket_id, metric) as the only one the statement can use.
 */
export class Migration20261202110000_SlaDueByTicket extends Migration {

  override async up(): Promise<void> {
    this.addSql(dueSyncFunction('select min(s.due_at) filter (where s.stopped_at is null and s.paused_at is null) into due from sla_timer s where s.ticket_id = tid;'));
  }

  override async down(): Promise<void> {
    this.addSql(dueSyncFunction(OPEN_TIMERS_MIN_DUE));
  }

}
