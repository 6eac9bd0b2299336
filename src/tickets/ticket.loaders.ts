import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../platform/auth/viewer';
import { readMapper } from '../platform/db/read-model';
import { pgArray } from '../platform/db/sql';
import { seesInternal } from './ticket-access';
import { TicketComment } from './ticket-comment.entity';
import { VendorReferral } from './vendor-referral.entity';
import { Ticket } from './ticket.entity';
import { byIdLoader, childrenLoader } from '../directory/directory.loaders';
import { openAfter, type TierMark } from './tier-time';
import { latestComments, tierMarkRows } from './tickets.sql';
import { KnownLoader } from '../platform/db/known-loader';

/** Ticket relations, batched per request. Comment loaders apply the viewer's visibility. */
export function createTicketLoaders(em: EntityManager, viewer: Viewer | null) {
  const internal = viewer !== null && seesInternal(viewer);
  return {
    ticketById: byIdLoader(em, Ticket),
    /** The latest `n` comments per ticket, one statement per (tick, n). Key: `${ticketId}:${n}`. */
    latestComments: new KnownLoader<string, TicketComment[]>(async (keys) => {
      const byLimit = new Map<number, number[]>();
      for (const key of keys) {
        const [ticketId, n] = key.split(':').map(Number);
        byLimit.set(n, [...(byLimit.get(n) ?? []), ticketId]);
      }
      const found = new Map<string, TicketComment[]>();
      for (const [n, ticketIds] of byLimit) {
        for (const { ticketId, comment } of await latestComments(em, ticketIds, n, internal)) {
          const key = `${ticketId}:${n}`;
          found.set(key, [...(found.get(key) ?? []), comment]);
        }
      }
      return keys.map((key) => found.get(key) ?? []);
    }),
    /** (at, tier) of every history event per ticket: what time per tier is derived from. */
    tierMarks: new DataLoader<number, TierMark[]>(async (ticketIds) => {
      const rows = await tierMarkRows(em, ticketIds);
      const byTicket = new Map<number, TierMark[]>();
      for (const r of rows) {
        const marks = byTicket.get(r.ticket_id) ?? [];
        marks.push({ at: new Date(r.at), tier: r.tier, open: openAfter(r.kind, r.to_value) });
        byTicket.set(r.ticket_id, marks);
      }
      return ticketIds.map((id) => byTicket.get(id) ?? []);
    }),
    /** Every vendor referral of a ticket, oldest first. */
    referralsByTicket: childrenLoader(em, VendorReferral, 'ticket', { sentAt: 'asc', id: 'asc' }),
  };
}

export type TicketLoaders = ReturnType<typeof createTicketLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends TicketLoaders {}
}
