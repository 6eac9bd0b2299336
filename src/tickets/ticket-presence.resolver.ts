import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { UserType } from '../directory/directory.types';
import { isStaff } from '../directory/viewer';
import type { Context } from '../platform/context';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { leaveTicket, subscribeToTicketViewers, viewersNow, viewTicket } from './ticket-presence.service';
import type { Ticket } from './ticket.entity';
import { TicketType } from './ticket.types';
import type { ViewerPresenceRow } from './ticket-viewers.sql';

@ObjectType('TicketViewer', { description: 'A member of staff who has the ticket open now (a heartbeat with viewTicket in the last 30 seconds).' })
export class TicketViewerType {
  @Field({ description: 'Their last heartbeat on the ticket (UTC); they disappear 30 seconds after it.' })
  lastSeenAt!: Date;
}

@ObjectType('TicketViewersPayload', { description: 'The result of viewTicket or leaveTicket: the staff viewing the ticket afterwards, or the user errors.' })
export class TicketViewersPayload {
  @Field(() => [TicketViewerType], { nullable: true, description: 'Who has the ticket open now, by name (you too after viewTicket); null when the call failed.' })
  viewers!: ViewerPresenceRow[] | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

const TICKET_ID = { description: 'Global ID of a ticket you may read; otherwise NOT_FOUND.' };

/** Presence on a ticket: who of the staff is viewing it (issue 15). */
@Resolver(() => TicketViewerType)
export class TicketViewerResolver {
  @FieldResolver(() => UserType, { description: 'The member of staff.' })
  user(@Root() row: RootOf<ViewerPresenceRow>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(row.user_id);
  }

  @FieldResolver(() => Date, { description: 'Their last heartbeat on the ticket (UTC); they disappear 30 seconds after it.' })
  lastSeenAt(@Root() row: RootOf<ViewerPresenceRow>): Date {
    return new Date(row.seen_at);
  }

  @Mutation(() => TicketViewersPayload, {
    description:
      "A heartbeat: you have the ticket open. Call it when the ticket opens and about every 10 seconds while it stays open; you count as viewing for 30 seconds after each. Staff only (others: top-level FORBIDDEN). Changes nothing on the ticket (no version, no history). userErrors: NOT_FOUND (a ticket you may not read).",
  })
  async viewTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID, TICKET_ID) ticketId: string) {
    return payloadOf('viewers', viewTicket(ctx, ticketId));
  }

  @Mutation(() => TicketViewersPayload, {
    description: 'You closed the ticket: you stop counting as viewing it at once (without it, 30 seconds after your last viewTicket). Staff only (others: top-level FORBIDDEN). userErrors: NOT_FOUND (a ticket you may not read).',
  })
  async leaveTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID, TICKET_ID) ticketId: string) {
    return payloadOf('viewers', leaveTicket(ctx, ticketId));
  }

  @Subscription(() => [TicketViewerType], {
    description:
      'Who of the staff is viewing the ticket: the list now, then again each time someone starts viewing (viewTicket), leaves (leaveTicket) or is found gone (no heartbeat for 30 seconds, noticed at the next heartbeat on the ticket), on any instance. Staff only (others: FORBIDDEN); the stream ends when you may no longer read the ticket.',
    subscribe: ({ args, context }) => subscribeToTicketViewers(context as Context, args.ticketId),
  })
  ticketViewers(@Root() viewers: ViewerPresenceRow[], @Arg('ticketId', () => ID, { description: 'Global ID of a ticket you may read; otherwise the subscription fails with NOT_FOUND.' }) _ticketId: string): ViewerPresenceRow[] {
    return viewers;
  }
}

@Resolver(() => TicketType)
export class TicketViewersFieldResolver {
  @FieldResolver(() => [TicketViewerType], { description: 'Who of the staff has the ticket open now (see viewTicket), by name; always empty for customers.' })
  viewers(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.viewer && isStaff(ctx.viewer) ? viewersNow(ctx, ticket.id) : [];
  }
}
