import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { payloadOf } from '../platform/graphql/mutation';
import { MailKind } from './mail.enums';
import { myMailPreferences, setMailPreference } from './preferences-service';
import { MailPreferenceType, SetMailPreferencePayload } from './preferences-types';

@Resolver()
export class MailPreferenceResolver {
  @Query(() => [MailPreferenceType], { description: 'Signed-in users (else UNAUTHENTICATED): every kind of notification that applies to your role, whether it comes to you by mail and whether that is the default; empty when none applies.' })
  myMailPreferences(@Ctx() ctx: Context) {
    return myMailPreferences(ctx);
  }

  @Mutation(() => SetMailPreferencePayload, { description: 'Choose whether a kind of notification comes to you by mail. userErrors: NOT_ALLOWED (a kind that does not apply to your role; nothing stored).' })
  setMailPreference(
    @Ctx() ctx: Context,
    @Arg('kind', () => MailKind, { description: 'One of the kinds myMailPreferences lists for you.' }) kind: MailKind,
    @Arg('byMail', { description: 'True: by mail; false: not by mail.' }) byMail: boolean,
  ) {
    return payloadOf('preference', setMailPreference(ctx, kind, byMail));
  }
}
