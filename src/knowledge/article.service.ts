import { LockMode } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { SupportGroup } from '../directory/support-group.entity';
import type { Viewer } from '../platform/auth/viewer';
import { runMutation } from '../platform/graphql/mutation';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../platform/pagination';
import { canRead } from '../tickets/ticket-access';
import { dateInput, optionalText, text } from '../tickets/ticket-input';
import { scopeOf } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { Ticket } from '../tickets/ticket.entity';
import { ACTIVE_STATUSES } from '../tickets/workflow';
import { Article, ArticleRevision } from './article.entity';
import { canPublishArticles, canReadArticle, canWriteArticles, firstReadableRevision, nextPublicFrom, type ArticleSpanState } from './knowledge-access';
import { ArticleAudience, ArticleLanguage, ArticleStatus } from './knowledge.enums';
import { diffRevisions } from './revision-diff';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { ticketError, TicketErrorCode } from '../tickets/ticket.errors';
import { knowledgeError, KnowledgeErrorCode } from './knowledge.errors';
import { countRevisions, revisionPage } from './knowledge.sql';

export const ARTICLE_LIMITS = { title: 200, summary: 500, body: 100_000, tag: 40, tags: 20, note: 500 } as const;

export interface ArticleInputValue {
  title?: string | null;
  summary?: string | null;
  body?: string | null;
  language?: ArticleLanguage | null;
  serviceAreaId?: string | null;
  serviceId?: string | null;
  tags?: string[] | null;
  audience?: ArticleAudience | null;
  ownerGroupId?: string | null;
  /** yyyy-MM-dd */
  reviewDate?: string | null;
  /** What this edit changed, kept with the revision. */
  note?: string | null;
}

/** An article if the viewer may read it, else null (no existence leak). */
export async function findArticle(ctx: Context, id: number): Promise<Article | null> {
  const viewer = requireViewer(ctx);
  const article = await ctx.em.findOne(Article, { id });
  return article && canReadArticle(viewer, article) ? article : null;
}

function requireWriter(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (!canWriteArticles(viewer)) throw forbidden('your role may not write knowledge base articles');
  return viewer;
}

const tagsOf = (tags: string[]): string[] => {
  if (tags.length > ARTICLE_LIMITS.tags) throw knowledgeError(KnowledgeErrorCode.ARTICLE_TAGS_TOO_MANY, { max: ARTICLE_LIMITS.tags });
  const clean = [...new Set(tags.map((t, i) => text(t, ['input', 'tags', String(i)], 1, ARTICLE_LIMITS.tag).toLowerCase()))];
  return clean.sort();
};

/** Applies the input's fields to the article (checked); what a create requires is checked by the caller. */
async function applyInput(tx: Context, article: Article, input: ArticleInputValue): Promise<void> {
  if (input.title !== undefined && input.title !== null) article.title = text(input.title, ['input', 'title'], 3, ARTICLE_LIMITS.title);
  if (input.summary !== undefined) article.summary = optionalText(input.summary, ['input', 'summary'], ARTICLE_LIMITS.summary);
  if (input.body !== undefined && input.body !== null) article.body = text(input.body, ['input', 'body'], 1, ARTICLE_LIMITS.body);
  if (input.language) article.language = input.language;
  if (input.audience) article.audience = input.audience;
  if (input.tags) article.tags = tagsOf(input.tags);
  if (input.reviewDate !== undefined) {
    article.reviewDate = input.reviewDate === null ? undefined : dateInput(input.reviewDate, 'input', 'reviewDate');
  }
  if (input.serviceId) {
    const service = await tx.em.findOne(Service, expectId(input.serviceId, 'Service', 'input', 'serviceId'));
    if (!service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: ['input', 'serviceId'] });
    article.service = service;
    article.serviceArea = service.area;
  }
  if (input.serviceAreaId) {
    const area = await tx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId'));
    if (!area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    if (article.service && article.service.area.id !== area.id) {
      if (input.serviceId) throw directoryError(DirectoryErrorCode.SERVICE_OUTSIDE_AREA, { field: ['input', 'serviceId'] });
      article.service = undefined;
    }
    article.serviceArea = area;
  }
  if (input.ownerGroupId) {
    const group = await tx.em.findOne(SupportGroup, expectId(input.ownerGroupId, 'SupportGroup', 'input', 'ownerGroupId'));
    if (!group) throw directoryError(DirectoryErrorCode.GROUP_NOT_FOUND, { field: ['input', 'ownerGroupId'] });
    article.ownerGroup = group;
  }
}

function recordRevision(tx: Context, article: Article, viewer: Viewer, note?: string): void {
  tx.em.create(ArticleRevision, {
    article,
    number: article.revision,
    title: article.title,
    summary: article.summary,
    body: article.body,
    tags: article.tags,
    editedBy: viewer.userId,
    editedAt: tx.clock.now(),
    note,
  } as never);
}

/** A new draft, revision 1. The owner group defaults to the author's first group. */
export function createArticle(ctx: Context, input: ArticleInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireWriter(tx);
    const note = optionalText(input.note, ['input', 'note'], ARTICLE_LIMITS.note);
    const now = tx.clock.now();
    const article = tx.em.create(Article, {
      language: ArticleLanguage.SV,
      audience: ArticleAudience.INTERNAL,
      status: ArticleStatus.DRAFT,
      author: viewer.userId,
      tags: [],
      revision: 1,
      solvedCount: 0,
      createdAt: now,
      updatedAt: now,
    } as never) as Article;
    if (!input.title) throw knowledgeError(KnowledgeErrorCode.ARTICLE_TITLE_REQUIRED);
    if (!input.body) throw knowledgeError(KnowledgeErrorCode.ARTICLE_BODY_REQUIRED);
    if (!input.serviceAreaId && !input.serviceId) throw knowledgeError(KnowledgeErrorCode.ARTICLE_SERVICE_REQUIRED);
    await applyInput(tx, article, input);
    if (!article.ownerGroup) {
      const groupId = viewer.groupIds[0];
      if (!groupId && !input.ownerGroupId) throw knowledgeError(KnowledgeErrorCode.ARTICLE_OWNER_GROUP_REQUIRED);
      article.ownerGroup = tx.em.getReference(SupportGroup, groupId);
    }
    recordRevision(tx, article, viewer, note ?? 'skapad');
    return article;
  });
}

async function lockArticle(tx: Context, articleId: string, expectedVersion?: number | null): Promise<Article> {
  const viewer = requireViewer(tx);
  const article = await tx.em.findOne(Article, { id: expectId(articleId, 'Article', 'articleId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!article || !canReadArticle(viewer, article)) throw knowledgeError(KnowledgeErrorCode.ARTICLE_NOT_FOUND, { field: ['articleId'] });
  if (expectedVersion !== undefined && expectedVersion !== null && article.version !== expectedVersion)
    throw knowledgeError(KnowledgeErrorCode.ARTICLE_STALE_VERSION, { actual: article.version, expected: expectedVersion });
  return article;
}

const spanState = (a: Article): ArticleSpanState => ({ audience: a.audience, status: a.status, revision: a.revision, publicFromRevision: a.publicFromRevision });

/** After a change: what customers may read of the article now (the trigger keeps the same in the database). */
function keepPublicSpan(article: Article, before: ArticleSpanState): void {
  article.publicFromRevision = nextPublicFrom(before, spanState(article));
}

/**
 * An edit: a new revision with the whole text. Drafts are anyone's who writes; a published (or
 * archived) article is changed only with the knowledge editor's right, since customers may read it.
 */
export function updateArticle(ctx: Context, articleId: string, expectedVersion: number, input: ArticleInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireWriter(tx);
    const article = await lockArticle(tx, articleId, expectedVersion);
    const span = spanState(article);
    if (article.status !== ArticleStatus.DRAFT && !canPublishArticles(viewer))
      throw knowledgeError(KnowledgeErrorCode.ARTICLE_EDIT_NEEDS_EDITOR);
    const note = optionalText(input.note, ['input', 'note'], ARTICLE_LIMITS.note);
    const before = JSON.stringify([article.title, article.summary, article.body, article.tags, article.language, article.audience, article.serviceArea.id, article.service?.id, article.ownerGroup.id, article.reviewDate]);
    await applyInput(tx, article, input);
    const after = JSON.stringify([article.title, article.summary, article.body, article.tags, article.language, article.audience, article.serviceArea.id, article.service?.id, article.ownerGroup.id, article.reviewDate]);
    if (before === after) throw knowledgeError(KnowledgeErrorCode.ARTICLE_EDIT_CHANGES_NOTHING);
    article.revision += 1;
    article.updatedAt = tx.clock.now();
    keepPublicSpan(article, span);
    recordRevision(tx, article, viewer, note);
    return article;
  });
}

/** Publishing (from a draft, or back from the archive) needs the knowledge editor's right or admin. */
export function publishArticle(ctx: Context, articleId: string, expectedVersion: number) {
  return setStatus(ctx, articleId, expectedVersion, ArticleStatus.PUBLISHED, [ArticleStatus.DRAFT, ArticleStatus.ARCHIVED]);
}

/** Archiving takes the article out of search; it stays readable by link. */
export function archiveArticle(ctx: Context, articleId: string, expectedVersion: number) {
  return setStatus(ctx, articleId, expectedVersion, ArticleStatus.ARCHIVED, [ArticleStatus.DRAFT, ArticleStatus.PUBLISHED]);
}

function setStatus(ctx: Context, articleId: string, expectedVersion: number, to: ArticleStatus, from: ArticleStatus[]) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    if (!canPublishArticles(viewer)) throw forbidden('publishing and archiving need the knowledge editor\'s right');
    const article = await lockArticle(tx, articleId, expectedVersion);
    if (!from.includes(article.status)) throw knowledgeError(KnowledgeErrorCode.ARTICLE_INVALID_TRANSITION, { status: article.status, to });
    const span = spanState(article);
    article.status = to;
    keepPublicSpan(article, span);
    const now = tx.clock.now();
    article.updatedAt = now;
    if (to === ArticleStatus.PUBLISHED) article.publishedAt = now;
    return article;
  });
}

/**
 * Drafts an article from a resolved (or closed) ticket: its title, its question and its resolution,
 * in its service area, linked to it. Drafting twice from one ticket returns the first draft.
 */
export function createArticleFromTicket(ctx: Context, ticketId: string) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireWriter(tx);
    const ticket = await tx.em.findOne(Ticket, { id: expectId(ticketId, 'Ticket', 'ticketId') });
    if (!ticket || !canRead(viewer, scopeOf(ticket))) throw ticketError(TicketErrorCode.TICKET_NOT_FOUND);
    if (ACTIVE_STATUSES.includes(ticket.status)) throw knowledgeError(KnowledgeErrorCode.ARTICLE_FROM_OPEN_TICKET);
    const existing = await tx.em.findOne(Article, { sourceTicket: ticket.id });
    if (existing) return existing;
    const now = tx.clock.now();
    const resolution = ticket.resolution ?? '';
    const article = tx.em.create(Article, {
      title: ticket.title.length >= 3 ? ticket.title : `Ärende ${ticket.number}`,
      summary: resolution.length > 0 ? resolution.slice(0, ARTICLE_LIMITS.summary) : undefined,
      body: `## Fråga\n\n${ticket.description}\n\n## Lösning\n\n${resolution}\n\n_Från ärende ${ticket.number}._\n`,
      language: ArticleLanguage.SV,
      serviceArea: ticket.serviceArea,
      service: ticket.service,
      tags: [],
      audience: ArticleAudience.INTERNAL,
      status: ArticleStatus.DRAFT,
      author: viewer.userId,
      ownerGroup: ticket.group,
      sourceTicket: ticket,
      revision: 1,
      solvedCount: 0,
      createdAt: now,
      updatedAt: now,
    } as never) as Article;
    recordRevision(tx, article, viewer, `från ärende ${ticket.number}`);
    return article;
  });
}

/**
 * The first revision the viewer may read of the article (null: none), from the span the article was
 * read with: the same value `canReadArticle` judged it by, which the service keeps on every change.
 */
function readableFrom(ctx: Context, article: Pick<Article, 'publicFromRevision'>): number | null {
  return firstReadableRevision(requireViewer(ctx), article.publicFromRevision ?? null);
}

/** The article's revisions the viewer may read, newest first. */
export async function listRevisions(ctx: Context, article: Pick<Article, 'id' | 'publicFromRevision'>, args: PageArgs) {
  const limit = pageSize(args.first);
  const lowest = readableFrom(ctx, article);
  if (lowest === null) return toPage([] as ArticleRevision[], limit, args.after, (r) => encodeCursor([r.number]), async () => 0);
  const count = countRevisions(ctx.em, article.id, lowest);
  const before = args.after ? Number(decodeCursor(args.after, ['int'])[0]) : null;
  const rows = await revisionPage(ctx.em, article.id, lowest, before, limit + 1);
  return toPage(rows, limit, args.after, (r) => encodeCursor([r.number]), count);
}

/** What changed from revision `from` to revision `to` (either order), among those the viewer may read. */
export async function diffArticle(ctx: Context, article: Pick<Article, 'id' | 'revision' | 'publicFromRevision'>, from: number, to: number) {
  const lowest = readableFrom(ctx, article) ?? article.revision + 1;
  const range = lowest <= article.revision ? `${lowest} to ${article.revision}` : 'none you may read';
  for (const [n, field] of [[from, 'from'], [to, 'to']] as const)
    if (!Number.isInteger(n) || n < lowest || n > article.revision) throw knowledgeError(KnowledgeErrorCode.REVISION_OUT_OF_RANGE, { field, range });
  const rows = await ctx.em.find(ArticleRevision, { article: article.id, number: { $in: [from, to] } });
  const a = rows.find((r) => r.number === from)!;
  const b = rows.find((r) => r.number === to)!;
  return { from, to, fields: diffRevisions(a, b) };
}
