import type { Context } from '../platform/context';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { replyError, ReplyErrorCode } from './replies.errors';
import { searchText } from '../platform/db/search-text';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../platform/pagination';
import { findVisibleTicket } from '../tickets/ticket-query.service';
import type { Ticket } from '../tickets/ticket.entity';
import { fillPlaceholders, type RenderedText } from './placeholders';
import { canUseReply, usesSavedReplies, type ReplyScope } from './replies-access';
import { countUsableReplies, selectUsableReplies } from './replies.sql';
import { SavedReply } from './saved-reply.entity';

/** Reading and rendering saved replies: always through `canUseReply`. */

/** The viewer, if they may use saved replies at all (staff); FORBIDDEN otherwise. */
export function requireReplyUser(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (!usesSavedReplies(viewer)) throw forbidden('saved replies are for the centre\'s staff');
  return viewer;
}

export const scopeOfReply = (r: Pick<SavedReply, 'scope' | 'owner' | 'group'>): ReplyScope => ({
  scope: r.scope,
  ownerId: r.owner?.id ?? null,
  groupId: r.group?.id ?? null,
});

/** A saved reply if the viewer may use it, else null (no existence leak): `node(id:)`. */
export async function findUsableReply(ctx: Context, id: number): Promise<SavedReply | null> {
  const viewer = requireViewer(ctx);
  const reply = await ctx.em.findOne(SavedReply, { id });
  return reply && canUseReply(viewer, scopeOfReply(reply)) ? reply : null;
}

/** The ticket a reply is used on: visible to the viewer, else NOT_FOUND naming `field`. */
async function ticketFor(ctx: Context, ticketId: string, field: string): Promise<Ticket> {
  const ticket = await findVisibleTicket(ctx, expectId(ticketId, 'Ticket', field));
  if (!ticket) throw replyError(ReplyErrorCode.REPLY_TICKET_NOT_FOUND, { field });
  return ticket;
}

export interface SavedRepliesArgs extends PageArgs {
  search?: string | null;
  ticketId?: string | null;
}

/** The replies the viewer may use, by title; for a ticket, without the group replies of other groups than the ticket's. */
export async function listSavedReplies(ctx: Context, args: SavedRepliesArgs) {
  const viewer = requireReplyUser(ctx);
  const limit = pageSize(args.first);
  const search = searchText(args.search, 'search');
  const after = args.after ? decodeCursor(args.after, ['text', 'int'] as const) : null;
  const ticket = args.ticketId ? await ticketFor(ctx, args.ticketId, 'ticketId') : null;
  const filter = { search, ticketGroupId: ticket ? ticket.group.id : null };
  const rows = await selectUsableReplies(ctx.em, viewer, filter, after, limit);
  return toPage(rows, limit, args.after, (r) => encodeCursor([r.title, r.id]), () => countUsableReplies(ctx.em, viewer, filter));
}

export interface RenderedReply extends RenderedText {
  savedReply: SavedReply;
  ticket: Ticket;
}

/** A reply's body with its placeholders filled for a ticket the viewer may read. */
export async function renderSavedReply(ctx: Context, savedReplyId: string, ticketId: string): Promise<RenderedReply> {
  const viewer = requireReplyUser(ctx);
  const reply = await findUsableReply(ctx, expectId(savedReplyId, 'SavedReply', 'savedReplyId'));
  if (!reply) throw replyError(ReplyErrorCode.REPLY_NOT_FOUND);
  const ticket = await ticketFor(ctx, ticketId, 'ticketId');
  return { ...(await fillFor(ctx, viewer, reply.body, ticket)), savedReply: reply, ticket };
}

/** A reply's body with its placeholders filled for a ticket the viewer may read (checked by the caller). */
export async function fillFor(ctx: Context, viewer: Viewer, body: string, ticket: Ticket): Promise<RenderedText> {
  const [requester, agency] = await Promise.all([
    ctx.loaders.userById.load(ticket.requester.id),
    ticket.agency ? ctx.loaders.agencyById.load(ticket.agency.id) : null,
  ]);
  return fillPlaceholders(body, {
    'requester.name': requester?.name ?? null,
    'ticket.number': ticket.number,
    'ticket.title': ticket.title,
    'agency.name': agency?.name ?? null,
    'agent.name': viewer.name,
  });
}
