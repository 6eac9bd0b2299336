import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../platform/auth/viewer';
import { Attachment } from './attachment.entity';
import { visibleCommentCondition } from './attachment-access';

/** The files of many tickets or comments at once, oldest first, as the viewer may see them (bytes not loaded). */
export function createAttachmentLoaders(em: EntityManager, viewer: Viewer | null) {
  const grouped = (parent: 'ticket' | 'comment') =>
    new DataLoader<number, Attachment[]>(async (ids) => {
      const rows = await em.find(Attachment, { [parent]: { $in: [...ids] }, ...visibleCommentCondition(viewer) } as never, {
        orderBy: { createdAt: 'asc', id: 'asc' },
      });
      const byParent = new Map<number, Attachment[]>();
      for (const row of rows) {
        const id = row[parent]!.id;
        byParent.set(id, [...(byParent.get(id) ?? []), row]);
      }
      return ids.map((id) => byParent.get(id) ?? []);
    });
  return {
    /** Key: ticket id. Every file of the case the viewer may see (the case's own and its comments'). */
    attachmentsByTicket: grouped('ticket'),
    /** Key: comment id. The files that came with one comment. */
    attachmentsByComment: grouped('comment'),
  };
}

export type AttachmentLoaders = ReturnType<typeof createAttachmentLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends AttachmentLoaders {}
}
