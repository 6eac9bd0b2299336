import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import * as directory from './directory.service';
import { UserType } from './directory.types';
import { User } from './user.entity';

@Resolver(() => UserType)
export class UserPhoneResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "The phone number (E.164) an incoming call is recognised by; null when none is known, or where you see a person's name only (as for email).",
  })
  phone(@Root() user: RootOf<User>, @Ctx() ctx: Context) {
    return directory.userDetail(ctx, user, user.phone ?? null);
  }
}
