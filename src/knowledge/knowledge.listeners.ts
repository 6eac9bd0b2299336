import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { TicketResolved } from '../tickets/ticket.events';
import { linkOnResolve } from './article-links.service';
import { learnFromResolution } from './learned-terms.service';
import { markLinkAnswered } from './search-log.service';

/** How the knowledge base reacts to other domains' events. */
export const KNOWLEDGE_LISTENERS: EventHandler<Context>[] = [
  // The articles used to resolve a ticket are linked in the resolution's transaction: a bad
  // article id is the resolution's user error, and nothing is resolved.
  inTransaction(TicketResolved, {
    id: 'knowledge.link-articles',
    handle: (tx: Context, { ticket, articleIds }) => linkOnResolve(tx, ticket, articleIds),
  }),
  // The desk teaches search: the case's own words become learned terms of its linked articles
  // (for its agency), and the resolver's search session is answered by the link.
  inTransaction(TicketResolved, {
    id: 'knowledge.learn-words',
    after: ['knowledge.link-articles'],
    handle: async (tx: Context, { ticket, articleIds }) => {
      if (articleIds.length) await learnFromResolution(tx, ticket);
    },
  }),
  inTransaction(TicketResolved, {
    id: 'knowledge.search-answered-by-link',
    after: ['knowledge.link-articles'],
    handle: (tx: Context, { ticket, articleIds }) => markLinkAnswered(tx, ticket, articleIds),
  }),
];
