import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { pageSize } from '../platform/pagination';
import { canPublishArticles } from './knowledge-access';
import { knowledgeError, KnowledgeErrorCode } from './knowledge.errors';
import { missingAnswerRows } from './search-log.sql';

/** The missing-answers list looks this many days back unless asked otherwise, and at most MAX_DAYS. */
export const DEFAULT_DAYS = 90;
export const MAX_DAYS = 365;

export interface MissingAnswer {
  query: string;
  serviceAreaId: number | null;
  serviceId: number | null;
  searches: number;
  fromCustomers: number;
  answeredLater: number;
  lastSearchedAt: Date;
}

/**
 * What the knowledge base lacks: the searches that found nothing in the last `days`, by normalised
 * text, service area and service, most frequent first. Knowledge editors and admins only.
 */
export async function missingAnswers(ctx: Context, args: { serviceAreaId?: number | null; days?: number | null; first?: number | null }): Promise<MissingAnswer[]> {
  const viewer = requireViewer(ctx);
  if (!canPublishArticles(viewer)) throw forbidden('the missing answers are for knowledge editors and admins');
  const days = args.days ?? DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw knowledgeError(KnowledgeErrorCode.MISSING_ANSWERS_DAYS_OUT_OF_RANGE, { max: MAX_DAYS });
  const since = new Date(ctx.clock.now().getTime() - days * 86_400_000);
  const rows = await missingAnswerRows(ctx.em, { since, serviceAreaId: args.serviceAreaId ?? null, limit: pageSize(args.first ?? 50) });
  return rows.map((r) => ({
    query: r.normalised,
    serviceAreaId: r.service_area_id,
    serviceId: r.service_id,
    searches: r.searches,
    fromCustomers: r.from_customers,
    answeredLater: r.answered_later,
    lastSearchedAt: new Date(r.last_searched_at),
  }));
}
