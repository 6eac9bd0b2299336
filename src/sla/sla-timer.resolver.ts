import { Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import { toGlobalId } from '../platform/global-id';
import { TicketType } from '../tickets/ticket.types';
import type { Ticket } from '../tickets/ticket.entity';
import * as readable from './sla-visibility';
import { timerFigures } from './sla-figures.service';
import type { SlaTimer } from './sla-timer.entity';
import { SlaTimerState } from './sla.enums';
import { SlaPolicyType } from './sla-policy.types';
import { SlaTimerType } from './sla-timer.types';

const seconds = (ms: number) => Math.round(ms / 1000);

@Resolver(() => TicketType)
export class TicketSlaResolver {
  @FieldResolver(() => [SlaTimerType], { description: "The ticket's SLA timers, at most one per metric: a timer exists once its metric has started under a policy that tracks it. Empty when no active policy matches." })
  slaTimers(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.slaTimersByTicket.load(ticket.id);
  }
}

@Resolver(() => SlaTimerType)
export class SlaTimerResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches the timer again for whoever may read its ticket.' })
  id(@Root() timer: RootOf<SlaTimer>) {
    return toGlobalId('SlaTimer', timer.id);
  }

  @FieldResolver(() => SlaTimerState)
  async state(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return (await timerFigures(ctx, timer)).state;
  }

  @FieldResolver(() => Int)
  targetMinutes(@Root() timer: RootOf<SlaTimer>) {
    return Math.round(Number(timer.targetMs) / 60_000);
  }

  @FieldResolver(() => Date)
  async dueAt(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return new Date((await timerFigures(ctx, timer)).dueAt);
  }

  @FieldResolver(() => Int)
  pausedMinutes(@Root() timer: RootOf<SlaTimer>) {
    return Math.round(Number(timer.pausedMs) / 60_000);
  }

  @FieldResolver(() => Int)
  async elapsedSeconds(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return seconds((await timerFigures(ctx, timer)).elapsedMs);
  }

  @FieldResolver(() => Int)
  async remainingSeconds(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return seconds((await timerFigures(ctx, timer)).remainingMs);
  }

  @FieldResolver(() => Number)
  async percentUsed(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return (await timerFigures(ctx, timer)).percentUsed;
  }

  @FieldResolver(() => Date, { nullable: true })
  async metAt(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return (await timerFigures(ctx, timer)).state === SlaTimerState.MET ? timer.stoppedAt : null;
  }

  @FieldResolver(() => SlaPolicyType, {
    nullable: true,
    description:
      "The policy whose targets and conditions the timer follows; another one when a change of the ticket's priority, service area, service or agency selects it. Null for a customer user when it is another agency's adaptation (a timer kept from before the ticket moved agency): customers read only their own agency's agreed terms.",
  })
  policy(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return readable.findReadablePolicy(ctx, timer.policy.id);
  }
}
