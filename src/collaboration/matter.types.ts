import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Level, MatterStatus, MatterStepKind, Side } from './collaboration.enums';

/** GraphQL types of escalation matters. */

for (const [e, name, description] of [
  [Level, 'Level', 'A level of the collaboration model: where an escalation matter is handled.'],
  [MatterStatus, 'MatterStatus', undefined],
  [MatterStepKind, 'MatterStepKind', undefined],
] as const)
  registerEnumType(e, { name, description });

@ObjectType('EscalationStep', { description: 'A step of an escalation matter\'s path.' })
export class EscalationStepType {
  @Field(() => MatterStepKind)
  kind!: MatterStepKind;

  @Field(() => Level, { description: 'The level the step happened at (for FED_BACK: the level fed back to).' })
  level!: Level;

  @Field(() => Side, { nullable: true, description: 'Whose step.' })
  side!: Side | null;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('EscalationMatter', { implements: NodeInterface, description: 'A matter escalated up the collaboration model (not a ticket\'s tier escalation).' })
export class EscalationMatterType extends NodeInterface {
  @Field(() => Level)
  level!: Level;

  @Field()
  question!: string;

  @Field(() => String, { nullable: true })
  centrePreparation!: string | null;

  @Field(() => String, { nullable: true })
  agencyPreparation!: string | null;

  @Field(() => String, { nullable: true })
  decision!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The decision fed back to the level below.' })
  feedback!: string | null;

  @Field(() => Date, { nullable: true })
  fedBackAt!: Date | null;

  @Field(() => MatterStatus)
  status!: MatterStatus;

  @Field()
  raisedAt!: Date;
}

export const EscalationMatterConnection = Connection('EscalationMatter', EscalationMatterType);

@InputType()
export class RaiseMatterInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string | null;

  @Field(() => Level, { nullable: true, description: 'Where it is raised; OPERATIONAL by default.' })
  level?: Level | null;

  @Field()
  question!: string;
}

@InputType()
export class PrepareMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field({ description: 'The viewer\'s party\'s preparation.' })
  preparation!: string;
}

@InputType()
export class EscalateMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class DecideMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field()
  decision!: string;
}

@InputType()
export class FeedBackMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field()
  feedback!: string;
}

@ObjectType('EscalationMatterPayload')
export class EscalationMatterPayload {
  @Field(() => EscalationMatterType, { nullable: true })
  matter!: EscalationMatterType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
