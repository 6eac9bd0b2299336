import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { PageArgsType } from '../platform/graphql/paging';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { ViewerType } from '../directory/directory.types';
import type { Article } from './article.entity';
import { ArticleAction, articleActions } from './article-actions';
import { listArticles } from './article-list.service';
import { canPublishArticles, canWriteArticles } from './knowledge-access';
import { ArticleStatus } from './knowledge.enums';
import { ArticleConnection, ArticleType } from './knowledge.types';

registerEnumType(ArticleAction, {
  name: 'ArticleAction',
  description: 'Something the viewer may do with an article now; each is one mutation, allowed by the same rule that mutation checks.',
  valuesConfig: {
    EDIT: { description: 'updateArticle: any agent, specialist or admin on a draft; a knowledge editor or admin on a published or archived article.' },
    PUBLISH: { description: 'publishArticle: a knowledge editor or admin, on a draft or archived article.' },
    ARCHIVE: { description: 'archiveArticle: a knowledge editor or admin, on a draft or published article.' },
    RATE: { description: 'rateArticle: an agent, specialist or admin, on a published or archived article (from a ticket).' },
  },
});

@ArgsType()
class ArticlesArgs extends PageArgsType {
  @Field(() => ArticleStatus, { description: 'The status to list: DRAFT, PUBLISHED or ARCHIVED.' })
  status!: ArticleStatus;

  @Field(() => [ID], { nullable: true, description: 'Articles of any of these service areas (ServiceArea global IDs); every area when omitted or empty.' })
  serviceAreaIds?: string[];
}

@Resolver(() => ArticleType)
export class ArticleActionsResolver {
  @Query(() => ArticleConnection, { description: 'Staff only (others FORBIDDEN): the articles of one status, last edited first, paged (first at most 100, default 20). Search finds published articles; this lists drafts and archived ones too.' })
  async articles(@Ctx() ctx: Context, @Args() args: ArticlesArgs) {
    return toConnection(await listArticles(ctx, args));
  }

  @FieldResolver(() => [ArticleAction], { description: 'What you may do with the article now (edit, publish, archive, rate), in that order; the console shows only these buttons.' })
  availableActions(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return articleActions(requireViewer(ctx), article.status);
  }
}

@Resolver(() => ViewerType)
export class ViewerKnowledgeResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you may write knowledge base drafts (createArticle, createArticleFromTicket): agents, specialists and admins.' })
  writesArticles(@Ctx() ctx: Context) {
    return canWriteArticles(requireViewer(ctx));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you have the knowledge editor\'s right (or are admin): publish, archive and edit published articles.' })
  publishesArticles(@Ctx() ctx: Context) {
    return canPublishArticles(requireViewer(ctx));
  }
}

export const ARTICLE_ACTION_RESOLVERS = [ArticleActionsResolver, ViewerKnowledgeResolver] as const;
