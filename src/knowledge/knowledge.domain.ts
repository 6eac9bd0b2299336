import type { DomainModule } from '../platform/domain';
import { KNOWLEDGE_LISTENERS } from './knowledge.listeners';
import { Article, ArticleRating, ArticleRevision, ArticleTicketLink, KnowledgeLexeme, KnowledgeWord } from './article.entity';
import { findArticle } from './article.service';
import { LearnedTerm, SearchLogEntry } from './learning.entity';
import { createKnowledgeLoaders } from './knowledge.loaders';
import { KNOWLEDGE_RESOLVERS } from './knowledge.resolver';
import { ARTICLE_ACTION_RESOLVERS } from './article-actions.resolver';
import { MissingAnswersResolver } from './missing-answers.resolver';
import { SynonymEvent, SynonymGroup } from './synonym.entity';
import { SynonymResolver } from './synonyms.resolver';
import { Deflection } from './deflection.entity';
import { DEFLECTION_RESOLVERS } from './deflection.resolver';
import { Migration20261130143000_KnowledgeDeflections } from './migrations/Migration20261130143000_KnowledgeDeflections';
import { Migration20261130110000_KnowledgeSearchEngine } from './migrations/Migration20261130110000_KnowledgeSearchEngine';
import { Migration20261130120000_KnowledgeLexemes } from './migrations/Migration20261130120000_KnowledgeLexemes';

/** The knowledge base: articles and their revisions, search, ratings, links to the tickets they solved. */
export const knowledgeDomain: DomainModule = {
  name: 'knowledge',
  entities: [Article, ArticleRevision, ArticleTicketLink, ArticleRating, KnowledgeWord, KnowledgeLexeme, LearnedTerm, SearchLogEntry, SynonymGroup, SynonymEvent, Deflection],
  migrations: [
    { name: 'Migration20261130110000_KnowledgeSearchEngine', class: Migration20261130110000_KnowledgeSearchEngine },
    { name: 'Migration20261130120000_KnowledgeLexemes', class: Migration20261130120000_KnowledgeLexemes },
    { name: 'Migration20261130143000_KnowledgeDeflections', class: Migration20261130143000_KnowledgeDeflections },
  ],
  resolvers: [...KNOWLEDGE_RESOLVERS, ...ARTICLE_ACTION_RESOLVERS, MissingAnswersResolver, SynonymResolver, ...DEFLECTION_RESOLVERS],
  loaders: (em) => createKnowledgeLoaders(em),
  nodes: { Article: findArticle },
  listeners: KNOWLEDGE_LISTENERS,
};
