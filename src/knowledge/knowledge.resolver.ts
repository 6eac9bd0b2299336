import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { payloadOf, type MutationOutcome } from '../mutation';
import { PageArgsType } from '../directory/directory.resolver';
import { ServiceAreaType, ServiceType, SupportGroupType, UserType } from '../directory/directory.types';
import { expectId, toGlobalId } from '../platform/global-id';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { loadVisibleTicket, requireViewer } from '../tickets/ticket-query.service';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketType } from '../tickets/ticket.types';
import type { Article, ArticleRevision } from './article.entity';
import { knowledgeStats, rateArticle } from './article-links.service';
import * as articles from './article.service';
import { canReadArticle, seesArticleHistory } from './knowledge-access';
import { knowledgeSearch, suggestArticles, suggestedArticles, type SearchHit } from './knowledge-search.service';
import { renderMarkdown } from './markdown';
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
  @Field({ description: 'Words, "a phrase", `or`, -excluded: any text is a valid query.' })
  query!: string;

  @Field(() => KnowledgeFilter, { nullable: true })
  filter?: KnowledgeFilter;
}

const hitsOut = (hits: SearchHit[]) => hits.map((h, i) => ({ cursor: String(i + 1), node: h.article, rank: h.rank, snippet: h.snippet }));
const payload = (p: Promise<MutationOutcome<Article>>) => payloadOf('article', p);

@Resolver(() => ArticleType)
export class ArticleResolver {
  @Query(() => ArticleType, { nullable: true, description: 'An article by ID (archived ones too), if you may read it.' })
  article(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return articles.findArticle(ctx, expectId(id, 'Article', 'id'));
  }

  @Query(() => KnowledgeSearchResultType, { description: 'Full-text search of published articles in Swedish and English; customers see public ones. When fewer than three articles have every word, misspelt words are corrected (correctedQuery) and the articles are ranked by how much of the question they cover.' })
  async knowledgeSearch(@Ctx() ctx: Context, @Args() args: KnowledgeSearchArgs) {
    const result = await knowledgeSearch(ctx, args);
    return {
      edges: result.hits.map((h, i) => ({ cursor: result.cursors[i], node: h.article, rank: h.rank, snippet: h.snippet })),
      pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: result.hasPreviousPage, startCursor: result.cursors[0] ?? null, endCursor: result.cursors.at(-1) ?? null },
      correctedQuery: result.correctedQuery,
    };
  }

  @Query(() => [KnowledgeHitType], { description: "Articles that may answer a ticket: its title and description, within its service area." })
  async suggestedArticles(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('first', () => Int, { nullable: true }) first?: number) {
    return hitsOut(await suggestedArticles(ctx, expectId(ticketId, 'Ticket', 'ticketId'), first));
  }

  @Query(() => [KnowledgeHitType], { description: 'Articles that may answer a text being written (a ticket not yet saved): typos corrected as in knowledgeSearch, ranked by how much of the text each covers.' })
  async suggestArticles(
    @Ctx() ctx: Context,
    @Arg('text') text: string,
    @Arg('serviceAreaId', () => ID, { nullable: true }) serviceAreaId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return hitsOut(await suggestArticles(ctx, { text, serviceAreaId: serviceAreaId ? expectId(serviceAreaId, 'ServiceArea', 'serviceAreaId') : null, first }));
  }

  @Query(() => [KnowledgeAreaFiguresType], { description: 'Per service area: published articles, cases solved with them, the first-line resolution rate.' })
  async knowledgeStats(@Ctx() ctx: Context) {
    return knowledgeStats(ctx);
  }

  @Mutation(() => ArticlePayload, { description: 'A new draft (revision 1).' })
  createArticle(@Ctx() ctx: Context, @Arg('input') input: ArticleInput) {
    return payload(articles.createArticle(ctx, input));
  }

  @Mutation(() => ArticlePayload, { description: 'An edit: a new revision. A published article needs the knowledge editor\'s right.' })
  updateArticle(@Ctx() ctx: Context, @Arg('articleId', () => ID) articleId: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Arg('input') input: ArticleInput) {
    return payload(articles.updateArticle(ctx, articleId, expectedVersion, input));
  }

  @Mutation(() => ArticlePayload, { description: 'Knowledge editor or admin: publish a draft (or an archived article again).' })
  publishArticle(@Ctx() ctx: Context, @Arg('articleId', () => ID) articleId: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return payload(articles.publishArticle(ctx, articleId, expectedVersion));
  }

  @Mutation(() => ArticlePayload, { description: 'Knowledge editor or admin: out of search, still readable by link.' })
  archiveArticle(@Ctx() ctx: Context, @Arg('articleId', () => ID) articleId: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return payload(articles.archiveArticle(ctx, articleId, expectedVersion));
  }

  @Mutation(() => ArticlePayload, { description: 'A draft from a resolved ticket: its question and resolution, linked to it.' })
  createArticleFromTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string) {
    return payload(articles.createArticleFromTicket(ctx, ticketId));
  }

  @Mutation(() => ArticlePayload, { description: 'Rate an article helpful or not from a ticket (rating again changes it).' })
  rateArticle(@Ctx() ctx: Context, @Arg('articleId', () => ID) articleId: string, @Arg('ticketId', () => ID) ticketId: string, @Arg('helpful') helpful: boolean) {
    return payload(rateArticle(ctx, { articleId, ticketId, helpful }));
  }

  @FieldResolver(() => ID)
  id(@Root() article: RootOf<Article>) {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => String, { description: 'The body rendered to HTML; raw HTML in the source is escaped.' })
  bodyHtml(@Root() article: RootOf<Article>) {
    return renderMarkdown(article.body);
  }

  @FieldResolver(() => ServiceAreaType)
  serviceArea(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(article.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true })
  service(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return article.service ? ctx.loaders.serviceById.load(article.service.id) : null;
  }

  @FieldResolver(() => UserType)
  author(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(article.author.id);
  }

  @FieldResolver(() => SupportGroupType)
  ownerGroup(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.groupById.load(article.ownerGroup.id);
  }

  @FieldResolver(() => TicketType, { nullable: true, description: 'Staff only: the ticket it was drafted from, if you may read it.' })
  async sourceTicket(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    if (!article.sourceTicket || !seesArticleHistory(requireViewer(ctx))) return null;
    return loadVisibleTicket(ctx, article.sourceTicket.id);
  }

  @FieldResolver(() => ArticleRevisionConnection, { description: 'Every edit, newest first. Staff see all; customers only those since the article was last published as public content.' })
  async revisions(@Root() article: RootOf<Article>, @Ctx() ctx: Context, @Args() args: PageArgsType) {
    return toConnection(await articles.listRevisions(ctx, article, args));
  }

  @FieldResolver(() => ArticleDiffType, { description: 'What changed from one revision to another, among the revisions you may read (see revisions).' })
  diff(@Root() article: RootOf<Article>, @Ctx() ctx: Context, @Arg('from', () => Int) from: number, @Arg('to', () => Int) to: number) {
    return articles.diffArticle(ctx, article, from, to);
  }

  @FieldResolver(() => SolvedCasesType, { description: 'Cases resolved with this article, by tier: its first-line resolution rate.' })
  solvedCases(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return ctx.loaders.solvedByArticle.load(article.id);
  }

  @FieldResolver(() => ArticleRatingsType, { description: "Agents' verdicts given from tickets." })
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

  @FieldResolver(() => UserType)
  editedBy(@Root() revision: RootOf<ArticleRevision>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(revision.editedBy.id);
  }
}

@Resolver(() => KnowledgeAreaFiguresType)
export class KnowledgeFiguresResolver {
  @FieldResolver(() => ServiceAreaType)
  serviceArea(@Root() figures: { serviceAreaId: number }, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(figures.serviceAreaId);
  }
}

@Resolver(() => TicketType)
export class TicketArticlesResolver {
  @FieldResolver(() => [ArticleType], { description: 'Knowledge base articles used to resolve the ticket (those you may read).' })
  async articles(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return (await ctx.loaders.articlesByTicket.load(ticket.id)).filter((a) => canReadArticle(viewer, a));
  }
}

export const KNOWLEDGE_RESOLVERS = [ArticleResolver, ArticleRevisionResolver, KnowledgeFiguresResolver, TicketArticlesResolver] as const;
