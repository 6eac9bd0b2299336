import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { expectId } from '../platform/global-id';
import type { Ticket } from '../tickets/ticket.entity';
import type { KnowledgeFilterValue } from './knowledge-search.service';
import { SearchAnswer } from './learning.entity';
import { normaliseQuery, SESSION_MINUTES } from './search-log';
import { insertSearch, markSessionAnswered } from './search-log.sql';

/**
 * The search log (issue 21): every first page of a knowledge search is recorded (text as typed and
 * normalised, the searcher's role and agency, the one service area it was narrowed to, how many
 * articles it found), and the searcher's session is marked answered when it ends in an article
 * linked to a case they resolve or an article rated on a case. The missing-answers list
 * (missing-answers.service.ts) reads the searches that found nothing.
 */

/** Records a search's first page: `resultCount` articles found. A query of punctuation only is not recorded. */
export async function recordSearch(ctx: Context, search: { query: string; filter?: KnowledgeFilterValue | null; resultCount: number }): Promise<void> {
  const viewer = requireViewer(ctx);
  const query = search.query.trim().slice(0, 500);
  const normalised = normaliseQuery(query);
  if (!normalised) return;
  const areas = search.filter?.serviceAreaIds ?? [];
  await insertSearch(ctx.em, {
    userId: viewer.userId,
    role: viewer.role,
    agencyId: viewer.agencyId,
    query,
    normalised,
    serviceAreaId: areas.length === 1 ? expectId(areas[0], 'ServiceArea', 'filter', 'serviceAreaIds', '0') : null,
    resultCount: search.resultCount,
    at: ctx.clock.now(),
  });
}

/**
 * In the transaction of a link or a rating: the viewer's searches of the last SESSION_MINUTES not yet
 * answered are answered by this article on this ticket (and take its service area and service when
 * they were not narrowed to one).
 */
export async function markSearchesAnswered(tx: Context, answer: SearchAnswer, articleId: number, ticket: Ticket): Promise<void> {
  const viewer = requireViewer(tx);
  const at = tx.clock.now();
  await markSessionAnswered(tx.em, {
    userId: viewer.userId,
    answer,
    articleId,
    ticketId: ticket.id,
    serviceAreaId: ticket.serviceArea.id,
    serviceId: ticket.service?.id ?? null,
    at,
    since: new Date(at.getTime() - SESSION_MINUTES * 60_000),
  });
}

/** After resolveTicket links articles: the resolver's session ends in a link (to the first article given). */
export async function markLinkAnswered(tx: Context, ticket: Ticket, articleIds: readonly string[]): Promise<void> {
  if (!articleIds.length) return;
  await markSearchesAnswered(tx, SearchAnswer.LINK, expectId(articleIds[0], 'Article', 'input', 'articleIds', '0'), ticket);
}
