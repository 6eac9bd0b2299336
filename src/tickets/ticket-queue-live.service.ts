import { GraphQLError } from 'graphql';
import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { isStaff } from '../directory/viewer';
import { expectId } from '../platform/global-id';
import { liveDelivery, type LiveDelivery } from '../platform/live/live-delivery';
import { TICKET_LIVE_CHANNEL } from './ticket-notify';
import { findVisibleTicket } from './ticket-query.service';

/**
 * `queueTicketChanged(groupIds)`: every ticket of the groups, as it is after each committed change,
 * its registration included, so a queue list shows a new ticket (or one moved into it) without
 * knowing its id beforehand. Without groupIds a member of groups hears of their groups' tickets,
 * other staff of every ticket they may read. Each event is read in its own unit of work, as the
 * subscriber may see it then; a ticket outside the groups (or out of sight) is skipped. Staff only.
 */
export async function subscribeToQueueChanges(ctx: Context, groupIds?: readonly string[] | null): Promise<AsyncIterable<LiveDelivery<Context>>> {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) throw new GraphQLError('staff only', { extensions: { code: 'FORBIDDEN' } });
  const groups = groupIds?.length ? groupIds.map((id) => expectId(id, 'SupportGroup', 'groupIds')) : viewer.groupIds;
  const inQueue = (groupId: number) => groups.length === 0 || groups.includes(groupId);
  // One delivery per signal (each names its ticket): a burst of new tickets must not collapse into one.
  return ctx.live.subscribe(TICKET_LIVE_CHANNEL, null, (signal) =>
    liveDelivery<Context>(async (event) => {
      const ticket = await findVisibleTicket(event, Number(signal.key));
      return ticket && inQueue(ticket.group.id) ? [ticket] : [];
    }),
  100);
}
