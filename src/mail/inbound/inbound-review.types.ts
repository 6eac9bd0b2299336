import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgencyType } from '../../directory/directory.types';
import { Connection } from '../../platform/graphql/connection.type';
import { UserError } from '../../platform/graphql/user-error.type';
import { TicketType } from '../../tickets/ticket.types';
import { InboundMailSource, InboundMailStatus } from '../mail.enums';

registerEnumType(InboundMailStatus, {
  name: 'InboundMailStatus',
  description: 'Where a received mail is in its processing.',
  valuesConfig: {
    RECEIVED: { description: 'Stored (raw source and all) before the SMTP 250; its processing is queued.' },
    PROCESSED: { description: 'It made or joined a case, answered a referral, or was answered with a pointer to the customer web.' },
    IGNORED: { description: 'Left alone on purpose: an auto-reply, a bounce or list mail (never a case, never answered).' },
    NEEDS_REVIEW: { description: 'Could not be handled automatically (malformed, a closed case, a sender who is not an outside party): an agent looks at it.' },
  },
});

registerEnumType(InboundMailSource, {
  name: 'InboundMailSource',
  description: 'How a mail reached the desk.',
  valuesConfig: { SMTP: { description: 'The SMTP listener.' }, IMAP: { description: 'Polling of a mailbox folder.' } },
});

@ObjectType('InboundMail', { description: 'A mail the desk received, with what processing did with it. Agents and admins only.' })
export class InboundMailType {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its Message-ID header, without angle brackets.' })
  messageId!: string | null;

  @Field(() => InboundMailSource, { description: 'How it arrived.' })
  source!: InboundMailSource;

  @Field(() => String, { nullable: true, description: 'The SMTP envelope sender (null for the null sender of bounces).' })
  envelopeFrom!: string | null;

  @Field(() => [String], { description: 'The SMTP envelope recipients.' })
  envelopeTo!: string[];

  @Field(() => String, { nullable: true, description: 'The From address as processing read it; null when it had none or was not read yet.' })
  fromAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'The From display name.' })
  fromName!: string | null;

  @Field(() => String, { nullable: true, description: 'The decoded subject; null until processed (or when unreadable).' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'The plain text (from the HTML, sanitised, when the mail had no text part).' })
  text!: string | null;

  @Field(() => Int, { description: 'Bytes of the raw source.' })
  size!: number;

  @Field({ description: 'When the listener stored it.' })
  receivedAt!: Date;

  @Field(() => InboundMailStatus, { description: 'Where it is in processing.' })
  status!: InboundMailStatus;

  @Field(() => String, { nullable: true, description: 'What processing did: CASE_CREATED, COMMENT_ADDED, REFERRAL_ANSWERED, STAFF_REDIRECTED, AUTO_REPLY, BOUNCE, LIST, MALFORMED, CASE_CLOSED, SENDER_NOT_EXTERNAL, REFERRAL_CLOSED, REFUSED.' })
  outcome!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it needs review or was ignored, or which attachments were skipped, in words.' })
  note!: string | null;

  @Field(() => TicketType, { nullable: true, description: 'The case it made or joined.' })
  ticket!: unknown;

  @Field(() => Date, { nullable: true, description: 'When processing finished.' })
  processedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The raw source (RFC 5322, read as UTF-8): admins only, null for others.' })
  rawSource!: string | null;
}

export const InboundMailConnection = Connection('InboundMail', InboundMailType);

@ObjectType('AgencyMailSettings', { description: "An agency's answer to its own staff who mail the desk (mail is for external parties); null fields use the desk's defaults." })
export class AgencyMailSettingsType {
  @Field(() => AgencyType, { description: 'The agency.' })
  agency!: unknown;

  @Field(() => String, { nullable: true, description: 'The Swedish text of the answer; null: the default.' })
  redirectTextSv!: string | null;

  @Field(() => String, { nullable: true, description: 'The English text of the answer; null: the default.' })
  redirectTextEn!: string | null;

  @Field(() => String, { nullable: true, description: "The customer web's address the answer points to; null: the default." })
  webUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The phone number the answer gives; null: the default.' })
  phone!: string | null;

  @Field(() => Date, { nullable: true, description: 'When an admin last changed them; null: never (all defaults).' })
  updatedAt!: Date | null;
}

@InputType({ description: "An agency's answer to its staff who mail the desk: every field replaces the stored one; null or omitted restores the default." })
export class SetAgencyMailSettingsInput {
  @Field(() => String, { nullable: true, description: 'Swedish text, 1 to 2,000 characters after trimming.' })
  redirectTextSv?: string | null;

  @Field(() => String, { nullable: true, description: 'English text, 1 to 2,000 characters after trimming.' })
  redirectTextEn?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// or http:// address, at most 500 characters.' })
  webUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number: digits, spaces, +, - and parentheses, 5 to 40 characters.' })
  phone?: string | null;
}

@ObjectType('AgencyMailSettingsPayload', { description: "The outcome of setting an agency's mail settings." })
export class AgencyMailSettingsPayload {
  @Field(() => AgencyMailSettingsType, { nullable: true, description: 'The settings as the mutation left them; null when userErrors is not empty.' })
  settings!: AgencyMailSettingsType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
