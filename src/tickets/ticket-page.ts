import type { GraphQLResolveInfo } from 'graphql';
import { User } from '../directory/user.entity';
import type { Context } from '../platform/context';
import { readArrayMapper } from '../platform/db/read-model';
import { argumentOf, selectedUnder } from '../platform/graphql/selection';
import { TicketComment } from './ticket-comment.entity';
import { Ticket } from './ticket.entity';
import { relationEntity, type TicketPageInclude, type TicketPageRow, type TicketRelation } from './tickets.sql';

/**
 * The ticket page compiled from what the operation asks: the relations and latest comments its
 * `edges.node` selects are fetched with the page in one statement (JSON sub-selects, as PostGraphile
 * and Join Monster do) and primed into the request's DataLoaders. The field resolvers then run as
 * always, and find their rows already loaded: every rule they apply (a person's visibility, ids)
 * stays where it is, and a field not covered here still loads through its loader.
 */

/** How many latest comments `latestComments(limit:)` gives: 1 to 20, default 3. */
export const DEFAULT_LATEST_COMMENTS = 3;
export const latestCommentsLimit = (limit: number | null | undefined) => Math.min(Math.max(limit ?? DEFAULT_LATEST_COMMENTS, 1), 20);

const RELATIONS: readonly TicketRelation[] = ['agency', 'requester', 'group', 'assignee', 'serviceArea', 'service'];

export interface TicketPagePlan {
  relations: TicketRelation[];
  /** Each `limit` latestComments is asked with (aliases may ask several); the largest is fetched. */
  commentLimits: number[];
}

/** Nothing brought along: the plan of a caller without a GraphQL selection. */
export const BARE_PAGE: TicketPagePlan = { relations: [], commentLimits: [] };

/** The plan of a `tickets` connection's selection. Pure. */
export function ticketPagePlan(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): TicketPagePlan {
  const fields = selectedUnder(info, ['edges', 'node']);
  const limits = (fields.get('latestComments') ?? []).map((f) => latestCommentsLimit(argumentOf(f, 'limit', info.variableValues) as number | null | undefined));
  return { relations: RELATIONS.filter((r) => fields.has(r)), commentLimits: [...new Set(limits)] };
}

export function includeOf(plan: TicketPagePlan, internal: boolean): TicketPageInclude {
  return { relations: plan.relations, comments: plan.commentLimits.length ? { n: Math.max(...plan.commentLimits), internal } : null };
}

type Row = readonly unknown[];

/** The page's tickets, with each related row it brought primed into the loader the field resolvers read. */
export function primeTicketPage(ctx: Context, plan: TicketPagePlan, rows: TicketPageRow[]): Ticket[] {
  const { loaders, em } = ctx;
  const toTicket = readArrayMapper(em, Ticket);
  const toUser = readArrayMapper(em, User);
  const toComment = readArrayMapper(em, TicketComment);
  const toRelated = (relation: TicketRelation) => readArrayMapper(em, relationEntity(relation)) as (row: Row) => { id: number };
  const loaderOf: Record<TicketRelation, { prime(id: number, value: never): unknown }> = {
    agency: loaders.agencyById,
    requester: loaders.userById,
    assignee: loaders.userById,
    group: loaders.groupById,
    serviceArea: loaders.serviceAreaById,
    service: loaders.serviceById,
  };
  // Each relation's place in the row (tickets.sql.ts: the ticket, the relations in the plan's order, the comments).
  const related = plan.relations.map((relation, i) => ({ at: i + 1, map: toRelated(relation), loader: loaderOf[relation] }));
  const commentsAt = plan.relations.length + 1;
  return rows.map((row) => {
    const ticket = toTicket(row[0] as Row);
    for (const { at, map, loader } of related) {
      const values = row[at] as Row | null;
      if (values) {
        const entity = map(values);
        loader.prime(entity.id, entity as never);
      }
    }
    if (plan.commentLimits.length) {
      const comments = (row[commentsAt] as [Row, Row | null][]).map(([comment, author]) => {
        if (author) {
          const user = toUser(author);
          loaders.userById.prime(user.id, user);
        }
        return toComment(comment);
      });
      for (const n of plan.commentLimits) loaders.latestComments.prime(`${ticket.id}:${n}`, comments.slice(0, n));
    }
    return ticket;
  });
}
