import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { TicketType } from '../tickets/ticket.types';

/** GraphQL types of retention (issue 20 part 11). */

@InputType({ description: 'Set or clear a legal hold on a case.' })
export class SetLegalHoldInput {
  @Field(() => ID, { description: 'The case.' })
  ticketId!: string;

  @Field({ description: 'True: hold the case (the retention job leaves it); false: clear the hold.' })
  hold!: boolean;

  @Field({ description: 'Why, 3 to 1000 characters (the dispute, the request, the decision); written to the history.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The case\'s `version` as you read it; CONFLICT when it has changed since. Optional.' })
  expectedVersion?: number | null;
}

@ObjectType('LegalHoldPayload', { description: 'The outcome of setLegalHold: the case, or why nothing changed.' })
export class LegalHoldPayload {
  @Field(() => TicketType, { nullable: true, description: 'The case as the mutation left it; null when userErrors is not empty.' })
  ticket!: unknown;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('LegalHold', { description: 'A legal hold on a case: while set, its personal data is not anonymised.' })
export class LegalHoldType {
  @Field({ description: 'Why the hold was set.' })
  reason!: string;
}

@InputType({ description: 'Whose personal data: exactly one of personId and email.' })
export class PersonKeyInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of the user.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "The user's e-mail address (case-insensitive)." })
  email?: string | null;
}

@ObjectType('PersonalDataExport', { description: "Everything held about one person, for a request of access (GDPR art. 15)." })
export class PersonalDataExportType {
  @Field(() => ID, { description: 'Global ID of the person.' })
  personId!: string;

  @Field({ description: 'The document, JSON: exportedAt, user (e-mail, name, phone, role, agency, createdAt, active), cases (those they requested), comments (they wrote), mails (they sent), calls (from their number), ratings.' })
  document!: string;
}

@ObjectType('PersonalDataExportPayload', { description: 'The outcome of exportPersonalData.' })
export class PersonalDataExportPayload {
  @Field(() => PersonalDataExportType, { nullable: true, description: 'The export; null when userErrors is not empty.' })
  export!: PersonalDataExportType | null;

  @Field(() => [UserError], { description: 'Why there is no export (NOT_FOUND, BAD_USER_INPUT); empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Anonymise a person on request (GDPR art. 17).' })
export class AnonymisePersonInput {
  @Field(() => ID, { description: 'Global ID of the user.' })
  personId!: string;

  @Field({ description: 'The request and its ground, 3 to 1000 characters (e.g. its registration number); kept in the audit log.' })
  reason!: string;
}

@ObjectType('PersonAnonymisation', { description: 'What anonymisePerson blanked.' })
export class PersonAnonymisationType {
  @Field(() => ID, { description: 'Global ID of the person (the account stays, anonymised and inactive).' })
  personId!: string;

  @Field(() => Int, { description: 'Closed cases they requested, anonymised whole.' })
  casesAnonymised!: number;

  @Field(() => Int, { description: 'Cases they requested left as they are: open, or on legal hold.' })
  casesKept!: number;

  @Field(() => Int, { description: 'Their comments on other cases (not on hold), blanked.' })
  comments!: number;

  @Field(() => Int, { description: 'Mails they sent, blanked (source, addresses).' })
  mails!: number;

  @Field(() => Int, { description: 'Calls and callbacks from their number, the number blanked.' })
  calls!: number;
}

@ObjectType('AnonymisePersonPayload', { description: 'The outcome of anonymisePerson.' })
export class AnonymisePersonPayload {
  @Field(() => PersonAnonymisationType, { nullable: true, description: 'What was blanked; null when userErrors is not empty.' })
  anonymisation!: PersonAnonymisationType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('RetentionRun', { description: 'One run of the retention job: the daily cron or an admin\'s runRetention.' })
export class RetentionRunType {
  @Field(() => ID, { description: 'Global ID of the run.' })
  id!: string;

  @Field({ description: 'When it started; cases closed before this minus their agency\'s retention period were due.' })
  startedAt!: Date;

  @Field({ description: 'When it finished.' })
  finishedAt!: Date;

  @Field(() => Int, { description: 'Cases it anonymised.' })
  casesAnonymised!: number;

  @Field(() => ID, { nullable: true, description: 'Global ID of the admin who ran it; null for the daily job.' })
  triggeredById!: string | null;
}

@ObjectType('RetentionRunPayload', { description: 'The outcome of runRetention.' })
export class RetentionRunPayload {
  @Field(() => RetentionRunType, { nullable: true, description: 'The run; null when userErrors is not empty.' })
  run!: RetentionRunType | null;

  @Field(() => [UserError], { description: 'Empty on success.' })
  userErrors!: UserError[];
}
