import { Migration } from '@mikro-orm/migrations';

/**
 * A vendor referral withdrawn before an answer (returnTicket from the third line) is recorded as
 * REFERRAL_WITHDRAWN in the ticket's history, and its TIME_AT_VENDOR timer stops WITHDRAWN: neither
 * met nor breached, no outcome (issue 20 part 7; until now it stopped MET on RETURNED). Timers of
 * referrals withdrawn before this migration keep their outcome: the history cannot tell which
 * vendor clock a RETURNED stopped, so past reports stay as they were published.
 */
export class Migration20261201080000_SlaReferralWithdrawn extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'REFERRAL_WITHDRAWN' after 'RETURNED';`);
    this.addSql(`alter type "sla_timer_state" add value if not exists 'WITHDRAWN' after 'NOT_MEASURED';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; REFERRAL_WITHDRAWN and WITHDRAWN stay, unused.
  }

}
