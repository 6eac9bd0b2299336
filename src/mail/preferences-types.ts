import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { MailKind } from './mail.enums';
import './mail-kind.types';


@ObjectType('MailPreference', { description: 'One kind of notification as you get it: by mail or not.' })
export class MailPreferenceType {
  @Field(() => MailKind, { description: 'The kind of notification.' })
  kind!: MailKind;

  @Field({ description: 'Whether it comes to you by mail.' })
  byMail!: boolean;

  @Field({ description: 'True while you have not chosen: byMail is then the kind\'s default.' })
  isDefault!: boolean;

  @Field({ description: 'Whether the kind comes by mail to whoever has not chosen.' })
  defaultByMail!: boolean;
}

@ObjectType('SetMailPreferencePayload', { description: 'The outcome of choosing whether a kind of notification comes by mail.' })
export class SetMailPreferencePayload {
  @Field(() => MailPreferenceType, { nullable: true, description: 'The preference as stored; null when userErrors is not empty.' })
  preference!: MailPreferenceType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
