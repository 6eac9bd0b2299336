import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { Ticket } from '../tickets/ticket.entity';
import { IvrEntryPoint, IvrMenuVersion } from './ivr-menu-version.entity';
import { CallbackStatus, CallEndReason, CallState } from './ivr.enums';

/**
 * A phone call through the IVR, with the ticket it registered. Queue positions are derived from
 * `state`, `queue_area_id` and `queued_at` (the general first-free-agent queue has no area).
 */
@Entity({ tableName: 'ivr_call' })
@Index({
  name: 'ivr_call_waiting_idx',
  expression: `create index "ivr_call_waiting_idx" on "ivr_call" ("queue_area_id", "queued_at", "id") where "state" = 'QUEUED'`,
})
@Index({ name: 'ivr_call_answered_idx', properties: ['queueArea', 'answeredAt'] })
@Index({ name: 'ivr_call_started_idx', properties: ['startedAt'] })
@Check({ name: 'ivr_call_ended_has_reason', expression: `("state" = 'ENDED') = ("end_reason" is not null)` })
export class IvrCall {
  @PrimaryKey()
  id!: number;

  /** The platform's call id (Twilio's CallSid): one call, one ticket, however often it retries. */
  @Property({ length: 64 })
  @Unique()
  externalCallId!: string;

  @Property({ length: 32 })
  fromNumber!: string;

  @Property({ length: 32 })
  toNumber!: string;

  @ManyToOne(() => IvrEntryPoint)
  entryPoint!: IvrEntryPoint;

  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @ManyToOne(() => Ticket)
  @Index()
  ticket!: Ticket;

  /** The menu version the call started with; it keeps it to the end. */
  @ManyToOne(() => IvrMenuVersion)
  menuVersion!: IvrMenuVersion;

  /** The current menu node while IN_MENU. */
  @Property({ length: 40, nullable: true })
  node?: string;

  /** Invalid or silent tries at the current node. */
  @Property({ default: 0 })
  tries: number = 0;

  /** Inputs processed so far: a retried webhook that names an earlier step changes nothing. */
  @Property({ default: 0 })
  step: number = 0;

  @Enum({ items: () => CallState, nativeEnumName: 'call_state' })
  state!: CallState;

  @ManyToOne(() => ServiceArea, { nullable: true })
  queueArea?: ServiceArea;

  /** In a queue at some point: GENERAL (first free agent) when queueArea is null. */
  @Property({ default: false })
  wasQueued: boolean = false;

  @Property({ length: 3 })
  startedAt!: Date;

  @Property({ length: 3, nullable: true })
  queuedAt?: Date;

  @Property({ length: 3, nullable: true })
  answeredAt?: Date;

  @ManyToOne(() => User, { nullable: true })
  answeredBy?: User;

  @Property({ length: 3, nullable: true })
  endedAt?: Date;

  /** When the call was sent to the switchboard; null if it never was. */
  @Property({ length: 3, nullable: true })
  switchboardAt?: Date;

  @Enum({ items: () => CallEndReason, nativeEnumName: 'call_end_reason', nullable: true })
  endReason?: CallEndReason;
}

/** A caller who chose to be called back instead of waiting: taken by agents in queue order. */
@Entity({ tableName: 'ivr_callback' })
@Index({
  name: 'ivr_callback_pending_idx',
  expression: `create index "ivr_callback_pending_idx" on "ivr_callback" ("queue_area_id", "queued_since", "id") where "status" = 'PENDING'`,
})
export class IvrCallback {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => IvrCall)
  @Unique()
  call!: IvrCall;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @Property({ length: 32 })
  number!: string;

  @ManyToOne(() => ServiceArea, { nullable: true })
  queueArea?: ServiceArea;

  @Property({ length: 3 })
  requestedAt!: Date;

  /** When the caller joined the queue: callbacks keep the caller's place. */
  @Property({ length: 3 })
  queuedSince!: Date;

  @Enum({ items: () => CallbackStatus, nativeEnumName: 'callback_status' })
  status!: CallbackStatus;

  @Property({ default: 0 })
  attempts: number = 0;

  @ManyToOne(() => User, { nullable: true })
  takenBy?: User;

  @Property({ length: 3, nullable: true })
  takenAt?: Date;

  @Property({ length: 3, nullable: true })
  completedAt?: Date;
}
