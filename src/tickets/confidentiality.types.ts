import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../directory/directory.enums';
import { UserError } from '../platform/graphql/user-error.type';
import { ConfidentialityCode, ConfidentialReadPath } from './confidentiality.enums';
import { TicketCommentType, TicketType } from './ticket.types';

/** GraphQL types of confidentiality (sekretess). */

registerEnumType(ConfidentialityCode, {
  name: 'ConfidentialityCode',
  description: 'The provision of the Public Access to Information and Secrecy Act (offentlighets- och sekretesslagen, OSL) a confidentiality mark rests on.',
  valuesConfig: {
    OSL_18_8: { description: 'OSL 18 kap. 8 §: security and protective measures, information security.' },
    OSL_21_1: { description: "OSL 21 kap. 1 §: a person's health or sexual life." },
    OSL_21_3: { description: 'OSL 21 kap. 3 §: a person who may be threatened (protected personal data).' },
    OSL_39_3: { description: "OSL 39 kap. 3 §: a person's circumstances in personnel administration." },
    OSL_31_16: { description: 'OSL 31 kap. 16 §: business circumstances of a party dealing with the agency.' },
    OTHER: { description: 'Another provision, named in the reason.' },
  },
});

registerEnumType(ConfidentialReadPath, {
  name: 'ConfidentialReadPath',
  description: 'Where a confidential case or comment was read.',
  valuesConfig: {
    TICKET: { description: 'The case itself: ticket(id|number), node(id), a live event of it, a mutation that names it.' },
    LIST: { description: 'A row of a ticket list (tickets) or a search of it.' },
    COMMENTS: { description: "A page of the case's comments." },
    COMMENT: { description: 'One comment by node(id).' },
    ATTACHMENT: { description: 'A file downloaded from GET /files/attachments/<id>.' },
  },
});

@ObjectType('Confidentiality', { description: 'Why a case or comment is confidential and who reads it: only those who may read it see this.' })
export class ConfidentialityType {
  @Field(() => ConfidentialityCode, { description: 'The OSL provision.' })
  code!: ConfidentialityCode;

  @Field({ description: 'The ground as text: the chapter and section and why.' })
  reason!: string;

  @Field(() => [Role], { description: "Staff roles that read it besides admins and the members of the case's assigned group." })
  readerRoles!: Role[];
}

@InputType({ description: 'What to mark confidential, on which ground, for whom.' })
export class MarkConfidentialInput {
  @Field(() => ID, { nullable: true, description: 'The case; give this or commentId.' })
  ticketId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A comment; give this or ticketId. A confidential comment is never shown to customers.' })
  commentId?: string | null;

  @Field(() => ConfidentialityCode, { description: 'The OSL provision of the ground.' })
  code!: ConfidentialityCode;

  @Field({ description: 'The ground as text (e.g. "OSL 21 kap. 1 §: sjukskrivning"), 3 to 2,000 characters.' })
  reason!: string;

  @Field(() => [Role], { nullable: true, description: "Staff roles that read it besides admins and the case's assigned group; default none. Only staff roles." })
  readerRoles?: Role[] | null;

  @Field(() => Int, { nullable: true, description: "The case's version you read; a stale one is a CONFLICT. Optional." })
  expectedVersion?: number | null;
}

@InputType({ description: 'What to take the confidentiality mark off.' })
export class UnmarkConfidentialInput {
  @Field(() => ID, { nullable: true, description: 'The case; give this or commentId.' })
  ticketId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A comment; give this or ticketId.' })
  commentId?: string | null;

  @Field(() => Int, { nullable: true, description: "The case's version you read; a stale one is a CONFLICT. Optional." })
  expectedVersion?: number | null;
}

@ObjectType('ConfidentialityPayload', { description: 'The result of markConfidential and unmarkConfidential.' })
export class ConfidentialityPayload {
  @Field(() => TicketType, { nullable: true, description: 'The case after the change; null when nothing changed.' })
  ticket!: TicketType | null;

  @Field(() => TicketCommentType, { nullable: true, description: 'The comment, when a comment was (un)marked.' })
  comment!: TicketCommentType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('ConfidentialRead', { description: 'One read of a confidential case or comment: who, when, which, where.' })
export class ConfidentialReadType {
  @Field(() => ID, { description: 'Global ID of the log row: pass as `before` for the next (older) page.' })
  id!: string;

  @Field({ description: 'When it was read (UTC).' })
  at!: Date;

  @Field(() => ID, { description: "The reader's global ID (User)." })
  readerId!: string;

  @Field({ description: "The reader's name." })
  readerName!: string;

  @Field(() => ID, { description: "The case's global ID (Ticket)." })
  ticketId!: string;

  @Field({ description: 'The case number, SSC-<year>-<sequence>.' })
  ticketNumber!: string;

  @Field(() => ID, { nullable: true, description: "The comment's global ID when a comment was read; null for the case." })
  commentId!: string | null;

  @Field(() => ConfidentialReadPath, { description: 'Where it was read.' })
  path!: ConfidentialReadPath;
}
