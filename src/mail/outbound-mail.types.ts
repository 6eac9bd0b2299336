import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { PageArgsType } from '../platform/graphql/paging';
import { MailKind, OutboundMailStatus } from './mail.enums';
import './mail-kind.types';

registerEnumType(OutboundMailStatus, {
  name: 'OutgoingMailStatus',
  description: 'Where an outgoing mail is.',
  valuesConfig: {
    QUEUED: { description: 'Stored and queued: its send job will deliver it (retrying with back-off while the relay is unreachable).' },
    SENT: { description: 'Accepted by the SMTP relay.' },
    CAUGHT: { description: 'No relay is configured (development): kept here and never sent (the mail catcher).' },
    FAILED: { description: 'Refused for good by the relay (5xx), or out of attempts: lastError says why.' },
  },
});

@ObjectType('OutgoingMail', { description: 'A mail the desk sends (or, without a relay, catches). Admins only.' })
export class OutgoingMailType {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field(() => MailKind, { description: 'What it is about.' })
  kind!: MailKind;

  @Field({ description: 'The recipient\'s address.' })
  toAddress!: string;

  @Field(() => String, { nullable: true, description: 'The recipient\'s name, when known.' })
  toName!: string | null;

  @Field({ description: 'The subject, with the case number in brackets when it is about a case.' })
  subject!: string;

  @Field({ description: 'The plain-text body.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The HTML body (every value escaped; show it in a sandboxed frame).' })
  html!: string | null;

  @Field({ description: 'The Message-ID header it is sent with, without angle brackets.' })
  messageId!: string;

  @Field(() => String, { nullable: true, description: 'The Message-ID it answers (a received mail\'s), without angle brackets.' })
  inReplyTo!: string | null;

  @Field(() => OutboundMailStatus, { description: 'Where it is: queued, sent, caught or failed.' })
  status!: OutboundMailStatus;

  @Field(() => Int, { description: 'Failed delivery attempts so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'The last delivery error (the relay\'s answer or the connection error).' })
  lastError!: string | null;

  @Field({ description: 'When it was queued (UTC).' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the relay accepted it (UTC).' })
  sentAt!: Date | null;
}

export const OutgoingMailConnection = Connection('OutgoingMail', OutgoingMailType);

@ArgsType()
export class OutgoingMailsArgs extends PageArgsType {
  @Field(() => OutboundMailStatus, { nullable: true, description: 'Only mails in this status.' })
  status?: OutboundMailStatus | null;

  @Field(() => MailKind, { nullable: true, description: 'Only mails of this kind.' })
  kind?: MailKind | null;

  @Field(() => ID, { nullable: true, description: 'Only mails about this ticket (NOT_FOUND when there is no such ticket).' })
  ticketId?: string | null;
}
