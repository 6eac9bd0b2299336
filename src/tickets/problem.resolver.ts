import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import { linkedIncidentCountOf, linkedIncidentsOf, problemOf } from './problem-read.service';
import { resolveProblem } from './problem-resolve.service';
import { linkIncident, setTicketKind, unlinkIncident } from './problem.service';
import { IncidentLinkPayload, LinkIncidentInput, ResolveProblemInput, ResolveProblemPayload, SetTicketKindInput, SetTicketKindPayload, UnlinkIncidentInput } from './problem.types';
import type { Ticket } from './ticket.entity';
import { TicketKind } from './ticket.enums';
import { TicketType } from './ticket.types';

const WHO = 'For AGENT (any case) or a SPECIALIST of the cases\' groups; other roles get a top-level FORBIDDEN error.';

/** Problems and major incidents: the kind of a case, links from incidents to a problem, resolving a problem with its incidents. */
@Resolver(() => TicketType)
export class ProblemResolver {
  @Mutation(() => SetTicketKindPayload, {
    description: `Makes a case a PROBLEM (incidents can then be linked to it) or an INCIDENT again; recorded in its history (KIND_CHANGED, internal). ${WHO} ` +
      'userErrors: BAD_USER_INPUT (already of that kind), NOT_ALLOWED (a problem with linked incidents; an incident linked to a problem), NOT_FOUND, INVALID_TRANSITION (a case not being worked), CONFLICT.',
  })
  async setTicketKind(@Ctx() ctx: Context, @Arg('input', { description: 'The case and its kind.' }) input: SetTicketKindInput) {
    const { result, userErrors } = await setTicketKind(ctx, input);
    return { ticket: result ?? null, userErrors };
  }

  @Mutation(() => IncidentLinkPayload, {
    description: `Links an open incident to an open problem, of any agency (problems are the centre's); both histories record it (LINKED_TO_PROBLEM, INCIDENT_LINKED; internal, so no customer reads another agency's case number). A P1 problem reaching the major-incident threshold (MAJOR_INCIDENT_THRESHOLD, default 5 linked cases) becomes a major incident. ${WHO} ` +
      'userErrors: NOT_FOUND (a case you may not read), NOT_ALLOWED (not a problem; the incident is a problem; already linked), BAD_USER_INPUT (the same case twice), INVALID_TRANSITION (either not open).',
  })
  async linkIncident(@Ctx() ctx: Context, @Arg('input', { description: 'The problem and the incident.' }) input: LinkIncidentInput) {
    const { result, userErrors } = await linkIncident(ctx, input);
    return { problem: result?.problem ?? null, incident: result?.incident ?? null, userErrors };
  }

  @Mutation(() => IncidentLinkPayload, {
    description: `Unlinks an incident from its problem; both histories record it (UNLINKED_FROM_PROBLEM, INCIDENT_UNLINKED; internal). A declared major incident stays one. ${WHO} userErrors: NOT_FOUND, BAD_USER_INPUT (not linked).`,
  })
  async unlinkIncident(@Ctx() ctx: Context, @Arg('input', { description: 'The linked incident.' }) input: UnlinkIncidentInput) {
    const { result, userErrors } = await unlinkIncident(ctx, input);
    return { problem: result?.problem ?? null, incident: result?.incident ?? null, userErrors };
  }

  @Mutation(() => ResolveProblemPayload, {
    description:
      'Resolves a problem with one public answer, in one transaction; with resolveLinkedIncidents, each linked open incident gets the answer as a public comment and is resolved as resolveTicket resolves (its SLA stops, its requester is told as configured). ' +
      `Incidents you may not resolve, or that the workflow will not let be resolved now (waiting for a vendor), are listed in unresolvedIncidents and left as they were. ${WHO} ` +
      'userErrors: NOT_FOUND, NOT_ALLOWED (not a problem), BAD_USER_INPUT (answer), INVALID_TRANSITION (the problem not open or waiting for a vendor), CONFLICT.',
  })
  async resolveProblem(@Ctx() ctx: Context, @Arg('input', { description: 'The problem, the answer and whether to resolve its incidents.' }) input: ResolveProblemInput) {
    const { result, userErrors } = await resolveProblem(ctx, input);
    return { problem: result?.problem ?? null, resolvedIncidents: result?.resolved ?? [], unresolvedIncidents: result?.unresolved ?? [], userErrors };
  }

  @FieldResolver(() => TicketKind, { description: 'INCIDENT, or PROBLEM (set by staff with setTicketKind).' })
  kind(@Root() ticket: RootOf<Ticket>): TicketKind {
    return ticket.kind;
  }

  @FieldResolver(() => TicketType, { nullable: true, description: 'The problem this incident is linked to; null if none, for a customer, or a problem you may not read (see linkedToKnownProblem).' })
  problem(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return problemOf(ctx, ticket);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this incident is linked to a known problem: all a customer reads of the link (the problem may be another agency\'s case).' })
  linkedToKnownProblem(@Root() ticket: RootOf<Ticket>): boolean {
    return Boolean(ticket.problem);
  }

  @FieldResolver(() => [TicketType], { description: "The incidents linked to this problem that you may read, oldest first; empty for a customer and for an incident." })
  linkedIncidents(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return linkedIncidentsOf(ctx, ticket);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many incidents are linked to this problem, all of them; null for a customer.' })
  linkedIncidentCount(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return linkedIncidentCountOf(ctx, ticket);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When this P1 problem became a major incident (enough linked cases); null if it is not one. Set once, never cleared.' })
  majorIncidentAt(@Root() ticket: RootOf<Ticket>): Date | null {
    return ticket.majorIncidentAt ?? null;
  }
}
