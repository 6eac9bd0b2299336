import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './directory/viewer';
import { createDirectoryLoaders, type DirectoryLoaders } from './directory/directory.loaders';
import type { Clock } from './platform/clock';
import type { SlaAlertHub } from './sla/sla-alert-hub';
import type { CallQueueHub } from './ivr/call-queue.service';
import type { EventBus } from './platform/events/event-bus';
import { buildEventRegistry, type EventRegistry } from './platform/events/domain-events';
import { EventUnit } from './platform/events/event-unit';
import { createSlaLoaders, type SlaLoaders } from './sla/sla.loaders';
import { createTicketLoaders, type TicketLoaders } from './tickets/ticket.loaders';
import { createIvrLoaders, type IvrLoaders } from './ivr/ivr.loaders';
import { createKnowledgeLoaders, type KnowledgeLoaders } from './knowledge/knowledge.loaders';
import { createCollaborationLoaders, type CollaborationLoaders } from './collaboration/collaboration.loaders';

export interface Loaders extends DirectoryLoaders, TicketLoaders, SlaLoaders, IvrLoaders, KnowledgeLoaders, CollaborationLoaders {}

/** What every resolver and service receives: one EM fork and one loader set per request. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  clock: Clock;
  events: EventBus;
  /** This instance's SLA alert fan-out. */
  alerts: SlaAlertHub;
  /** This instance's call-queue wallboard fan-out. */
  queues: CallQueueHub;
  /** The domain events of this unit of work: emits are refused outside a transaction (runMutation begins one). */
  domainEvents: EventUnit<Context>;
}

export function createLoaders(em: EntityManager, viewer: Viewer | null, clock: Clock): Loaders {
  return { ...createDirectoryLoaders(em), ...createTicketLoaders(em, viewer), ...createSlaLoaders(em, () => clock.now()), ...createIvrLoaders(em), ...createKnowledgeLoaders(em), ...createCollaborationLoaders(em) };
}

const NO_HANDLERS = buildEventRegistry<Context>([]);

/** `handlers`: the app's domain-event handlers (app.ts builds them); a bare context (a test's) has none. */
export function createContext(base: { em: EntityManager; viewer: Viewer | null; clock: Clock; events: EventBus; alerts: SlaAlertHub; queues: CallQueueHub; handlers?: EventRegistry<Context> }): Context {
  const { handlers = NO_HANDLERS, ...rest } = base;
  return { ...rest, loaders: createLoaders(base.em, base.viewer, base.clock), domainEvents: EventUnit.outside(handlers) };
}
