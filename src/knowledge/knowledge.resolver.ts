import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { payloadOf, type MutationOutcome } from '../platform/graphql/mutation';
import { PageArgsType } from '../platform/graphql/paging';
import { ServiceAreaType, ServiceType, SupportGroupType, UserType } from '../directory/directory.types';
import { expectId, toGlobalId } from '../platform/global-id';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketType } from '../tickets/ticket.types';
import type { Article, ArticleRevision } from './article.entity';
import { knowledgeStats, rateArticle } from './article-links.service';
import * as articles from './article.service';
import { canReadArticle, seesArticleHistory } from './knowledge-access';
import { knowledgeSearch, suggestArticles, suggestedArticles, type SearchHit } from './knowledge-search.service';
import { renderMarkdown } from './markdown';
import { recordSearch } from './search-log.service';
import {
  ArticleDiffType,
  ArticleInput,
  ArticlePayload,
  ArticleRatingsType,
  ArticleRevisionConnection,
  ArticleRevisionType,
  ArticleType,
  KnowledgeAreaFiguresType,
  KnowledgeFilter,
  KnowledgeHitType,
  KnowledgeSearchResultType,
  SolvedCasesType,
} from './knowledge.types';

@ArgsType()
class KnowledgeSearchArgs extends PageArgsType {
  @Field({ description: 'Web-search syntax: words, "a phrase", `or`, -excluded. Any text parses; blank or over 500 characters is BAD_USER_INPUT.' })
  query!: string;

  @Field(() => KnowledgeFilter, { nullable: true, description: 'Narrows the search (service areas, language, audience, tags); everything you may search when omitted.' })
  filter?: KnowledgeFilter;
}

const hitsOut = (hits: SearchHit[]) => hits.map((h, i) => ({ cursor: String(i + 1), node: h.article, rank: h.rank, snippet: h.snippet }));
const payload = (p: Promise<MutationOutcome<Article>>) => payloadOf('article', p);

@Resolver(() => ArticleType)
export class ArticleResolver {
  @Query(() => ArticleType, { nullable: true, description: 'An article by global ID, drafts and archived ones too; null when it does not exist or you may not read it (staff read every article, customers PUBLIC ones that are not drafts).' })
  article(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global ID of an Article.' }) id: string) {
    return articles.findArticle(ctx, expectId(id, 'Article', 'id'));
  }

  @Query(() => KnowledgeSearchResultType, { description: 'Staff and customer users (others FORBIDDEN): full-text search of PUBLISHED articles in Swedish and English; customers get PUBLIC ones only. When fewer than three articles have every word, misspelt words are corrected (correctedQuery) and, if still fewer than three, the articles are ranked by how much of the question they cover.' })
  async knowledgeSearch(@Ctx() ctx: Context, @Args() args: KnowledgeSearchArgs) {
    const result = await knowledgeSearch(ctx, args);
    // Issue 21's search log: each search's first page, for the missing-answers list.
    if (!args.after) await recordSearch(ctx, { query: args.query, filter: args.filter, resultCount: result.hits.length });
    return {
      edges: result.hits.map((h, i) => ({ cursor: result.cursors[i], node: h.article, rank: h.rank, snippet: h.snippet })),
      pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: result.hasPreviousPage, startCursor: result.cursors[0] ?? null, endCursor: result.cursors.at(-1) ?? null },
      correctedQuery: result.correctedQuery,
    };
  }

  @Query(() => [KnowledgeHitType], { description: 'PUBLISHED articles that may answer a ticket, matched on its title and description within its service area, best first; customers get PUBLIC ones only. Ranked as suggestArticles ranks.' })
  async suggestedArticles(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket (ärende); an empty list when you cannot see it.' }) ticketId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many: default 5, at most 20 (21 to 100 give 20; over 100 or negative is BAD_USER_INPUT).' }) first?: number,
  ) {
    return hitsOut(await suggestedArticles(ctx, expectId(ticketId, 'Ticket', 'ticketId'), first));
  }

  @Query(() => [KnowledgeHitType], { description: 'Staff and customer users (others FORBIDDEN): PUBLISHED articles that may answer a text being written (a ticket not yet saved), best first: typos corrected as in knowledgeSearch, ranked by how much of the text each covers. Customers get PUBLIC ones only.' })
  async suggestArticles(
    @Ctx() ctx: Context,
    @Arg('text', { description: 'The text so far, e.g. a title and description; only its first 20,000 characters are used.' }) text: string,
    @Arg('serviceAreaId', () => ID, { nullable: true, description: 'Global ID of a service area to keep to; every area when omitted.' }) serviceAreaId?: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many: default 5, at most 20 (21 to 100 give 20; over 100 or negative is BAD_USER_INPUT).' }) first?: number,
  ) {
    return hitsOut(await suggestArticles(ctx, { text, serviceAreaId: serviceAreaId ? expectId(serviceAreaId, 'ServiceArea', 'serviceAreaId') : null, first }));
  }

  @Query(() => [KnowledgeAreaFiguresType], { description: 'Staff only (agents, specialists, admins, delivery and account managers; others FORBIDDEN): for every service area, its published articles and the cases resolved with its articles by tier, with the first-line resolution rate.' })
  async knowledgeStats(@Ctx() ctx: Context) {
    return knowledgeStats(ctx);
  }

  @Mutation(() => ArticlePayload, { description: 'Agents, specialists and admins (others FORBIDDEN): a new DRAFT, revision 1, with you as author. userErrors: BAD_USER_INPUT (title, body or area missing, a value out of its limits), NOT_FOUND (an unknown service, area or group).' })
  createArticle(@Ctx() ctx: Context, @Arg('input', { description: 'title, body and serviceAreaId or serviceId are required; language defaults to SV, audience to INTERNAL, ownerGroupId to your first group.' }) input: ArticleInput) {
    return payload(articles.createArticle(ctx, input));
  }

  @Mutation(() => ArticlePayload, { description: 'Agents, specialists and admins (others FORBIDDEN): an edit, saved as a new revision. A published or archived article needs the knowledge editor\'s right or admin (else NOT_ALLOWED); the status stays as it is. userErrors: NOT_FOUND (article, service, area or group), CONFLICT (stale expectedVersion), BAD_USER_INPUT (a value out of its limits, or an edit that changes nothing).' })
  updateArticle(
    @Ctx() ctx: Context,
    @Arg('articleId', () => ID, { description: 'Global ID of the article to edit.' }) articleId: string,
    @Arg('expectedVersion', () => Int, { description: 'The article\'s `version` as you read it; CONFLICT when it has changed since.' }) expectedVersion: number,
    @Arg('input', { description: 'Only the fields to change; omitted ones stay as they are. `note` says what the edit changed.' }) input: ArticleInput,
  ) {
    return payload(articles.updateArticle(ctx, articleId, expectedVersion, input));
  }

  @Mutation(() => ArticlePayload, { description: 'Knowledge editor (an agent or specialist with that right) or admin, others FORBIDDEN: publish a draft, or an archived article again, into search (and to customers when PUBLIC); sets publishedAt. userErrors: NOT_FOUND, CONFLICT (stale expectedVersion), INVALID_TRANSITION (already published).' })
  publishArticle(
    @Ctx() ctx: Context,
    @Arg('articleId', () => ID, { description: 'Global ID of the article to publish.' }) articleId: string,
    @Arg('expectedVersion', () => Int, { description: 'The article\'s `version` as you read it; CONFLICT when it has changed since.' }) expectedVersion: number,
  ) {
    return payload(articles.publishArticle(ctx, articleId, expectedVersion));
  }

  @Mutation(() => ArticlePayload, { description: 'Knowledge editor or admin, others FORBIDDEN: take a draft or published article out of search and suggestions; it stays readable by ID or link (by customers only when it was published as PUBLIC and is unchanged since). userErrors: NOT_FOUND, CONFLICT (stale expectedVersion), INVALID_TRANSITION (already archived).' })
  archiveArticle(
    @Ctx() ctx: Context,
    @Arg('articleId', () => ID, { description: 'Global ID of the article to archive.' }) articleId: string,
    @Arg('expectedVersion', () => Int, { description: 'The article\'s `version` as you read it; CONFLICT when it has changed since.' }) expectedVersion: number,
  ) {
    return payload(articles.archiveArticle(ctx, articleId, expectedVersion));
  }

  @Mutation(() => ArticlePayload, { description: 'Agents, specialists and admins (others FORBIDDEN): a Swedish INTERNAL draft from a resolved or closed ticket: its title, its description as the question (Fråga) and its resolution as the answer (Lösning) and summary, in its service area and service, owned by its group, with the ticket as sourceTicket. Drafting again from the same ticket returns the first article. userErrors: NOT_FOUND (a ticket you cannot see), INVALID_TRANSITION (not RESOLVED or CLOSED).' })
  createArticleFromTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID, { description: 'Global ID of the resolved or closed ticket (ärende).' }) ticketId: string) {
    return payload(articles.createArticleFromTicket(ctx, ticketId));
  }

  @Mutation(() => ArticlePayload, { description: 'Agents, specialists and admins (others FORBIDDEN): say whether an article helped with a ticket; one verdict per person, article and ticket, rating again replaces yours. Returns the article. userErrors: NOT_FOUND (an article or ticket you cannot see), INVALID_TRANSITION (a draft).' })
  rateArticle(
    @Ctx() ctx: Context,
    @Arg('articleId', () => ID, { description: 'Global ID of the article, published or archived.' }) articleId: string,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket it was used on; you must be able to see it.' }) ticketId: string,
    @Arg('helpful', { description: 'true: it helped; false: it did not.' }) helpful: boolean,
  ) {
    return payload(rateArticle(ctx, { articleId, ticketId, helpful }));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the article again with `article(id:)` or `node(id:)`.' })
  id(@Root() article: RootOf<Article>) {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => String, { description: 'The body rendered from Markdown to HTML, safe to insert: raw HTML in the source is escaped, and javascript:, vbscript:, file: and non-image data: links are left as plain text.' })
  bodyHtml(@Root() article: RootOf<Article>) {
    return renderMarkdown(article.body);
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area it belongs to: payroll (Lön), finance (Ekonomi) or e-commerce (E-handel); the service\'s area when a service is set.' })
  serviceArea(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(article.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The catalogue service it is about; null when it concerns the service area as a whole.' })
  service(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return article.service ? ctx.loaders.serviceById.load(article.service.id) : null;
  }

  @FieldResolver(() => UserType, { description: 'Who created the article (with createArticle or createArticleFromTicket).' })
  author(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(article.author.id);
  }

  @FieldResolver(() => SupportGroupType, { description: 'The support group responsible for keeping it current: the author\'s first group unless chosen, the ticket\'s group for a draft from a ticket.' })
  ownerGroup(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.groupById.load(article.ownerGroup.id);
  }

  @FieldResolver(() => TicketType, { nullable: true, description: 'Staff only: the ticket it was drafted from with createArticleFromTicket, if you may read it; null otherwise and for customers.' })
  async sourceTicket(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    if (!article.sourceTicket || !seesArticleHistory(requireViewer(ctx))) return null;
    return loadVisibleTicket(ctx, article.sourceTicket.id);
  }

  @FieldResolver(() => ArticleRevisionConnection, { description: 'Its revisions, newest first, paged (first at most 100, default 20). Staff see every one; customers only those since the article last became public content (PUBLIC and not a draft), so earlier internal wording stays hidden.' })
  async revisions(@Root() article: RootOf<Article>, @Ctx() ctx: Context, @Args() args: PageArgsType) {
    return toConnection(await articles.listRevisions(ctx, article, args));
  }

  @FieldResolver(() => ArticleDiffType, { description: 'What changed from one revision to another, among the revisions you may read (see revisions).' })
  diff(
    @Root() article: RootOf<Article>,
    @Ctx() ctx: Context,
    @Arg('from', () => Int, { description: 'Revision number to compare from; one you may read, else BAD_USER_INPUT.' }) from: number,
    @Arg('to', () => Int, { description: 'Revision number to compare to; one you may read. Either order works; equal numbers give no fields.' }) to: number,
  ) {
    return articles.diffArticle(ctx, article, from, to);
  }

  @FieldResolver(() => SolvedCasesType, { description: 'Cases resolved with this article (linked through resolveTicket\'s articleIds), by the tier that resolved them, with its first-line resolution rate.' })
  solvedCases(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.solvedByArticle.load(article.id);
  }

  @FieldResolver(() => ArticleRatingsType, { description: 'Helpful and not-helpful verdicts given on tickets with rateArticle by agents, specialists and admins.' })
  ratings(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.ratingsByArticle.load(article.id);
  }
}

@Resolver(() => ArticleRevisionType)
export class ArticleRevisionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'What the edit changed, in the editor\'s words: staff only.' })
  note(@Root() revision: RootOf<ArticleRevision>, @Ctx() ctx: Context) {
    return seesArticleHistory(requireViewer(ctx)) ? (revision.note ?? null) : null;
  }

  @FieldResolver(() => UserType, { description: 'Who made the edit.' })
  editedBy(@Root() revision: RootOf<ArticleRevision>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(revision.editedBy.id);
  }
}

@Resolver(() => KnowledgeAreaFiguresType)
export class KnowledgeFiguresResolver {
  @FieldResolver(() => ServiceAreaType, { description: 'The service area the figures are for.' })
  serviceArea(@Root() figures: { serviceAreaId: number }, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(figures.serviceAreaId);
  }
}

@Resolver(() => TicketType)
export class TicketArticlesResolver {
  @FieldResolver(() => [ArticleType], { description: 'Knowledge base articles linked when the ticket was resolved (resolveTicket\'s articleIds), in the order linked; only those you may read.' })
  async articles(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return (await ctx.loaders.articlesByTicket.load(ticket.id)).filter((a) => canReadArticle(viewer, a));
  }
}

export const KNOWLEDGE_RESOLVERS = [ArticleResolver, ArticleRevisionResolver, KnowledgeFiguresResolver, TicketArticlesResolver] as const;
