import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import { Agency } from '../directory/agency.entity';
import { segmentFor } from '../directory/segment';
import { ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { runMutation } from '../platform/graphql/mutation';
import { findPage } from '../platform/db/find-page';
import { expectId } from '../platform/global-id';
import type { PageArgs } from '../platform/pagination';
import { requireViewer } from '../platform/auth/viewer';
import { LIMITS, text } from '../tickets/ticket-input';
import { loadAgency } from './agreement.service';
import { caseCondition, requireFollower, seesCollaborationCase } from './collaboration-access';
import { forumOfLevel, levelAbove, levelBelow, statusAfterDecision } from './collaboration-rules';
import { requireConvener } from './forum.service';
import { Level, MatterStatus, MatterStepKind, Side } from './collaboration.enums';
import { EscalationMatter, EscalationStep } from './meeting.entity';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';

/**
 * Escalation matters: raised by either party, prepared by both, taken up a level when they cannot
 * agree or it needs a decision higher up; the deciding level feeds the decision back down. Each
 * step is recorded; the matter appears on the next agenda of the forum at its level.
 */

/** Records a step with the text written then (preparations are kept here when the matter goes up). */
function step(ctx: Context, matter: EscalationMatter, kind: MatterStepKind, level: Level, note?: string) {
  const side = isCustomer(ctx) ? Side.AGENCY : Side.CENTRE;
  ctx.em.create(EscalationStep, { matter, kind, level, note, side, at: ctx.clock.now(), by: ctx.em.getReference(User, requireViewer(ctx).userId) } as never);
}

const isCustomer = (ctx: Context) => requireViewer(ctx).role === Role.CUSTOMER;

export interface RaiseMatterInputValue {
  agencyId: string;
  serviceAreaId?: string | null;
  level?: Level | null;
  question: string;
}

export function raiseMatter(ctx: Context, input: RaiseMatterInputValue) {
  return runMutation(ctx, async (tx) => {
    const agency = await loadAgency(tx, input.agencyId, 'input', 'agencyId');
    requireFollower(tx, agency.id);
    const area = input.serviceAreaId ? await tx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId')) : null;
    if (input.serviceAreaId && !area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    // Raised where the raiser may read it: a delivery manager in his own areas or for the whole agency.
    if (!seesCollaborationCase(requireViewer(tx), agency.id, area?.id ?? null)) throw collaborationError(CollaborationErrorCode.MATTER_OUTSIDE_SCOPE);
    const level = input.level ?? Level.OPERATIONAL;
    const matter = tx.em.create(EscalationMatter, {
      agency, serviceArea: area ?? undefined, level, question: text(input.question, ['input', 'question'], 5, LIMITS.description),
      raisedBy: tx.em.getReference(User, requireViewer(tx).userId), raisedAt: tx.clock.now(),
    } as never);
    step(tx, matter, MatterStepKind.RAISED, level, matter.question);
    return matter;
  });
}

const mayReadMatter = (ctx: Context, m: EscalationMatter) => seesCollaborationCase(requireViewer(ctx), m.agency.id, m.serviceArea?.id ?? null);

async function loadMatter(ctx: Context, matterId: string): Promise<EscalationMatter> {
  const matter = await ctx.em.findOne(EscalationMatter, expectId(matterId, 'EscalationMatter', 'input', 'matterId'));
  if (!matter || !mayReadMatter(ctx, matter)) throw collaborationError(CollaborationErrorCode.MATTER_NOT_FOUND);
  return matter;
}

/** Where the matter was raised: the level of its RAISED step. */
async function raisedLevel(ctx: Context, matter: EscalationMatter): Promise<Level> {
  return (await ctx.em.findOneOrFail(EscalationStep, { matter: matter.id, kind: MatterStepKind.RAISED })).level;
}

function requireOpen(matter: EscalationMatter) {
  if (matter.status !== MatterStatus.OPEN) throw collaborationError(CollaborationErrorCode.MATTER_NOT_OPEN, { status: matter.status });
}

/** One party's preparation for the discussion at the next level: the viewer's own side. */
export function prepareMatter(ctx: Context, input: { matterId: string; preparation: string }) {
  return runMutation(ctx, async (tx) => {
    const matter = await loadMatter(tx, input.matterId);
    requireOpen(matter);
    const preparation = text(input.preparation, ['input', 'preparation'], 5, LIMITS.description);
    if (isCustomer(tx)) matter.agencyPreparation = preparation;
    else matter.centrePreparation = preparation;
    step(tx, matter, MatterStepKind.PREPARED, matter.level, preparation);
    return matter;
  });
}

/** Up one level: both parties must have prepared it. */
export function escalateMatter(ctx: Context, input: { matterId: string; reason: string }) {
  return runMutation(ctx, async (tx) => {
    const matter = await loadMatter(tx, input.matterId);
    requireOpen(matter);
    const reason = text(input.reason, ['input', 'reason'], 3, LIMITS.reason);
    const above = levelAbove(matter.level);
    if (!above) throw collaborationError(CollaborationErrorCode.MATTER_AT_TOP);
    const missing = [!matter.centrePreparation && 'the centre', !matter.agencyPreparation && 'the agency'].filter(Boolean);
    if (missing.length) throw collaborationError(CollaborationErrorCode.MATTER_NOT_PREPARED, { missing: missing as string[] });
    matter.level = above;
    matter.centrePreparation = undefined;
    matter.agencyPreparation = undefined;
    step(tx, matter, MatterStepKind.ESCALATED, above, reason);
    return matter;
  });
}

/**
 * The level's decision, recorded by the convener of the forum that handles the level (as
 * `requireConvener` has it for `scheduleMeeting`); at the level where the matter was raised it
 * closes the matter.
 */
export function decideMatter(ctx: Context, input: { matterId: string; decision: string }) {
  return runMutation(ctx, async (tx) => {
    const matter = await loadMatter(tx, input.matterId);
    const agency = await tx.em.findOneOrFail(Agency, matter.agency.id);
    const forum = forumOfLevel(matter.level, segmentFor(agency.employeeCount));
    await requireConvener(tx, forum, agency.id, matter.serviceArea?.id ?? null, 'the centre\'s convener records the forum\'s decision');
    requireOpen(matter);
    matter.decision = text(input.decision, ['input', 'decision'], 3, LIMITS.description);
    matter.decidedAt = tx.clock.now();
    matter.status = statusAfterDecision(await raisedLevel(tx, matter), matter.level);
    step(tx, matter, MatterStepKind.DECIDED, matter.level, matter.decision);
    return matter;
  });
}

/** The decision fed back to the levels below, down to where the matter was raised (it appears on their forums' next agendas). */
export function feedBackMatter(ctx: Context, input: { matterId: string; feedback: string }) {
  return runMutation(ctx, async (tx) => {
    const matter = await loadMatter(tx, input.matterId);
    if (matter.status !== MatterStatus.DECIDED)
      throw collaborationError(
        matter.status === MatterStatus.OPEN
          ? CollaborationErrorCode.MATTER_NOT_DECIDED
          : matter.fedBackAt
            ? CollaborationErrorCode.MATTER_ALREADY_FED_BACK
            : CollaborationErrorCode.MATTER_DECIDED_WHERE_RAISED,
      );
    matter.feedback = text(input.feedback, ['input', 'feedback'], 3, LIMITS.description);
    matter.fedBackAt = tx.clock.now();
    matter.status = MatterStatus.CLOSED;
    step(tx, matter, MatterStepKind.FED_BACK, levelBelow(matter.level)!, matter.feedback);
    return matter;
  });
}

/** The matters the viewer may read (`seesCollaborationCase`), newest first, a page at a time. */
export async function listMatters(ctx: Context, args: PageArgs & { agencyId?: string | null; status?: MatterStatus | null }) {
  const where = { ...caseCondition(ctx, args.agencyId, (serviceArea) => ({ serviceArea }), { serviceArea: null }), ...(args.status ? { status: args.status } : {}) };
  return { page: await findPage(ctx.em, EscalationMatter, where, 'raisedAt', 'desc', args), count: () => ctx.em.count(EscalationMatter, where) };
}

export async function findMatter(ctx: Context, id: number): Promise<EscalationMatter | null> {
  const matter = await ctx.em.findOne(EscalationMatter, id);
  return matter && mayReadMatter(ctx, matter) ? matter : null;
}

