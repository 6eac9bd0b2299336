import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../platform/graphql/node.type';
import { SlaMetric, SlaTimerState } from './sla.enums';

registerEnumType(SlaMetric, {
  name: 'SlaMetric',
  description: 'What an SLA timer measures; a ticket has at most one timer per metric. The defaults below are what a new policy gets; each policy may change them (`SlaPolicy.conditions`).',
  valuesConfig: {
    FIRST_RESPONSE: { description: 'Time to the first answer: by default from registration to the first PUBLIC comment by staff, or to resolution.' },
    RESOLUTION: { description: 'Time to resolution: by default from registration (or reopening) to RESOLVED, paused while WAITING_FOR_CUSTOMER.' },
    TIME_AT_VENDOR: { description: "Time at a third-line vendor, measured against the underpinning contract: by default from the referral to the vendor's answer, the return or resolution." },
  },
});
registerEnumType(SlaTimerState, {
  name: 'SlaTimerState',
  description: 'Where an SLA timer stands, computed at request time from the business time it has used.',
  valuesConfig: {
    RUNNING: { description: 'Counting business time, within its target so far.' },
    PAUSED: { description: "Frozen while the ticket is in one of the policy's pause statuses; the due time moves on when it resumes." },
    MET: { description: 'Stopped within its target (`metAt` is set).' },
    BREACHED: { description: 'Its business time used has reached the target. A running one keeps counting so that the overrun is measured; a stopped one stays BREACHED.' },
    NOT_MEASURED: { description: "Stopped without being measured: the ticket was closed unserved (`Ticket.closureReason`: a call abandoned, sent to the switchboard, or a callback not reached). Neither met nor breached; the SLA report leaves it out." },
    WITHDRAWN: { description: 'TIME_AT_VENDOR only: stopped because the vendor referral was withdrawn (the ticket returned from the third line before an answer). Neither met nor breached; the SLA report leaves it out.' },
  },
});

@ObjectType('SlaTimer', { implements: NodeInterface, description: 'One SLA clock of a ticket, in business time.' })
export class SlaTimerType extends NodeInterface {
  @Field(() => SlaMetric, { description: 'What this timer measures.' })
  metric!: SlaMetric;

  @Field(() => SlaTimerState, { description: "Where the timer stands now, computed at request time under its calendar as it is (a calendar change settles the stored due time of running timers at once); a stopped timer's as settled when it stopped." })
  state!: SlaTimerState;

  @Field(() => Int, { description: "Target in business minutes (minutes while the policy's calendar is open), copied from the policy when the timer started or was last recomputed." })
  targetMinutes!: number;

  @Field({ description: 'When the start trigger happened.' })
  startedAt!: Date;

  @Field({ description: 'When the target is reached if the clock keeps running, given the pauses so far; a pause moves it later once the pause ends. The same instant openTicketsPastSla, slaDueBefore, the SLA_DUE order and breach detection use.' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the current pause began; null unless the timer is paused.' })
  pausedAt?: Date;

  @Field(() => Int, { description: 'Business minutes spent in finished pauses (for a reopened ticket, also the time it stood stopped); the current pause counts once it ends.' })
  pausedMinutes!: number;

  @Field(() => Int, { description: 'Business seconds used so far, pauses excluded; stands still while paused and once stopped.' })
  elapsedSeconds!: number;

  @Field(() => Int, { description: 'Business seconds left to the target (target minus elapsed); negative once breached, giving the overrun.' })
  remainingSeconds!: number;

  @Field(() => Float, { description: 'Business time used in percent of the target, to one decimal (not a 0-1 ratio): 100 at the breach, above 100 after it.' })
  percentUsed!: number;

  @Field(() => Date, { nullable: true, description: 'When the timer stopped within its target; null unless MET.' })
  metAt?: Date;

  @Field(() => Date, { nullable: true, description: 'The instant the target was reached, recorded when the background check detects the breach; null before. It stays set.' })
  breachedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When a stop trigger stopped the timer (met or breached); null while it counts, and cleared when a reopened ticket restarts it.' })
  stoppedAt?: Date;
}
