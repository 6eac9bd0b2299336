import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { Presence, RoutingMode } from './routing.enums';

/**
 * A group's routing: its mode and the round-robin cursor. A group without a row is MANUAL. Routing
 * locks this row (FOR UPDATE) so that two cases entering the group at once read and move the cursor
 * one after the other.
 */
@Entity({ tableName: 'group_routing' })
export class GroupRouting {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => SupportGroup)
  @Unique()
  group!: SupportGroup;

  @Enum({ items: () => RoutingMode, nativeEnumName: 'routing_mode' })
  mode: RoutingMode = RoutingMode.MANUAL;

  /** The user id round-robin assigned last (the next pick is the first eligible id after it); null before the first. */
  @Property({ nullable: true })
  cursor?: number;
}

/** A member of staff's presence; without a row a member of staff is AVAILABLE (as before presence existed). */
@Entity({ tableName: 'user_presence' })
export class UserPresence {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User)
  @Unique()
  user!: User;

  @Enum({ items: () => Presence, nativeEnumName: 'presence' })
  presence!: Presence;

  @Property({ length: 3 })
  changedAt!: Date;
}

/** A skill: the user handles this service area (all its services when `service` is null, else that one service). */
@Entity({ tableName: 'user_skill' })
export class UserSkill {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User)
  @Index()
  user!: User;

  @ManyToOne(() => ServiceArea)
  serviceArea!: ServiceArea;

  @ManyToOne(() => Service, { nullable: true })
  service?: Service;
}
