/** Enums of the knowledge base. */

export enum ArticleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  /** No longer offered in search, still readable by link. */
  ARCHIVED = 'ARCHIVED',
}

export enum ArticleAudience {
  /** The centre's staff only. */
  INTERNAL = 'INTERNAL',
  /** Customers too, once the article is not a draft (published, or archived and read by link). */
  PUBLIC = 'PUBLIC',
}

/** The article's language, which picks its text search configuration (swedish, english). */
export enum ArticleLanguage {
  SV = 'SV',
  EN = 'EN',
}
