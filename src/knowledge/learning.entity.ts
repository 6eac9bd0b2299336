import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { Ticket } from '../tickets/ticket.entity';
import { Article } from './article.entity';
import { ArticleLanguage } from './knowledge.enums';

/**
 * A word a resolved case taught an article (learned-terms.service.ts): a lexeme of the case's own
 * words (title, description, the requester's public comments) in the article's language, learned
 * for the case's agency when the article was linked to it. Never shown to anyone: it only weighs in
 * search, for staff and for that agency's customers, its weight halving every LEARNED_HALF_LIFE_DAYS
 * from `learnedAt` (computed at query time). One row per article, case and lexeme.
 */
@Entity({ tableName: 'kb_learned_term' })
@Unique({ properties: ['article', 'ticket', 'lexeme'] })
@Index({ name: 'kb_learned_term_lexeme_idx', properties: ['lexeme', 'agency'] })
export class LearnedTerm {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Article)
  article!: Article;

  /** The case's agency; null for a case without one (then only staff searches use it). */
  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  /** The article's language: the text-search configuration the lexeme was made in. */
  @Enum({ items: () => ArticleLanguage, nativeEnumName: 'article_language' })
  language!: ArticleLanguage;

  @Property({ length: 60 })
  lexeme!: string;

  /** 2 for a word of the case's title, 1 for the rest. */
  @Property({ type: 'smallint' })
  weight!: number;

  /** When the article was linked to the case: the decay counts from here. */
  @Property({ length: 3 })
  learnedAt!: Date;
}

/** How a search session ended in an answer. */
export enum SearchAnswer {
  /** The searcher linked an article to a case they resolved. */
  LINK = 'LINK',
  /** The searcher rated an article on a case. */
  RATING = 'RATING',
}

/**
 * One knowledge search (the first page of `knowledgeSearch`): who searched (user, role, agency),
 * the text as typed and normalised, the service area it was narrowed to, how many articles the first
 * page found, and, once the searcher's session ends in a link to a case or a rating, the answer
 * (search-log.service.ts). The missing-answers list is read from it.
 */
@Entity({ tableName: 'kb_search_log' })
@Index({ name: 'kb_search_log_user_idx', properties: ['user', 'searchedAt'] })
@Index({ name: 'kb_search_log_empty_idx', expression: `create index "kb_search_log_empty_idx" on "kb_search_log" ("normalised", "service_area_id") where "result_count" = 0` })
export class SearchLogEntry {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User)
  user!: User;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @Property({ length: 500 })
  query!: string;

  /** Lower-case, punctuation dropped, blanks collapsed: what the missing-answers list groups by. */
  @Property({ length: 500 })
  normalised!: string;

  /** The one service area the search was narrowed to, else the area of the case the session ended on. */
  @ManyToOne(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;

  /** The service of the case the session ended on. */
  @ManyToOne(() => Service, { nullable: true })
  service?: Service;

  @Property()
  resultCount!: number;

  @Property({ length: 3 })
  searchedAt!: Date;

  @Property({ length: 3, nullable: true })
  answeredAt?: Date;

  @Enum({ items: () => SearchAnswer, nativeEnumName: 'search_answer', nullable: true })
  answer?: SearchAnswer;

  @ManyToOne(() => Article, { nullable: true })
  article?: Article;

  @ManyToOne(() => Ticket, { nullable: true })
  ticket?: Ticket;
}
