import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { User } from '../directory/user.entity';
import type { Context } from '../platform/context';
import { readArrayMapper } from '../platform/db/read-model';
import { argumentOf, selectedIn, selectedUnder } from '../platform/graphql/selection';
import { propsRead, type FieldReads } from '../platform/graphql/field-reads';
import { AGENCY_FIELD_READS, SUPPORT_GROUP_FIELD_READS, USER_FIELD_READS } from '../directory/directory.types';
import { TICKET_COMMENT_FIELD_READS } from './ticket.types';
import { TicketComment } from './ticket-comment.entity';
import { Ticket } from './ticket.entity';
import { relationEntity, type PageRelation, type TicketPageInclude, type TicketPageRow, type TicketRelation } from './tickets.sql';

/**
 * The ticket page compiled from what the operation asks: the relations and latest comments its
 * `edges.node` selects are fetched with the page in one statement (JSON sub-selects, as PostGraphile
 * and Join Monster do), each with only the columns its selected fields read when its type lists them
 * all (kept with its ticket), else whole (primed into the request's DataLoaders). The field
 * resolvers then run as always, and find their rows already there: every rule they apply (a
 * person's visibility, ids) stays where it is, and a field not covered here still loads through its loader.
 */

/** How many latest comments `latestComments(limit:)` gives: 1 to 20, default 3. */
export const DEFAULT_LATEST_COMMENTS = 3;
export const latestCommentsLimit = (limit: number | null | undefined) => Math.min(Math.max(limit ?? DEFAULT_LATEST_COMMENTS, 1), 20);

const RELATIONS: readonly TicketRelation[] = ['agency', 'requester', 'group', 'assignee', 'serviceArea', 'service'];

/** What each relation's type says its fields read (directory.types.ts); serviceArea and service say nothing: their whole row. */
const READS: Partial<Record<TicketRelation, FieldReads>> = {
  agency: AGENCY_FIELD_READS,
  requester: USER_FIELD_READS,
  assignee: USER_FIELD_READS,
  group: SUPPORT_GROUP_FIELD_READS,
};

export interface TicketPagePlan {
  /** Each relation the selection asks, with the properties its fields read (null: the whole row). */
  relations: PageRelation[];
  /** Each `limit` latestComments is asked with (aliases may ask several); the largest is fetched. */
  commentLimits: number[];
  /** What the comments' fields and their authors' fields read (null: the whole row). */
  commentProps: readonly string[] | null;
  authorProps: readonly string[] | null;
}

/** Nothing brought along: the plan of a caller without a GraphQL selection. */
export const BARE_PAGE: TicketPagePlan = { relations: [], commentLimits: [], commentProps: null, authorProps: null };

/**
 * The plan of a `tickets` connection's selection. Pure. A related row whose selection asks only
 * fields its type lists (platform/graphql/field-reads.ts) is fetched with those columns alone and
 * kept with its ticket for this selection (pagedRelation); any other field asked (an e-mail with its
 * rules, a nested relation) fetches the whole row and primes the request's loader, as before.
 */
export function ticketPagePlan(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): TicketPagePlan {
  const fields = selectedUnder(info, ['edges', 'node']);
  const readOf = (nodes: readonly FieldNode[], reads: FieldReads | undefined) => (reads ? propsRead(selectedIn(nodes, info).keys(), reads) : null);
  const comments = fields.get('latestComments') ?? [];
  const limits = comments.map((f) => latestCommentsLimit(argumentOf(f, 'limit', info.variableValues) as number | null | undefined));
  const authors = selectedIn(comments, info).get('author') ?? [];
  const commentProps = readOf(comments, TICKET_COMMENT_FIELD_READS);
  return {
    relations: RELATIONS.filter((r) => fields.has(r)).map((relation) => ({ relation, props: readOf(fields.get(relation)!, READS[relation]) })),
    commentLimits: [...new Set(limits)],
    commentProps,
    // Whole comments go to the request's loader, which any selection of them reads: their authors
    // whole too. Without `author` asked, only its id (the comment's reference) is needed.
    authorProps: commentProps === null ? null : authors.length ? readOf(authors, USER_FIELD_READS) : ['id'],
  };
}

export function includeOf(plan: TicketPagePlan, internal: boolean): TicketPageInclude {
  const { relations, commentLimits, commentProps: props, authorProps } = plan;
  return { relations, comments: commentLimits.length ? { n: Math.max(...commentLimits), internal, props, authorProps } : null };
}

type Row = readonly unknown[];

/** Where a page keeps, on its own objects, the related rows it fetched in part (for this selection only, never in a loader). */
const PAGED = Symbol('paged relations');
type Paged = { [PAGED]?: Record<string, unknown> };

function keep(root: object, name: string, value: unknown): void {
  ((root as Paged)[PAGED] ??= {})[name] = value;
}

/**
 * The related row (or null: none) a page fetched with `root` for its selection's `name` field;
 * undefined when the page did not (the field then loads it as always). A field resolver of a
 * relation the page may bring along asks this first.
 */
export function pagedRelation<T>(root: object, name: string): T | null | undefined {
  return (root as Paged)[PAGED]?.[name] as T | null | undefined;
}

/** The related row a page fetched with `root` for `name` (see pagedRelation), else what `load` gives: a relation field's resolver. */
export function pagedOr<T>(root: object, name: string, load: () => T | Promise<T | null> | null): T | Promise<T | null> | null {
  const paged = pagedRelation<T>(root, name);
  return paged !== undefined ? paged : load();
}

/** The latest `n` comments a page fetched with `ticket`, newest first (undefined: it did not). */
export function pagedComments<T>(ticket: object, n: number): T[] | undefined {
  return pagedRelation<T[]>(ticket, 'latestComments')?.slice(0, n);
}

/**
 * The page's tickets. Each related row fetched whole is primed into the loader the field
 * resolvers read; one fetched in part is kept with its ticket (or comment) for this selection.
 */
export function primeTicketPage(ctx: Context, plan: TicketPagePlan, rows: TicketPageRow[]): Ticket[] {
  const { loaders, em } = ctx;
  const toTicket = readArrayMapper(em, Ticket);
  const loaderOf: Record<TicketRelation, { prime(id: number, value: never): unknown }> = {
    agency: loaders.agencyById,
    requester: loaders.userById,
    assignee: loaders.userById,
    group: loaders.groupById,
    serviceArea: loaders.serviceAreaById,
    service: loaders.serviceById,
  };
  // Each relation's place in the row (tickets.sql.ts: the ticket, the relations in the plan's order, the comments).
  const related = plan.relations.map(({ relation, props }, i) => ({
    at: i + 1,
    relation,
    map: readArrayMapper(em, relationEntity(relation), props ?? undefined) as (row: Row) => { id: number },
    loader: props ? null : loaderOf[relation],
  }));
  const commentsAt = plan.relations.length + 1;
  const toComment = readArrayMapper(em, TicketComment, plan.commentProps ?? undefined);
  const toAuthor = readArrayMapper(em, User, plan.authorProps ?? undefined);
  return rows.map((row) => {
    const ticket = toTicket(row[0] as Row);
    for (const { at, relation, map, loader } of related) {
      const values = row[at] as Row | null;
      const entity = values && map(values);
      if (!loader) keep(ticket, relation, entity);
      else if (entity) loader.prime(entity.id, entity as never);
    }
    if (plan.commentLimits.length) {
      const comments = (row[commentsAt] as [Row, Row | null][]).map(([values, author]) => {
        const comment = toComment(values);
        const user = author && toAuthor(author);
        if (plan.authorProps) keep(comment, 'author', user);
        else if (user) loaders.userById.prime(user.id, user);
        return comment;
      });
      if (plan.commentProps) keep(ticket, 'latestComments', comments);
      else for (const n of plan.commentLimits) loaders.latestComments.prime(`${ticket.id}:${n}`, comments.slice(0, n));
    }
    return ticket;
  });
}
