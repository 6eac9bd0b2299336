import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './directory/viewer';
import { createDirectoryLoaders, type DirectoryLoaders } from './directory/directory.loaders';
import type { Clock } from './platform/clock';
import type { LiveHub } from './platform/live/live-hub';
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
  /** This instance's live-event hub: what subscriptions follow (platform/live). */
  live: LiveHub;
  /** Work to run inside the transaction, after the mutation's own work, before the commit. */
  beforeCommit: (() => Promise<void>)[];
  /** Work to run once the current transaction has committed (publishing events). */
  afterCommit: (() => void)[];
}

export function createLoaders(em: EntityManager, viewer: Viewer | null, clock: Clock): Loaders {
  return { ...createDirectoryLoaders(em), ...createTicketLoaders(em, viewer), ...createSlaLoaders(em, () => clock.now()), ...createIvrLoaders(em), ...createKnowledgeLoaders(em), ...createCollaborationLoaders(em) };
}

export function createContext(base: { em: EntityManager; viewer: Viewer | null; clock: Clock; live: LiveHub }): Context {
  return { ...base, loaders: createLoaders(base.em, base.viewer, base.clock), beforeCommit: [], afterCommit: [] };
}
