import { ArrayType, Entity, Enum, Index, ManyToMany, Collection, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { Segment } from '../directory/directory.enums';
import { ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import type { AgendaEntry } from './agenda-entries';
import { Forum, Level, MatterStatus, MatterStepKind, MeetingStatus, Side } from './collaboration.enums';
import type { Versioned } from '../platform/errors';

/** A meeting of a forum: an agency's (per service area for the operational forum), or a segment's customer council. */
@Entity({ tableName: 'meeting' })
@Index({ properties: ['agency', 'forum', 'scheduledAt'] })
export class Meeting {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'meeting' };

  @PrimaryKey()
  id!: number;

  @Enum({ items: () => Forum, nativeEnumName: 'forum' })
  forum!: Forum;

  /** Null for a customer council. */
  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  /** The customer council's segment. */
  @Enum({ items: () => Segment, nativeEnumName: 'segment', nullable: true })
  segment?: Segment;

  @ManyToOne(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;

  @Property({ length: 3 })
  scheduledAt!: Date;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status: MeetingStatus = MeetingStatus.PLANNED;

  @ManyToMany(() => User, undefined, { pivotTable: 'meeting_participant', joinColumn: 'meeting_id', inverseJoinColumn: 'user_id' })
  participants = new Collection<User>(this);

  @Property({ type: 'text', nullable: true })
  minutes?: string;

  /** Minutes are approved at the forum's next meeting. */
  @ManyToOne(() => Meeting, { nullable: true })
  minutesApprovedIn?: Meeting;

  @ManyToOne(() => User)
  createdBy!: User;

  @Property({ length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}

/** One item of a meeting's agenda: a standing item, filled in with the live figures when generated. */
@Entity({ tableName: 'agenda_item' })
export class AgendaItem {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Meeting)
  @Index()
  meeting!: Meeting;

  @Property()
  position!: number;

  @Property({ length: 200 })
  title!: string;

  /** The item's live content as data (what it refers to and the figures then), rendered for each viewer when read. */
  @Property({ type: 'json' })
  entries: AgendaEntry[] = [];

  @Property({ type: new ArrayType((i) => +i), columnType: 'int[]' })
  ticketIds: number[] = [];

  @Property({ type: new ArrayType((i) => +i), columnType: 'int[]' })
  matterIds: number[] = [];
}

/**
 * An escalation matter of the collaboration model (not a ticket's tier escalation): a question the
 * parties could not agree on, or one needing a decision higher up. It climbs operational, tactical,
 * strategic; the level that decides feeds back to the level below.
 */
@Entity({ tableName: 'escalation_matter' })
@Index({ properties: ['agency', 'level', 'status'] })
export class EscalationMatter {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'escalation matter' };

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Agency)
  agency!: Agency;

  @ManyToOne(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;

  @Enum({ items: () => Level, nativeEnumName: 'level' })
  level!: Level;

  @Property({ type: 'text' })
  question!: string;

  /** Each party's preparation for the level the matter goes to (cleared when it goes up). */
  @Property({ type: 'text', nullable: true })
  centrePreparation?: string;

  @Property({ type: 'text', nullable: true })
  agencyPreparation?: string;

  @Property({ type: 'text', nullable: true })
  decision?: string;

  @Property({ length: 3, nullable: true })
  decidedAt?: Date;

  @Property({ type: 'text', nullable: true })
  feedback?: string;

  @Property({ length: 3, nullable: true })
  fedBackAt?: Date;

  @Enum({ items: () => MatterStatus, nativeEnumName: 'matter_status' })
  status: MatterStatus = MatterStatus.OPEN;

  @ManyToOne(() => User)
  raisedBy!: User;

  @Property({ length: 3 })
  raisedAt!: Date;

  @Property({ version: true })
  version!: number;
}

/** The matter's path, up and back. */
@Entity({ tableName: 'escalation_step' })
export class EscalationStep {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => EscalationMatter)
  @Index()
  matter!: EscalationMatter;

  @Enum({ items: () => MatterStepKind, nativeEnumName: 'matter_step_kind' })
  kind!: MatterStepKind;

  @Enum({ items: () => Level, nativeEnumName: 'level' })
  level!: Level;

  @ManyToOne(() => User)
  by!: User;

  /** Whose step: each party prepares its own side. */
  @Enum({ items: () => Side, nativeEnumName: 'side', nullable: true })
  side?: Side;

  @Property({ length: 3 })
  at!: Date;

  /** The preparation, the reason for going up, the decision or the feedback, as written then. */
  @Property({ type: 'text', nullable: true })
  note?: string;
}
