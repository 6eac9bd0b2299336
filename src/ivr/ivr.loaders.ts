import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader } from '../directory/directory.loaders';
import { queuePositions } from './call-queue.service';
import { IvrCall } from './ivr-call.entity';
import { IvrEntryPoint, IvrMenuVersion } from './ivr-menu-version.entity';

export function createIvrLoaders(em: EntityManager) {
  return {
    callById: byIdLoader(em, IvrCall),
    entryPointById: byIdLoader(em, IvrEntryPoint),
    menuVersionById: byIdLoader(em, IvrMenuVersion),
    /** Position in its queue of each QUEUED call, one statement per batch; null when not queued. */
    queuePosition: new DataLoader<number, number | null>(async (ids) => {
      const positions = await queuePositions(em, ids);
      return ids.map((id) => positions.get(id) ?? null);
    }),
  };
}

export type IvrLoaders = ReturnType<typeof createIvrLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends IvrLoaders {}
}
