import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { SupportGroupType, UserType } from '../directory/directory.types';
import { UserError } from '../platform/graphql/user-error.type';
import type { SupportGroup } from '../directory/support-group.entity';
import type { User } from '../directory/user.entity';
import { Presence, RoutingMode } from './routing.enums';
import type { PresenceRow } from './routing.sql';

registerEnumType(RoutingMode, {
  name: 'RoutingMode',
  description: 'How cases entering a group (created into it, escalated or returned to it) find their assignee.',
  valuesConfig: {
    MANUAL: { description: 'Nobody is assigned automatically (the default).' },
    ROUND_ROBIN: { description: 'The next present member with the skill, in turn (by user, after the one who got the previous case).' },
    LEAST_LOADED: { description: 'The present member with the skill who has the fewest open assigned cases (ties: the earliest user).' },
  },
});

registerEnumType(Presence, {
  name: 'Presence',
  description: 'Whether an agent or specialist takes work now: routing and the phone queue consider AVAILABLE staff only.',
  valuesConfig: { AVAILABLE: { description: 'Takes cases and calls.' }, AWAY: { description: 'Is routed no case and offered no call.' } },
});

@ObjectType('UserPresence', { description: "An agent's or specialist's presence." })
export class UserPresenceType {
  @Field(() => Presence, { description: 'AVAILABLE or AWAY (AVAILABLE until they first set it).' })
  presence!: Presence;

  @Field(() => Date, { nullable: true, description: 'When they last changed it (UTC); null if never.' })
  changedAt!: Date | null;
}

@ObjectType('UserSkill', { description: 'A service area an agent or specialist handles: all its services, or one of them.' })
export class UserSkillType {
  @Field(() => ID, { description: 'Not stable across setUserSkills (the list is replaced).' })
  id!: number;
}

@InputType('UserSkillInput', { description: 'One skill: a service area, optionally narrowed to one of its services.' })
export class UserSkillInput {
  @Field(() => ID, { description: 'Global ID of the service area.' })
  serviceAreaId!: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of one service of that area; omitted or null: every service of the area.' })
  serviceId?: string | null;
}

@ObjectType('SetPresencePayload', { description: 'The result of setPresence.' })
export class SetPresencePayload {
  @Field(() => UserPresenceType, { nullable: true, description: 'Your presence now; null when the call failed.' })
  presence!: PresenceRow | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('SetGroupRoutingModePayload', { description: 'The result of setGroupRoutingMode.' })
export class SetGroupRoutingModePayload {
  @Field(() => SupportGroupType, { nullable: true, description: 'The group with its new mode; null when the call failed.' })
  group!: SupportGroup | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('SetUserSkillsPayload', { description: 'The result of setUserSkills.' })
export class SetUserSkillsPayload {
  @Field(() => UserType, { nullable: true, description: 'The user with their new skills; null when the call failed.' })
  user!: User | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
