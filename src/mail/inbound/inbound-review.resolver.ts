import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context';
import { toConnection } from '../../platform/graphql/connection.type';
import { payloadOf } from '../../platform/graphql/mutation';
import { PageArgsType } from '../../platform/graphql/paging';
import { InboundMailStatus } from '../mail.enums';
import { agencyMailSettings, listInboundMails, setAgencyMailSettings } from './inbound-review.service';
import { AgencyMailSettingsPayload, AgencyMailSettingsType, InboundMailConnection, SetAgencyMailSettingsInput } from './inbound-review.types';

@ArgsType()
class InboundMailsArgs extends PageArgsType {
  @Field(() => [InboundMailStatus], { nullable: true, description: 'Only mail in these statuses (e.g. [NEEDS_REVIEW]); every mail when omitted or empty.' })
  statuses?: InboundMailStatus[];
}

@Resolver()
export class InboundMailResolver {
  @Query(() => InboundMailConnection, { description: 'Agents and admins only (others FORBIDDEN): the mail the desk received, newest first, with what processing did (outcome, note, the case); filter on NEEDS_REVIEW for what an agent must look at. The raw source is given to admins only.' })
  async inboundMails(@Ctx() ctx: Context, @Args() args: InboundMailsArgs) {
    return toConnection(await listInboundMails(ctx, args));
  }

  @Query(() => AgencyMailSettingsType, { nullable: true, description: "Admins only (others FORBIDDEN): an agency's answer to its own staff who mail the desk; null when the agency does not exist." })
  agencyMailSettings(@Ctx() ctx: Context, @Arg('agencyId', () => ID, { description: 'Global ID of the Agency.' }) agencyId: string) {
    return agencyMailSettings(ctx, agencyId);
  }

  @Mutation(() => AgencyMailSettingsPayload, { description: "Admins only (others FORBIDDEN): set an agency's answer to its staff who mail the desk (texts in Swedish and English, the customer web's address, the phone number). userErrors: NOT_FOUND (agencyId), BAD_USER_INPUT (a text empty or over 2,000 characters, a malformed address or number)." })
  setAgencyMailSettings(
    @Ctx() ctx: Context,
    @Arg('agencyId', () => ID, { description: 'Global ID of the Agency.' }) agencyId: string,
    @Arg('input', { description: 'The settings; null fields restore the defaults.' }) input: SetAgencyMailSettingsInput,
  ) {
    return payloadOf('settings', setAgencyMailSettings(ctx, agencyId, input));
  }
}
