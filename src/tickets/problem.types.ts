import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { IncidentNotResolvedReason } from './problem-resolve.service';
import { TicketKind } from './ticket.enums';
import { TicketType } from './ticket.types';

registerEnumType(TicketKind, {
  name: 'TicketKind',
  description: 'What a case is in problem management.',
  valuesConfig: {
    INCIDENT: { description: 'An incident (every case at first): it may be linked to one problem.' },
    PROBLEM: { description: 'A problem (set by staff): the cause behind many incidents, which are linked to it; resolved with resolveProblem.' },
  },
});

registerEnumType(IncidentNotResolvedReason, {
  name: 'IncidentNotResolvedReason',
  description: 'Why resolveProblem left a linked open incident as it was.',
  valuesConfig: {
    NOT_PERMITTED: { description: 'Your role may not resolve that case (a specialist of another group, say).' },
    INVALID_TRANSITION: { description: 'The workflow does not allow resolving it now, e.g. it waits for a vendor (WAITING_FOR_VENDOR); record the answer first.' },
  },
});

@InputType({ description: 'A case to make a problem, or an incident again.' })
export class SetTicketKindInput {
  @Field(() => ID, { description: 'The case.' })
  ticketId!: string;

  @Field(() => TicketKind, { description: 'PROBLEM, or INCIDENT again (refused while incidents are linked to it).' })
  kind!: TicketKind;

  @Field(() => Int, { nullable: true, description: 'The version you read, if you want it checked (CONFLICT).' })
  expectedVersion?: number;
}

@ObjectType({ description: 'The result of setTicketKind.' })
export class SetTicketKindPayload {
  @Field(() => TicketType, { nullable: true, description: 'The case with its new kind; null when nothing changed.' })
  ticket!: TicketType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'An incident to link to a problem.' })
export class LinkIncidentInput {
  @Field(() => ID, { description: 'The open PROBLEM.' })
  problemId!: string;

  @Field(() => ID, { description: 'The open INCIDENT, not linked to a problem yet; of any agency.' })
  incidentId!: string;
}

@InputType({ description: 'An incident to unlink from its problem.' })
export class UnlinkIncidentInput {
  @Field(() => ID, { description: 'The linked incident.' })
  incidentId!: string;
}

@ObjectType({ description: 'The result of linkIncident or unlinkIncident: both cases after the change, or the user errors that stopped it (then nothing changed).' })
export class IncidentLinkPayload {
  @Field(() => TicketType, { nullable: true, description: 'The problem, with the incident in (or out of) linkedIncidents; null when nothing changed.' })
  problem!: TicketType | null;

  @Field(() => TicketType, { nullable: true, description: 'The incident, its problem set (or cleared); null when nothing changed.' })
  incident!: TicketType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A problem to resolve with one public answer.' })
export class ResolveProblemInput {
  @Field(() => ID, { description: 'The open PROBLEM.' })
  problemId!: string;

  @Field(() => Int, { nullable: true, description: "The problem's version you read, if you want it checked (CONFLICT)." })
  expectedVersion?: number;

  @Field({ description: "3 to 10,000 characters: the problem's resolution, and (with resolveLinkedIncidents) the public comment and resolution of each linked open incident, which its customers read." })
  publicAnswer!: string;

  @Field({ description: 'Also resolve each linked open incident with the answer; false: only the problem.' })
  resolveLinkedIncidents!: boolean;
}

@ObjectType({ description: 'A linked open incident resolveProblem left as it was, and why.' })
export class UnresolvedIncidentType {
  @Field(() => TicketType, { nullable: true, description: 'The incident; null if you may not read it.' })
  incident!: TicketType | null;

  @Field(() => IncidentNotResolvedReason, { description: 'Why it was not resolved.' })
  reason!: IncidentNotResolvedReason;

  @Field({ description: 'The reason in words (the workflow\'s, for INVALID_TRANSITION).' })
  message!: string;
}

@ObjectType({ description: 'The result of resolveProblem: the resolved problem and what became of its linked open incidents, or the user errors that stopped it (then nothing changed).' })
export class ResolveProblemPayload {
  @Field(() => TicketType, { nullable: true, description: 'The problem, RESOLVED with the answer; null when nothing changed.' })
  problem!: TicketType | null;

  @Field(() => [TicketType], { description: 'The linked incidents resolved with the answer (each with it as a public comment), in id order.' })
  resolvedIncidents!: TicketType[];

  @Field(() => [UnresolvedIncidentType], { description: 'The linked open incidents left as they were, in id order: never skipped silently.' })
  unresolvedIncidents!: UnresolvedIncidentType[];

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
