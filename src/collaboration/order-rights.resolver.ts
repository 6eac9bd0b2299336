import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { expectId } from '../platform/global-id';
import { isOrderer } from './order.service';

/** Who may order for an agency, asked before showing the ordering actions (the mutations decide again). */
@Resolver()
export class OrderRightsResolver {
  @Query(() => Boolean, {
    description:
      'Whether you may order add-on and special services for the agency, sign its quotes and approve its deliveries: true for a customer user of the agency who is its authorised orderer or order manager (beställningsansvarig), as person or deputy; the agreement owner names them (assignAgencyContact). False for everyone else, staff included.',
  })
  async mayOrderServices(@Ctx() ctx: Context, @Arg('agencyId', () => ID, { nullable: true, description: 'Global ID of the agency; your own when omitted.' }) agencyId?: string | null): Promise<boolean> {
    const id = agencyId ? expectId(agencyId, 'Agency', 'agencyId') : requireViewer(ctx).agencyId;
    return id != null && isOrderer(ctx, id);
  }
}
