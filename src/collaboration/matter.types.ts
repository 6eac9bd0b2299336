import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Level, MatterStatus, MatterStepKind, Side } from './collaboration.enums';

/** GraphQL types of escalation matters. */

registerEnumType(Level, {
  name: 'Level',
  description: 'A level of the collaboration model: where an escalation matter is handled. A matter climbs OPERATIONAL, TACTICAL, STRATEGIC.',
  valuesConfig: {
    OPERATIONAL: { description: 'The operational level: the operational forum of the area (and the joint tactical/operational forum); where matters are raised by default.' },
    TACTICAL: { description: 'The tactical level: the tactical forum (and the joint tactical/operational forum).' },
    STRATEGIC: { description: 'The strategic level: the strategic forum, the highest; a matter goes no further.' },
  },
});

registerEnumType(MatterStatus, {
  name: 'MatterStatus',
  description: 'Where an escalation matter stands.',
  valuesConfig: {
    OPEN: { description: 'Being prepared or discussed at its level; on the next agenda of the forum at that level.' },
    DECIDED: { description: 'Decided above the level where it was raised; the feedback to the levels below is due (feedBackEscalationMatter).' },
    CLOSED: { description: 'Decided at the level where it was raised (no feedback: nothing below to report back to), or decided and fed back (the feedback then on the next agendas of the levels below, down to where it was raised).' },
  },
});

registerEnumType(MatterStepKind, {
  name: 'MatterStepKind',
  description: 'What a step of an escalation matter did.',
  valuesConfig: {
    RAISED: { description: 'Raised at its first level; the note is the question.' },
    PREPARED: { description: 'One party prepared it for the discussion; the note is the preparation (kept here after the matter\'s own field is cleared on going up).' },
    ESCALATED: { description: 'Taken up a level; the step\'s level is the new one, the note the reason.' },
    DECIDED: { description: 'Decided at its level; the note is the decision.' },
    FED_BACK: { description: 'The decision fed back; the step\'s level is the one below the deciding level, the note the feedback.' },
  },
});

@ObjectType('EscalationStep', { description: 'A step of an escalation matter\'s path.' })
export class EscalationStepType {
  @Field(() => MatterStepKind, { description: 'What the step did.' })
  kind!: MatterStepKind;

  @Field(() => Level, { description: 'The level the step happened at (for FED_BACK: the level fed back to).' })
  level!: Level;

  @Field(() => Side, { nullable: true, description: 'Whose step: AGENCY when a customer user took it, CENTRE when staff did.' })
  side!: Side | null;

  @Field({ description: 'When (UTC).' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The text written with the step: the question, preparation, reason, decision or feedback.' })
  note!: string | null;
}

@ObjectType('EscalationMatter', { implements: NodeInterface, description: 'A matter escalated up the collaboration model (not a ticket\'s tier escalation).' })
export class EscalationMatterType extends NodeInterface {
  @Field(() => Level, { description: 'The level it is at now; escalateEscalationMatter takes it up one.' })
  level!: Level;

  @Field({ description: 'The matter as raised.' })
  question!: string;

  @Field(() => String, { nullable: true, description: 'The centre\'s preparation for the discussion at the current level; null until given, and cleared when the matter goes up (kept in steps).' })
  centrePreparation!: string | null;

  @Field(() => String, { nullable: true, description: 'The agency\'s preparation for the discussion at the current level; null until given, and cleared when the matter goes up (kept in steps).' })
  agencyPreparation!: string | null;

  @Field(() => String, { nullable: true, description: 'The decision at the level it was decided, recorded by the centre\'s side; null until decided.' })
  decision!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided (UTC); null until then.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The decision as fed back to the levels below; null until fed back (and for a matter decided at the level where it was raised).' })
  feedback!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the decision was fed back (UTC); null until then.' })
  fedBackAt!: Date | null;

  @Field(() => MatterStatus, { description: 'OPEN, DECIDED or CLOSED.' })
  status!: MatterStatus;

  @Field({ description: 'When it was raised (UTC).' })
  raisedAt!: Date;
}

export const EscalationMatterConnection = Connection('EscalationMatter', EscalationMatterType);

@InputType({ description: 'A new escalation matter.' })
export class RaiseMatterInput {
  @Field(() => ID, { description: 'Global ID of an agency you follow (else FORBIDDEN).' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of the service area it concerns; omitted for the whole agency. An operational forum\'s agenda lists the matters of its area and those of the whole agency.' })
  serviceAreaId?: string | null;

  @Field(() => Level, { nullable: true, description: 'Where it is raised; OPERATIONAL by default.' })
  level?: Level | null;

  @Field({ description: 'The question, 5–10,000 characters.' })
  question!: string;
}

@InputType({ description: 'One party\'s preparation of a matter.' })
export class PrepareMatterInput {
  @Field(() => ID, { description: 'Global ID of an OPEN matter.' })
  matterId!: string;

  @Field({ description: 'Your party\'s preparation (a customer user\'s is the agency\'s, staff\'s the centre\'s), 5–10,000 characters; replaces your party\'s earlier one.' })
  preparation!: string;
}

@InputType({ description: 'Taking a matter up one level.' })
export class EscalateMatterInput {
  @Field(() => ID, { description: 'Global ID of an OPEN matter both parties have prepared.' })
  matterId!: string;

  @Field({ description: 'Why it goes up (the parties cannot agree, or it needs a decision higher up), 3–2,000 characters.' })
  reason!: string;
}

@InputType({ description: 'The decision on a matter at its level.' })
export class DecideMatterInput {
  @Field(() => ID, { description: 'Global ID of an OPEN matter.' })
  matterId!: string;

  @Field({ description: 'The decision, 3–10,000 characters.' })
  decision!: string;
}

@InputType({ description: 'The feedback of a decision to the levels below.' })
export class FeedBackMatterInput {
  @Field(() => ID, { description: 'Global ID of a DECIDED matter.' })
  matterId!: string;

  @Field({ description: 'What is reported back, 3–10,000 characters.' })
  feedback!: string;
}

@ObjectType('EscalationMatterPayload', { description: 'The outcome of an escalation-matter mutation: the matter, or the reasons nothing changed.' })
export class EscalationMatterPayload {
  @Field(() => EscalationMatterType, { nullable: true, description: 'The matter as the mutation left it; null when userErrors is not empty.' })
  matter!: EscalationMatterType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. Each mutation lists its codes.' })
  userErrors!: UserError[];
}
