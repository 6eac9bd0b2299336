import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './directory/viewer';
import { createDirectoryLoaders, type DirectoryLoaders } from './directory/directory.loaders';
import type { Clock } from './platform/clock';
import type { SlaAlertHub } from './sla/sla-alert-hub';
import type { CallQueueHub } from './ivr/call-queue.service';
import type { EventBus } from './platform/events/event-bus';
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
  /** Work to run inside the transaction, after the mutation's own work, before the commit. */
  beforeCommit: (() => Promise<void>)[];
  /** Work to run once the current transaction has committed (publishing events). */
  afterCommit: (() => void)[];
}

export function createLoaders(em: EntityManager, viewer: Viewer | null, clock: Clock): Loaders {
  return { ...createDirectoryLoaders(em), ...createTicketLoaders(em, viewer), ...createSlaLoaders(em, () => clock.now()), ...createIvrLoaders(em), ...createKnowledgeLoaders(em), ...createCollaborationLoaders(em) };
}

export function createContext(base: { em: EntityManager; viewer: Viewer | null; clock: Clock; events: EventBus; alerts: SlaAlertHub; queues: CallQueueHub }): Context {
  return { ...base, loaders: createLoaders(base.em, base.viewer, base.clock), beforeCommit: [], afterCommit: [] };
}
