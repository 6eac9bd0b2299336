import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { isStaff } from '../directory/viewer';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketType } from '../tickets/ticket.types';
import { setLegalHold } from './legal-hold.service';
import * as retention from './retention.service';
import {
  AnonymisePersonInput,
  AnonymisePersonPayload,
  LegalHoldPayload,
  LegalHoldType,
  PersonalDataExportPayload,
  PersonKeyInput,
  RetentionRunPayload,
  RetentionRunType,
  SetLegalHoldInput,
} from './retention.types';

type Run = Awaited<ReturnType<typeof retention.retentionRuns>>[number];
const runOf = (r: Run) => ({ ...r, id: toGlobalId('RetentionRun', r.id), triggeredById: r.triggeredById === null ? null : toGlobalId('User', r.triggeredById) });
const staffOnly = <T>(ctx: Context, value: T) => (ctx.viewer && isStaff(ctx.viewer) ? value : null);

@Resolver(() => TicketType)
export class TicketRetentionResolver {
  @FieldResolver(() => LegalHoldType, { nullable: true, description: 'The legal hold on the case (setLegalHold); null when none, or for a customer.' })
  legalHold(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.legalHold ? staffOnly(ctx, { reason: ticket.legalHoldReason ?? '' }) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When its personal data was anonymised (retention period, or an erasure request); null if not.' })
  anonymisedAt(@Root() ticket: RootOf<Ticket>) {
    return ticket.anonymisedAt ?? null;
  }
}

@Resolver()
export class RetentionResolver {
  @Mutation(() => LegalHoldPayload, {
    description:
      'Sets or clears a legal hold on a case: while held, the retention job and anonymisePerson leave its personal data. A LEGAL_HOLD_SET or LEGAL_HOLD_CLEARED history entry (internal, with the reason) and an audit entry. For ADMIN and who works the case (AGENT, SPECIALIST of its group); others FORBIDDEN. ' +
      'userErrors: BAD_USER_INPUT (reason missing or too long, hold unchanged), NOT_FOUND, CONFLICT.',
  })
  async setLegalHold(@Ctx() ctx: Context, @Arg('input', { description: 'The case, hold or clear, and why.' }) input: SetLegalHoldInput) {
    const { result, userErrors } = await setLegalHold(ctx, input);
    return { ticket: result, userErrors };
  }

  @Mutation(() => PersonalDataExportPayload, {
    description: 'Right of access: a JSON document of everything held about a person. ADMIN only (others FORBIDDEN); audited. userErrors: BAD_USER_INPUT (neither or both keys), NOT_FOUND (no such person).',
  })
  async exportPersonalData(@Ctx() ctx: Context, @Arg('input', { description: 'Whose data.' }) input: PersonKeyInput) {
    const { result, userErrors } = await retention.exportPersonalData(ctx, input);
    return { export: result && { personId: toGlobalId('User', result.personId), document: result.document }, userErrors };
  }

  @Mutation(() => AnonymisePersonPayload, {
    description:
      'Erasure on request: anonymises the closed cases the person requested (not on legal hold), their comments, mails and calls elsewhere (not on hold), and their user record (deactivated). ADMIN only (others FORBIDDEN); audited with the reason. userErrors: BAD_USER_INPUT (reason, already anonymised), NOT_FOUND.',
  })
  async anonymisePerson(@Ctx() ctx: Context, @Arg('input', { description: 'Who and why.' }) input: AnonymisePersonInput) {
    const { result, userErrors } = await retention.anonymisePerson(ctx, input);
    return { anonymisation: result && { ...result, personId: toGlobalId('User', result.personId) }, userErrors };
  }

  @Mutation(() => RetentionRunPayload, { description: 'Runs the retention job now (it also runs daily): anonymises every closed case past its agency\'s retention period and not on legal hold. ADMIN only; audited.' })
  async runRetention(@Ctx() ctx: Context) {
    const { result, userErrors } = await retention.runRetentionNow(ctx);
    return { run: result && runOf({ ...result, triggeredById: ctx.viewer?.userId ?? null }), userErrors };
  }

  @Query(() => [RetentionRunType], { description: 'The latest runs of the retention job, newest first. ADMIN only.' })
  async retentionRuns(@Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true, description: 'How many, 1 to 100, default 10.' }) first?: number | null): Promise<RetentionRunType[]> {
    return (await retention.retentionRuns(ctx, first)).map(runOf);
  }
}

export const RETENTION_RESOLVERS = [TicketRetentionResolver, RetentionResolver] as const;
