import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Tier } from '../directory/directory.enums';
import { ServiceArea, Service } from '../directory/service-area.entity';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { Ticket } from '../tickets/ticket.entity';
import { ArticleAudience, ArticleLanguage, ArticleStatus } from './knowledge.enums';
import type { Versioned } from '../platform/errors';
import { compoundParts } from './compounds';

/**
 * A knowledge base article: the answer to a kind of case. `search` is a stored generated tsvector
 * (title weighted A, summary and tags B, body C) in the article's language's configuration, and
 * `search_head` the same without the body; the functions `kb_head` and `kb_document` are in the
 * migration.
 */
@Entity({ tableName: 'kb_article' })
@Index({ name: 'kb_article_search_sv_idx', expression: `create index "kb_article_search_sv_idx" on "kb_article" using gin ("search") with (fastupdate = off) where "language" = 'SV'` })
@Index({ name: 'kb_article_search_en_idx', expression: `create index "kb_article_search_en_idx" on "kb_article" using gin ("search") with (fastupdate = off) where "language" = 'EN'` })
@Index({ name: 'kb_article_search_head_sv_idx', expression: `create index "kb_article_search_head_sv_idx" on "kb_article" using gin ("search_head") with (fastupdate = off) where "language" = 'SV'` })
@Index({ name: 'kb_article_search_head_en_idx', expression: `create index "kb_article_search_head_en_idx" on "kb_article" using gin ("search_head") with (fastupdate = off) where "language" = 'EN'` })
@Index({ name: 'kb_article_area_status_idx', properties: ['serviceArea', 'status'] })
export class Article {
  /** How a stale version of it answers (CONFLICT): `staleVersion` in platform/errors.ts. */
  static readonly versioned: Versioned = { noun: 'article', expectedVersionField: ['expectedVersion'] };

  @PrimaryKey()
  id!: number;

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 500, nullable: true })
  summary?: string;

  /** Markdown. */
  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => ArticleLanguage, nativeEnumName: 'article_language' })
  language!: ArticleLanguage;

  @ManyToOne(() => ServiceArea)
  serviceArea!: ServiceArea;

  @ManyToOne(() => Service, { nullable: true })
  service?: Service;

  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @Enum({ items: () => ArticleAudience, nativeEnumName: 'article_audience' })
  audience!: ArticleAudience;

  @Enum({ items: () => ArticleStatus, nativeEnumName: 'article_status' })
  status!: ArticleStatus;

  @ManyToOne(() => User)
  author!: User;

  @ManyToOne(() => SupportGroup)
  ownerGroup!: SupportGroup;

  @Property({ type: 'date', nullable: true })
  reviewDate?: string;

  /** The resolved ticket it was drafted from (createArticleFromTicket). */
  @ManyToOne(() => Ticket, { nullable: true })
  sourceTicket?: Ticket;

  /** The current revision's number. */
  @Property({ default: 1 })
  revision: number = 1;

  /**
   * The first revision customers may read (`nextPublicFrom` in knowledge-access.ts): set by the
   * service on every change and kept by the trigger `kb_public_span` on every write (the seed and
   * raw SQL too); null while the article is not public content.
   */
  @Property({ type: 'integer', nullable: true, hidden: true })
  publicFromRevision?: number | null;

  /** Cases resolved with this article: kept with each link, weighs in the ranking. */
  @Property({ default: 0 })
  solvedCount: number = 0;

  /** The Swedish compound parts of the title, summary and tags (compounds.ts), indexed with them; set on every write. */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  headParts?: string | null;

  /** The Swedish compound parts of the body, indexed with it. */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  bodyParts?: string | null;

  /** Title, summary and tags (and their compound parts) only: the first part of the ranking (small, so cheap to rank). */
  @Property({ columnType: 'tsvector', generated: '(kb_head(language, title, summary, tags, head_parts)) stored', lazy: true, hidden: true, nullable: true })
  searchHead?: unknown;

  @Property({ columnType: 'tsvector', generated: '(kb_document(language, title, summary, tags, body, head_parts, body_parts)) stored', lazy: true, hidden: true, nullable: true })
  search?: unknown;

  /** Keeps the compound parts in step with the text (the seed and raw SQL call fillCompoundParts). */
  @BeforeCreate()
  @BeforeUpdate()
  indexCompounds(): void {
    this.headParts = this.language === ArticleLanguage.SV ? compoundParts(`${this.title} ${this.summary ?? ''} ${this.tags.join(' ')}`) : '';
    this.bodyParts = this.language === ArticleLanguage.SV ? compoundParts(this.body) : '';
  }

  @Property({ length: 3 })
  createdAt!: Date;

  @Property({ length: 3 })
  updatedAt!: Date;

  @Property({ length: 3, nullable: true })
  publishedAt?: Date;

  /** Optimistic lock: edits carry the version they read. */
  @Property({ version: true })
  version!: number;
}

/** Every edit of an article, kept whole: revisions and diffs between any two. */
@Entity({ tableName: 'kb_revision' })
@Unique({ properties: ['article', 'number'] })
export class ArticleRevision {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Article)
  article!: Article;

  @Property()
  number!: number;

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 500, nullable: true })
  summary?: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @ManyToOne(() => User)
  editedBy!: User;

  @Property({ length: 3 })
  editedAt!: Date;

  @Property({ length: 500, nullable: true })
  note?: string;
}

/** An article used to resolve a ticket, with the tier that resolved it. */
@Entity({ tableName: 'kb_ticket_link' })
@Unique({ properties: ['ticket', 'article'] })
@Index({ properties: ['article', 'tier'] })
export class ArticleTicketLink {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @ManyToOne(() => Article)
  article!: Article;

  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  @ManyToOne(() => User)
  linkedBy!: User;

  @Property({ length: 3 })
  linkedAt!: Date;
}

/** An agent's verdict on an article, given from a ticket: one per agent, article and ticket. */
@Entity({ tableName: 'kb_rating' })
@Unique({ properties: ['article', 'ticket', 'user'] })
export class ArticleRating {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Article)
  @Index()
  article!: Article;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @ManyToOne(() => User)
  user!: User;

  @Property()
  helpful!: boolean;

  @Property({ length: 3 })
  at!: Date;
}

/**
 * The words of article titles, summaries and tags (lower-case), kept by a trigger on kb_article:
 * a misspelt search word is corrected to its nearest neighbour here (pg_trgm similarity).
 */
@Entity({ tableName: 'kb_word' })
@Index({ name: 'kb_word_trgm_idx', expression: `create index "kb_word_trgm_idx" on "kb_word" using gist ("word" gist_trgm_ops)` })
export class KnowledgeWord {
  @PrimaryKey({ length: 60 })
  word!: string;
}

/**
 * How many articles of a language have a lexeme in their search document (the empty lexeme: how
 * many articles the language has), kept by statement triggers on kb_article
 * (Migration20261130120000_KnowledgeLexemes): the engine's rarity weights, read by key.
 */
@Entity({ tableName: 'kb_lexeme' })
export class KnowledgeLexeme {
  @Enum({ items: () => ArticleLanguage, nativeEnumName: 'article_language', primary: true })
  language!: ArticleLanguage;

  @PrimaryKey({ type: 'text' })
  lexeme!: string;

  @Property({ default: 0 })
  df: number = 0;
}
