import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { MailKind } from './mail.enums';

registerEnumType(MailKind, {
  name: 'MailKind',
  description: 'What an outgoing mail is about; also the kinds of notification a user can choose to get by mail.',
  valuesConfig: {
    RECEIPT: { description: 'The receipt with the case number, when a mail or a request became a case.' },
    PUBLIC_COMMENT: { description: 'A public comment on a case, to its requester.' },
    RESOLUTION: { description: 'The case was resolved, to its requester.' },
    STAFF_REDIRECT: { description: 'To a customer agency\'s staff member who mailed: the way in is the customer web or the phone.' },
    VENDOR_REFERRAL: { description: 'The referral\'s question, to the third-line vendor.' },
    ORDER_APPROVAL_REQUEST: { description: 'To the orderer: a delivered order waits for their approval.' },
    DIRECT_ORDER: { description: 'To the agency\'s account manager (person and deputy): the unit manager ordered a small special service directly.' },
    SLA_BREACH: { description: 'To a delivery manager: new SLA breaches of what they answer for, bundled (at night and on holidays only P1).' },
  },
});

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
