import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import { SupportGroupType, UserType, VendorType } from '../directory/directory.types';
import { toGlobalId } from '../platform/global-id';
import { refToGlobalId } from './ticket-refs';
import { pagedOr } from './ticket-page';
import type { User } from '../directory/user.entity';
import { TicketComment } from './ticket-comment.entity';
import { TicketEvent } from './ticket-event.entity';
import { TicketCommentType, TicketEventType, VendorReferralType } from './ticket.types';
import { VendorReferral } from './vendor-referral.entity';

@Resolver(() => TicketCommentType)
export class TicketCommentResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the comment again with `node(id:)`.' })
  id(@Root() comment: RootOf<TicketComment>) {
    return toGlobalId('TicketComment', comment.id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who wrote it. Customers see people outside their own agency by name only.' })
  author(@Root() comment: RootOf<TicketComment>, @Ctx() ctx: Context) {
    return pagedOr<User>(comment, 'author', () => ctx.loaders.userById.loadNow(comment.author.id));
  }
}

@Resolver(() => VendorReferralType)
export class VendorReferralResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the referral again with `node(id:)` (staff only).' })
  id(@Root() referral: RootOf<VendorReferral>) {
    return toGlobalId('VendorReferral', referral.id);
  }

  @FieldResolver(() => VendorType, { description: 'The vendor (system supplier) the ticket was referred to.' })
  vendor(@Root() referral: RootOf<VendorReferral>, @Ctx() ctx: Context) {
    return ctx.loaders.vendorById.load(referral.vendor.id);
  }

  @FieldResolver(() => SupportGroupType, { description: 'The group that referred the ticket and gets it back.' })
  fromGroup(@Root() referral: RootOf<VendorReferral>, @Ctx() ctx: Context) {
    return ctx.loaders.groupById.load(referral.fromGroup.id);
  }
}

@Resolver(() => TicketEventType)
export class TicketEventResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the event again with `node(id:)`.' })
  id(@Root() event: RootOf<TicketEvent>) {
    return toGlobalId('TicketEvent', event.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global ID of the object fromValue names (a SupportGroup, User, Service, ServiceArea, Article or Ticket); null when the value is not a reference.' })
  fromId(@Root() event: RootOf<TicketEvent>) {
    return refToGlobalId(event.fromRef);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global ID of the object toValue names; null when the value is not a reference.' })
  toId(@Root() event: RootOf<TicketEvent>) {
    return refToGlobalId(event.toRef);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who made the change; null for the system. Customers see staff by name only.' })
  actor(@Root() event: RootOf<TicketEvent>, @Ctx() ctx: Context) {
    return event.actor ? ctx.loaders.userById.load(event.actor.id) : null;
  }
}
