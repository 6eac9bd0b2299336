import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInfo } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { ArticleAudience, ArticleLanguage, ArticleStatus } from './knowledge.enums';

registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Where an article is in its life: written as a draft, published into search, archived out of it. Publishing and archiving need the knowledge editor\'s right (or admin).',
  valuesConfig: {
    DRAFT: { description: 'Being written (every new article starts here): not in search or suggestions, never readable by customers; any agent, specialist or admin may edit it.' },
    PUBLISHED: { description: 'Found by knowledgeSearch and suggestions, and the only status that can be linked when resolving a ticket; only a knowledge editor or admin may change it.' },
    ARCHIVED: { description: 'Out of search and suggestions but still readable by ID or link (by customers only when it was published as PUBLIC and not edited since); publishArticle brings it back.' },
  },
});
registerEnumType(ArticleAudience, {
  name: 'ArticleAudience',
  description: 'Who may read the article: staff only, or customer users too.',
  valuesConfig: {
    INTERNAL: { description: 'The centre\'s staff only (agents, specialists, delivery and account managers, admins). The default for new articles.' },
    PUBLIC: { description: 'Customer users too, once the article is no longer a draft (published, or archived and read by link).' },
  },
});
registerEnumType(ArticleLanguage, {
  name: 'ArticleLanguage',
  description: 'The language of an article\'s text; it picks the full-text search configuration (stemming and stop words) the article is indexed and searched with.',
  valuesConfig: {
    SV: { description: 'Swedish (the default).' },
    EN: { description: 'English.' },
  },
});

@ObjectType('Article', {
  implements: NodeInterface,
  description: 'A knowledge base (kunskapsbas) article: the answer to a kind of case (ärende), written once and looked up by agents and, when PUBLIC, by customers. Staff read every article; customers only PUBLIC ones that are not drafts.',
})
export class ArticleType extends NodeInterface {
  @Field({ description: 'Headline, 3 to 200 characters; weighs most in search.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A short answer for lists and previews, at most 500 characters; null when there is none. Searched with the tags, above the body.' })
  summary?: string;

  @Field({ description: 'The answer as Markdown source, up to 100,000 characters; `bodyHtml` is the same rendered to safe HTML.' })
  body!: string;

  @Field(() => ArticleLanguage, { description: 'Language of the text, which decides how it is indexed for search.' })
  language!: ArticleLanguage;

  @Field(() => [String], { description: 'Keywords, lower-case, unique and sorted (at most 20, each up to 40 characters); searched with the summary and matched exactly by `KnowledgeFilter.tags`.' })
  tags!: string[];

  @Field(() => ArticleAudience, { description: 'Who may read it: staff only (INTERNAL) or customers too (PUBLIC) once it is not a draft.' })
  audience!: ArticleAudience;

  @Field(() => ArticleStatus, { description: 'DRAFT, PUBLISHED or ARCHIVED; only published articles are found by search and suggestions.' })
  status!: ArticleStatus;

  @Field(() => String, { nullable: true, description: 'Calendar date (yyyy-MM-dd) by which the owner group should check the content; null when none is set. Informational: nothing in the API acts on it.' })
  reviewDate?: string;

  @Field(() => Int, { description: 'Number of the current revision: 1 when created, one more for each updateArticle (publishing and archiving do not add one).' })
  revision!: number;

  @Field(() => Int, { description: 'Optimistic lock: pass it as `expectedVersion` to updateArticle, publishArticle and archiveArticle; it changes with every edit and status change, and a stale value gives CONFLICT.' })
  version!: number;

  @Field({ description: 'When the article was created (UTC).' })
  createdAt!: Date;

  @Field({ description: 'When it was last edited, published or archived (UTC); ratings and ticket links do not change it.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last published (UTC); null if it never was. Kept when the article is archived.' })
  publishedAt?: Date;
}

@ObjectType('ArticleRevision', { description: 'An article\'s text (title, summary, body, tags) as one edit left it. Edits of other settings (audience, language, area, owner group, review date) also make a revision, with the text unchanged.' })
export class ArticleRevisionType {
  @Field(() => Int, { description: 'Revision number, 1 for the article as created; the newest equals `Article.revision`.' })
  number!: number;

  @Field({ description: 'The title in this revision.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The summary in this revision; null when it had none.' })
  summary?: string;

  @Field({ description: 'The Markdown body in this revision.' })
  body!: string;

  @Field(() => [String], { description: 'The tags in this revision (lower-case, sorted).' })
  tags!: string[];

  @Field({ description: 'When the edit was saved (UTC).' })
  editedAt!: Date;
}

export const ArticleRevisionConnection = Connection('ArticleRevision', ArticleRevisionType);

export enum DiffOpKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffOpKind, {
  name: 'DiffOp',
  description: 'How a part of a diff relates the `from` revision to the `to` revision.',
  valuesConfig: {
    SAME: { description: 'Text in both revisions.' },
    ADDED: { description: 'Text only in the `to` revision.' },
    REMOVED: { description: 'Text only in the `from` revision.' },
  },
});

@ObjectType('DiffPart', { description: 'A run of text that is the same in both revisions, added or removed.' })
export class DiffPartType {
  @Field(() => DiffOpKind, { description: 'Whether the run is in both revisions, only in `to`, or only in `from`.' })
  op!: DiffOpKind;

  @Field({ description: 'The run\'s text, spaces and line breaks included.' })
  text!: string;
}

@ObjectType('ArticleFieldDiff', { description: 'One changed field between two revisions, as consecutive runs of text.' })
export class ArticleFieldDiffType {
  @Field({ description: '`title`, `summary` or `tags` (compared word by word; tags as one comma-separated list) or `body` (compared line by line).' })
  field!: string;

  @Field(() => [DiffPartType], { description: 'The runs in text order: SAME in both revisions, REMOVED only in `from`, ADDED only in `to` (word-by-word fields ignore changes of spacing).' })
  parts!: DiffPartType[];
}

@ObjectType('ArticleDiff', { description: 'What changed between two revisions; unchanged fields are left out.' })
export class ArticleDiffType {
  @Field(() => Int, { description: 'The revision compared from, as asked.' })
  from!: number;

  @Field(() => Int, { description: 'The revision compared to, as asked.' })
  to!: number;

  @Field(() => [ArticleFieldDiffType], { description: 'The changed fields, in the order title, summary, tags, body; empty when the two texts are equal.' })
  fields!: ArticleFieldDiffType[];
}

@ObjectType('SolvedCases', { description: 'Cases resolved with an article (or a service area\'s articles), by the tier that resolved them.' })
export class SolvedCasesType {
  @Field(() => Int, { description: 'All such cases: firstLine + secondLine + thirdLine.' })
  total!: number;

  @Field(() => Int, { description: 'Resolved at the first line (the Servicedesk).' })
  firstLine!: number;

  @Field(() => Int, { description: 'Resolved at the second line (the production specialists).' })
  secondLine!: number;

  @Field(() => Int, { description: 'Resolved at the third line (external vendors, customer managers).' })
  thirdLine!: number;

  @Field(() => Float, { nullable: true, description: 'Share resolved at the first line, 0 to 1; null without cases.' })
  firstLineRate!: number | null;
}

@ObjectType('ArticleRatings', { description: 'Verdicts on an article given with rateArticle: one per person, article and ticket, the latest counting.' })
export class ArticleRatingsType {
  @Field(() => Int, { description: 'Verdicts that the article helped.' })
  helpful!: number;

  @Field(() => Int, { description: 'Verdicts that it did not help.' })
  notHelpful!: number;
}

@ObjectType('KnowledgeAreaFigures', { description: 'Knowledge base figures of one service area: its published articles, and the cases resolved with any of its articles, by tier. A case resolved with two of the area\'s articles counts twice.' })
export class KnowledgeAreaFiguresType extends SolvedCasesType {
  @Field(() => Int, { description: 'Articles of the area that are PUBLISHED now (drafts and archived ones left out).' })
  publishedArticles!: number;
}

@ObjectType('KnowledgeHit', { description: 'An article found by knowledgeSearch or suggested, with its rank and a snippet.' })
export class KnowledgeHitType {
  @Field({ description: 'In knowledgeSearch: an opaque cursor; pass it as `after` to continue after this hit. In suggestions: the hit\'s position, "1" first, not a paging cursor.' })
  cursor!: string;

  @Field(() => ArticleType, { description: 'The article; always PUBLISHED, and PUBLIC for customers.' })
  node!: ArticleType;

  @Field(() => Float, { description: 'Text rank weighted by how often the article solved a case. When not every word matched (and for suggestions): the share of the question the article covers, 0 to 1, plus under 0.0001 for that rank (to order equal shares).' })
  rank!: number;

  @Field({ description: 'Up to two matching passages of the Markdown body joined by " … ", HTML-escaped, with the query words in <mark>; the body\'s opening words when no passage of the body matches.' })
  snippet!: string;
}

@ObjectType('KnowledgeSearchResult', { description: 'A page of knowledgeSearch hits, best first.' })
export class KnowledgeSearchResultType {
  @Field(() => [KnowledgeHitType], { description: 'The hits of this page, best first.' })
  edges!: KnowledgeHitType[];

  @Field(() => PageInfo, { description: 'Paging: pass `endCursor` as `after` for the next page, which keeps the first page\'s correction and way of ranking.' })
  pageInfo!: PageInfo;

  @Field(() => String, { nullable: true, description: 'Set when misspelt words were corrected: the query that was run.' })
  correctedQuery!: string | null;
}

@InputType({ description: 'Narrows knowledgeSearch; the criteria given must all hold.' })
export class KnowledgeFilter {
  @Field(() => [ID], { nullable: true, description: 'Articles of any of these service areas (ServiceArea global IDs).' })
  serviceAreaIds?: string[];

  @Field(() => ArticleLanguage, { nullable: true, description: 'Articles in this language only.' })
  language?: ArticleLanguage;

  @Field(() => ArticleAudience, { nullable: true, description: 'Articles of this audience only; customers get PUBLIC articles whatever it says.' })
  audience?: ArticleAudience;

  @Field(() => [String], { nullable: true, description: 'Articles having all these tags (case-insensitive; only the first 20 are used).' })
  tags?: string[];
}

@InputType({ description: 'An article\'s content and settings, for createArticle and updateArticle. On create, title, body and serviceAreaId or serviceId are required; on update, omitted fields (and null, except for summary and reviewDate, where null clears) stay as they are. Out-of-limit values give BAD_USER_INPUT naming the field.' })
export class ArticleInput {
  @Field(() => String, { nullable: true, description: 'Headline, 3 to 200 characters after trimming; required on create.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'Short answer for lists, at most 500 characters; null or blank removes it.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'The answer in Markdown, 1 to 100,000 characters; required on create.' })
  body?: string;

  @Field(() => ArticleLanguage, { nullable: true, description: 'Language of the text; SV when created without one.' })
  language?: ArticleLanguage;

  @Field(() => ID, { nullable: true, description: 'Global ID of the service area (payroll, finance or e-commerce). Moving an article to another area clears its service unless serviceId names one of that area; a serviceId of another area gives BAD_USER_INPUT, an unknown area NOT_FOUND.' })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of the catalogue service the article is about; it also sets the service area. Unknown: NOT_FOUND.' })
  serviceId?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces all tags: at most 20, each 1 to 40 characters; stored lower-case, without duplicates, sorted.' })
  tags?: string[];

  @Field(() => ArticleAudience, { nullable: true, description: 'Who may read it; INTERNAL when created without one.' })
  audience?: ArticleAudience;

  @Field(() => ID, { nullable: true, description: 'Global ID of the support group that owns the article; on create it defaults to your first group (required when you belong to none). Unknown: NOT_FOUND.' })
  ownerGroupId?: string;

  @Field(() => String, { nullable: true, description: 'Review date, yyyy-MM-dd (an existing calendar date); null clears it.' })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What this edit changed, at most 500 characters, kept with the revision and shown to staff only ("skapad" on create when omitted).' })
  note?: string;
}

@ObjectType('ArticlePayload', { description: 'The outcome of an article mutation: the article, or the reasons nothing changed.' })
export class ArticlePayload {
  @Field(() => ArticleType, { nullable: true, description: 'The article as the mutation left it; null when userErrors is not empty.' })
  article!: ArticleType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. Each mutation lists its codes.' })
  userErrors!: UserError[];
}

export const ArticleConnection = Connection('Article', ArticleType);
