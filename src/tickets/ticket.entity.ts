import { ArrayType, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ConfidentialityCode } from './confidentiality.enums';
import { Agency } from '../directory/agency.entity';
import { Tier } from '../directory/directory.enums';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { Category, Channel, Impact, Priority, TicketClosureReason, TicketKind, TicketStatus, Urgency } from './ticket.enums';
import type { Versioned } from '../platform/errors';

/** A case (ärende) in the support chain. */
@Entity({ tableName: 'ticket' })
// Queue and listing indexes (see the migration): declared here so that schema diffs know them.
@Index({ name: 'ticket_queue_tier_idx', properties: ['tier', 'status', 'priority', 'createdAt', 'id'] })
@Index({ name: 'ticket_queue_group_idx', properties: ['group', 'status', 'priority', 'createdAt', 'id'] })
@Index({ name: 'ticket_agency_created_idx', properties: ['agency', 'createdAt', 'id'] })
@Index({ name: 'ticket_area_status_idx', properties: ['serviceArea', 'status', 'createdAt'] })
@Index({ name: 'ticket_created_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'ticket_status_created_idx', properties: ['status', 'createdAt', 'id'] })
@Index({
  name: 'ticket_open_tier_queue_idx',
  expression: `create index "ticket_open_tier_queue_idx" on "ticket" ("tier", "priority", "created_at", "id") where "status" in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_VENDOR')`,
})
@Index({
  name: 'ticket_open_group_queue_idx',
  expression: `create index "ticket_open_group_queue_idx" on "ticket" ("group_id", "priority", "created_at", "id") where "status" in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_VENDOR')`,
})
@Index({ name: 'ticket_text_trgm_idx', expression: `create index "ticket_text_trgm_idx" on "ticket" using gin (("title" || ' ' || "description") gin_trgm_ops)` })
@Check({ name: 'ticket_number_format', expression: `"number" ~ '^SSC-[0-9]{4}-[0-9]{6,}$'` })
@Index({ name: 'ticket_sla_due_idx', expression: `create index "ticket_sla_due_idx" on "ticket" ((coalesce("sla_due_at", 'infinity'::timestamptz)), "id")` })
@Index({ name: 'ticket_retention_due_idx', expression: `create index "ticket_retention_due_idx" on "ticket" ("agency_id", "closed_at") where "status" = 'CLOSED' and "anonymised_at" is null` })
@Unique({ name: 'ticket_idempotency_unique', properties: ['createdBy', 'idempotencyKey'] })
export class Ticket {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'ticket', expectedVersionField: ['input', 'expectedVersion'] };

  @PrimaryKey()
  id!: number;

  /** Human number, SSC-2026-000123, from the ticket_number_seq sequence. */
  @Property({ length: 20 })
  @Unique()
  number!: string;

  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @ManyToOne(() => User)
  @Index()
  requester!: User;

  @ManyToOne(() => ServiceArea)
  serviceArea!: ServiceArea;

  @ManyToOne(() => Service, { nullable: true })
  service?: Service;

  @Enum({ items: () => Category, nativeEnumName: 'category' })
  category!: Category;

  @Enum({ items: () => Impact, nativeEnumName: 'impact' })
  impact!: Impact;

  @Enum({ items: () => Urgency, nativeEnumName: 'urgency' })
  urgency!: Urgency;

  @Enum({ items: () => Priority, nativeEnumName: 'priority' })
  priority!: Priority;

  @Enum({ items: () => TicketStatus, nativeEnumName: 'ticket_status' })
  status: TicketStatus = TicketStatus.NEW;

  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier: Tier = Tier.FIRST;

  @ManyToOne(() => SupportGroup)
  group!: SupportGroup;

  @ManyToOne(() => User, { nullable: true })
  @Index()
  assignee?: User;

  @ManyToOne(() => User)
  createdBy!: User;

  @Property({ length: 100, nullable: true })
  idempotencyKey?: string;

  /** SHA-256 of the normalised input first sent with the key: the same key with another input is a conflict. */
  @Property({ length: 64, nullable: true })
  idempotencyHash?: string;

  @Property({ type: 'text', nullable: true })
  resolution?: string;

  @Property({ length: 3, defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ length: 3, defaultRaw: 'now()' })
  updatedAt!: Date;

  @Property({ length: 3, nullable: true })
  resolvedAt?: Date;

  @Property({ length: 3, nullable: true })
  closedAt?: Date;

  /** Set when the ticket was closed unserved (its call never reached the Servicedesk); null otherwise. */
  @Enum({ items: () => TicketClosureReason, nativeEnumName: 'ticket_closure_reason', nullable: true })
  closureReason?: TicketClosureReason;

  /**
   * The nearest due time of the running (not stopped, not paused) SLA timers; null when none runs.
   * Kept by a trigger on sla_timer, at commit; the queue orders by it. The SLA engine sets it with the
   * ticket's own change (the trigger then finds it right and writes nothing); nothing else sets it.
   */
  @Property({ length: 3, nullable: true })
  slaDueAt?: Date;

  /** The first escalation to the second line: the reports count escalated tickets by it. */
  @Property({ length: 3, nullable: true })
  escalatedAt?: Date;

  /** The case this one was merged into (mergeTicket); set with status CLOSED and closureReason MERGED, else null. */
  @ManyToOne(() => Ticket, { nullable: true })
  @Index({ name: 'ticket_merged_into_idx' })
  mergedInto?: Ticket;

  /** INCIDENT (every case at first) or PROBLEM (set by staff: setTicketKind); incidents are linked to problems. */
  @Enum({ items: () => TicketKind, nativeEnumName: 'ticket_kind', default: TicketKind.INCIDENT })
  kind: TicketKind = TicketKind.INCIDENT;

  /** The problem this incident is linked to (linkIncident); at most one. Indexed: a problem lists its incidents. */
  @ManyToOne(() => Ticket, { nullable: true })
  @Index({ name: 'ticket_problem_idx' })
  problem?: Ticket;

  /** When this P1 problem became a major incident (enough linked cases); set once, never cleared. */
  @Property({ length: 3, nullable: true })
  majorIncidentAt?: Date;
  /** The ground's code when confidential (sekretess); null when not. Set only by markConfidential. */
  @Enum({ items: () => ConfidentialityCode, nativeEnumName: 'confidentiality_code', nullable: true })
  confidentialCode?: ConfidentialityCode | null;

  /** The ground as text: the OSL chapter and section and why. */
  @Property({ type: 'text', nullable: true })
  confidentialReason?: string | null;

  /** Staff roles that read it beside the assigned group's members and admins (confidentiality.ts). */
  @Property({ type: ArrayType, columnType: 'text[]', nullable: true })
  confidentialRoles?: string[] | null;

  /** A legal hold (setLegalHold): the retention job leaves the case's personal data as it is while set. */
  @Property({ default: false })
  legalHold: boolean = false;

  /** Why the hold was set; null when there is none. */
  @Property({ type: 'text', nullable: true })
  legalHoldReason?: string | null;

  /** When its personal data was anonymised (retention job or anonymisePerson); null: not anonymised. */
  @Property({ type: 'datetime', length: 3, nullable: true })
  anonymisedAt?: Date | null;

  /** Optimistic lock: every change bumps it; mutations carry the version they read. */
  @Property({ version: true })
  version!: number;
}
