import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInfo } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { ArticleAudience, ArticleLanguage, ArticleStatus } from './knowledge.enums';

registerEnumType(ArticleStatus, { name: 'ArticleStatus' });
registerEnumType(ArticleAudience, { name: 'ArticleAudience', description: 'INTERNAL: staff only. PUBLIC: customers too, once published.' });
registerEnumType(ArticleLanguage, { name: 'ArticleLanguage', description: 'Swedish or English; picks the text search configuration.' });

@ObjectType('Article', { implements: NodeInterface, description: 'A knowledge base article: the answer to a kind of case.' })
export class ArticleType extends NodeInterface {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string;

  @Field({ description: 'Markdown source.' })
  body!: string;

  @Field(() => ArticleLanguage)
  language!: ArticleLanguage;

  @Field(() => [String])
  tags!: string[];

  @Field(() => ArticleAudience)
  audience!: ArticleAudience;

  @Field(() => ArticleStatus)
  status!: ArticleStatus;

  @Field(() => String, { nullable: true, description: 'When the owner group should review it, yyyy-MM-dd.' })
  reviewDate?: string;

  @Field(() => Int, { description: 'The current revision number.' })
  revision!: number;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when changing the article.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt?: Date;
}

@ObjectType('ArticleRevision', { description: 'An article as one edit left it.' })
export class ArticleRevisionType {
  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string;

  @Field()
  body!: string;

  @Field(() => [String])
  tags!: string[];

  @Field()
  editedAt!: Date;
}

export const ArticleRevisionConnection = Connection('ArticleRevision', ArticleRevisionType);

export enum DiffOpKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffOpKind, { name: 'DiffOp' });

@ObjectType('DiffPart')
export class DiffPartType {
  @Field(() => DiffOpKind)
  op!: DiffOpKind;

  @Field()
  text!: string;
}

@ObjectType('ArticleFieldDiff')
export class ArticleFieldDiffType {
  @Field({ description: 'title, summary, tags or body (by line).' })
  field!: string;

  @Field(() => [DiffPartType])
  parts!: DiffPartType[];
}

@ObjectType('ArticleDiff', { description: 'What changed between two revisions; unchanged fields are left out.' })
export class ArticleDiffType {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;

  @Field(() => [ArticleFieldDiffType])
  fields!: ArticleFieldDiffType[];
}

@ObjectType('SolvedCases', { description: 'Cases resolved with an article (or a service area\'s articles), by the tier that resolved them.' })
export class SolvedCasesType {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  firstLine!: number;

  @Field(() => Int)
  secondLine!: number;

  @Field(() => Int)
  thirdLine!: number;

  @Field(() => Float, { nullable: true, description: 'Share resolved at the first line, 0 to 1; null without cases.' })
  firstLineRate!: number | null;
}

@ObjectType('ArticleRatings')
export class ArticleRatingsType {
  @Field(() => Int)
  helpful!: number;

  @Field(() => Int)
  notHelpful!: number;
}

@ObjectType('KnowledgeAreaFigures')
export class KnowledgeAreaFiguresType extends SolvedCasesType {
  @Field(() => Int)
  publishedArticles!: number;
}

@ObjectType('KnowledgeHit')
export class KnowledgeHitType {
  @Field()
  cursor!: string;

  @Field(() => ArticleType)
  node!: ArticleType;

  @Field(() => Float, { description: 'Text rank weighted by how often the article solved a case. When not every word matched (and for suggestions): the share of the question the article covers, 0 to 1, plus under 0.0001 for that rank (to order equal shares).' })
  rank!: number;

  @Field({ description: 'Matching passages of the body, HTML-escaped, the query words in <mark>.' })
  snippet!: string;
}

@ObjectType('KnowledgeSearchResult')
export class KnowledgeSearchResultType {
  @Field(() => [KnowledgeHitType])
  edges!: KnowledgeHitType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => String, { nullable: true, description: 'Set when misspelt words were corrected: the query that was run.' })
  correctedQuery!: string | null;
}

@InputType()
export class KnowledgeFilter {
  @Field(() => [ID], { nullable: true })
  serviceAreaIds?: string[];

  @Field(() => ArticleLanguage, { nullable: true })
  language?: ArticleLanguage;

  @Field(() => ArticleAudience, { nullable: true })
  audience?: ArticleAudience;

  @Field(() => [String], { nullable: true, description: 'Articles with all these tags.' })
  tags?: string[];
}

@InputType()
export class ArticleInput {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  body?: string;

  @Field(() => ArticleLanguage, { nullable: true, description: 'Default SV.' })
  language?: ArticleLanguage;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true })
  serviceId?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field(() => ArticleAudience, { nullable: true, description: 'Default INTERNAL.' })
  audience?: ArticleAudience;

  @Field(() => ID, { nullable: true, description: 'Default: your first group.' })
  ownerGroupId?: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What this edit changed (kept with the revision).' })
  note?: string;
}

@ObjectType('ArticlePayload')
export class ArticlePayload {
  @Field(() => ArticleType, { nullable: true })
  article!: ArticleType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
