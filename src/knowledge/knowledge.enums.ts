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
  /** Customers too (published articles). */
  PUBLIC = 'PUBLIC',
}

/** The article's language, which picks its text search configuration (swedish, english). */
export enum ArticleLanguage {
  SV = 'SV',
  EN = 'EN',
}
