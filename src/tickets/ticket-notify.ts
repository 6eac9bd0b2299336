import type { Context } from '../platform/context';
import { recordLiveEvent } from '../platform/live/live-outbox';
import type { Ticket } from './ticket.entity';

/** The live channel of ticket changes; the key is the ticket's id. */
export const TICKET_LIVE_CHANNEL = 'ticket';

/**
 * Every changed ticket is recorded as one live event in its own transaction (once per transaction,
 * after all its history events): every instance hears of it on commit, and can replay it after a gap.
 */
export async function announceTicketChange(tx: Context, ticket: Ticket): Promise<void> {
  await recordLiveEvent(tx, TICKET_LIVE_CHANNEL, ticket.id);
}
