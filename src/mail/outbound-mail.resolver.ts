import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import { toConnection } from '../platform/graphql/connection.type';
import { TicketType } from '../tickets/ticket.types';
import { findOutgoingMail, listOutgoingMail } from './outbound-list.service';
import type { OutboundMail } from './outbound-mail.entity';
import { OutgoingMailConnection, OutgoingMailsArgs, OutgoingMailType } from './outbound-mail.types';

@Resolver(() => OutgoingMailType)
export class OutgoingMailResolver {
  @Query(() => OutgoingMailConnection, {
    description:
      'Admins only (others FORBIDDEN): the mail the desk sent, is sending or (without SMTP_URL) caught, newest first, by status, kind and ticket. userErrors as top-level errors: NOT_FOUND (ticketId).',
  })
  async outgoingMails(@Ctx() ctx: Context, @Args() args: OutgoingMailsArgs) {
    return toConnection(await listOutgoingMail(ctx, args));
  }

  @Query(() => OutgoingMailType, { nullable: true, description: 'Admins only (others FORBIDDEN): one outgoing mail by its global ID; null when there is none.' })
  outgoingMail(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The mail\'s global ID.' }) id: string) {
    return findOutgoingMail(ctx, id);
  }

  @FieldResolver(() => ID, { description: 'Global ID.' })
  id(@Root() mail: OutboundMail) {
    return toGlobalId('OutgoingMail', mail.id);
  }

  @FieldResolver(() => TicketType, { nullable: true, description: 'The case it is about, if any.' })
  ticket(@Root() mail: OutboundMail, @Ctx() ctx: Context) {
    return mail.ticket ? ctx.loaders.ticketById.load(mail.ticket.id) : null;
  }
}
