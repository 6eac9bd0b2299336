import { errorsOf, staleVersionError, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { INVALID_TRANSITION } from '../tickets/ticket.errors';
import { Article } from './article.entity';

/** The knowledge base's failures (articles, links, ratings, search): each one's public meaning is in `knowledgeErrors`. */
export enum KnowledgeErrorCode {
  ARTICLE_NOT_FOUND = 'ARTICLE_NOT_FOUND',
  ARTICLE_STALE_VERSION = 'ARTICLE_STALE_VERSION',
  ARTICLE_INVALID_TRANSITION = 'ARTICLE_INVALID_TRANSITION',
  ARTICLE_TAGS_TOO_MANY = 'ARTICLE_TAGS_TOO_MANY',
  ARTICLE_TITLE_REQUIRED = 'ARTICLE_TITLE_REQUIRED',
  ARTICLE_BODY_REQUIRED = 'ARTICLE_BODY_REQUIRED',
  ARTICLE_SERVICE_REQUIRED = 'ARTICLE_SERVICE_REQUIRED',
  ARTICLE_OWNER_GROUP_REQUIRED = 'ARTICLE_OWNER_GROUP_REQUIRED',
  ARTICLE_EDIT_NEEDS_EDITOR = 'ARTICLE_EDIT_NEEDS_EDITOR',
  ARTICLE_EDIT_CHANGES_NOTHING = 'ARTICLE_EDIT_CHANGES_NOTHING',
  ARTICLE_FROM_OPEN_TICKET = 'ARTICLE_FROM_OPEN_TICKET',
  REVISION_OUT_OF_RANGE = 'REVISION_OUT_OF_RANGE',
  LINKED_ARTICLES_TOO_MANY = 'LINKED_ARTICLES_TOO_MANY',
  LINKED_ARTICLE_NOT_PUBLISHED = 'LINKED_ARTICLE_NOT_PUBLISHED',
  DRAFT_NOT_RATED = 'DRAFT_NOT_RATED',
  SEARCH_QUERY_REQUIRED = 'SEARCH_QUERY_REQUIRED',
  SEARCH_QUERY_TOO_LONG = 'SEARCH_QUERY_TOO_LONG',
  SEARCH_QUERY_CONTROL_CHARACTERS = 'SEARCH_QUERY_CONTROL_CHARACTERS',
  SEARCH_CURSOR_INVALID = 'SEARCH_CURSOR_INVALID',
  MISSING_ANSWERS_DAYS_OUT_OF_RANGE = 'MISSING_ANSWERS_DAYS_OUT_OF_RANGE',
  SYNONYM_TERMS_TOO_FEW = 'SYNONYM_TERMS_TOO_FEW',
  SYNONYM_TERMS_TOO_MANY = 'SYNONYM_TERMS_TOO_MANY',
  SYNONYM_TERM_MALFORMED = 'SYNONYM_TERM_MALFORMED',
  SYNONYM_GROUP_EXISTS = 'SYNONYM_GROUP_EXISTS',
  SYNONYM_GROUP_NOT_FOUND = 'SYNONYM_GROUP_NOT_FOUND',
  DEFLECTION_ARTICLE_NOT_PUBLISHED = 'DEFLECTION_ARTICLE_NOT_PUBLISHED',
  DEFLECTION_SERVICE_NOT_IN_AREA = 'DEFLECTION_SERVICE_NOT_IN_AREA',
  DEFLECTION_PERIOD_INVALID = 'DEFLECTION_PERIOD_INVALID',
}

const { BAD_USER_INPUT, NOT_FOUND, NOT_ALLOWED, CONFLICT } = UserErrorCode;

const knowledgeErrors = {
  [KnowledgeErrorCode.ARTICLE_NOT_FOUND]: ({ field }: { field: string[] }) => userError(NOT_FOUND, 'no such article', ...field),
  [KnowledgeErrorCode.ARTICLE_STALE_VERSION]: (versions: { actual: number; expected: number }) => staleVersionError(Article.versioned, versions),
  [KnowledgeErrorCode.ARTICLE_INVALID_TRANSITION]: ({ status, to }: { status: string; to: string }) =>
    userError(INVALID_TRANSITION, `the article is ${status}; it cannot become ${to}`),
  [KnowledgeErrorCode.ARTICLE_TAGS_TOO_MANY]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `at most ${max} tags`, 'input', 'tags'),
  [KnowledgeErrorCode.ARTICLE_TITLE_REQUIRED]: () => userError(BAD_USER_INPUT, 'title is required', 'input', 'title'),
  [KnowledgeErrorCode.ARTICLE_BODY_REQUIRED]: () => userError(BAD_USER_INPUT, 'body is required', 'input', 'body'),
  [KnowledgeErrorCode.ARTICLE_SERVICE_REQUIRED]: () => userError(BAD_USER_INPUT, 'serviceAreaId or serviceId is required', 'input', 'serviceAreaId'),
  [KnowledgeErrorCode.ARTICLE_OWNER_GROUP_REQUIRED]: () => userError(BAD_USER_INPUT, 'ownerGroupId is required (you belong to no group)', 'input', 'ownerGroupId'),
  [KnowledgeErrorCode.ARTICLE_EDIT_NEEDS_EDITOR]: () =>
    userError(NOT_ALLOWED, "changing a published or archived article needs the knowledge editor's right", 'articleId'),
  [KnowledgeErrorCode.ARTICLE_EDIT_CHANGES_NOTHING]: () => userError(BAD_USER_INPUT, 'the edit changes nothing', 'input'),
  [KnowledgeErrorCode.ARTICLE_FROM_OPEN_TICKET]: () => userError(INVALID_TRANSITION, 'an article is drafted from a resolved or closed ticket'),
  [KnowledgeErrorCode.REVISION_OUT_OF_RANGE]: ({ field, range }: { field: string; range: string }) =>
    userError(BAD_USER_INPUT, `${field} is a revision number, ${range}`, field),
  [KnowledgeErrorCode.LINKED_ARTICLES_TOO_MANY]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `at most ${max} articles`, 'input', 'articleIds'),
  [KnowledgeErrorCode.LINKED_ARTICLE_NOT_PUBLISHED]: ({ title }: { title: string }) => userError(BAD_USER_INPUT, `"${title}" is not published`, 'input', 'articleIds'),
  [KnowledgeErrorCode.DRAFT_NOT_RATED]: () => userError(INVALID_TRANSITION, 'a draft is not rated'),
  [KnowledgeErrorCode.SEARCH_QUERY_REQUIRED]: () => userError(BAD_USER_INPUT, 'query is required', 'query'),
  [KnowledgeErrorCode.SEARCH_QUERY_TOO_LONG]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `query may have at most ${max} characters`, 'query'),
  [KnowledgeErrorCode.SEARCH_QUERY_CONTROL_CHARACTERS]: () => userError(BAD_USER_INPUT, 'query contains control characters', 'query'),
  [KnowledgeErrorCode.SEARCH_CURSOR_INVALID]: () => userError(BAD_USER_INPUT, 'after is not a cursor of this list', 'after'),
  [KnowledgeErrorCode.MISSING_ANSWERS_DAYS_OUT_OF_RANGE]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `days is a whole number from 1 to ${max}`, 'days'),
  [KnowledgeErrorCode.SYNONYM_TERMS_TOO_FEW]: () => userError(BAD_USER_INPUT, 'a synonym group needs at least two different terms', 'terms'),
  [KnowledgeErrorCode.SYNONYM_TERMS_TOO_MANY]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `at most ${max} terms in a group`, 'terms'),
  [KnowledgeErrorCode.SYNONYM_TERM_MALFORMED]: ({ max, index }: { max: number; index: number }) =>
    userError(BAD_USER_INPUT, `a term has at most ${max} characters and no control characters`, 'terms', String(index)),
  [KnowledgeErrorCode.SYNONYM_GROUP_EXISTS]: () => userError(CONFLICT, 'the list already has this group', 'terms'),
  [KnowledgeErrorCode.SYNONYM_GROUP_NOT_FOUND]: () => userError(NOT_FOUND, 'no such synonym group', 'groupId'),
  [KnowledgeErrorCode.DEFLECTION_ARTICLE_NOT_PUBLISHED]: () => userError(INVALID_TRANSITION, 'the article is no longer published', 'articleId'),
  [KnowledgeErrorCode.DEFLECTION_SERVICE_NOT_IN_AREA]: () => userError(BAD_USER_INPUT, 'the service is not in that service area', 'serviceId'),
  [KnowledgeErrorCode.DEFLECTION_PERIOD_INVALID]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `from must be before to, at most ${max} days apart`, 'to'),
} satisfies ErrorMapping<KnowledgeErrorCode>;

/** `throw knowledgeError(KnowledgeErrorCode.ARTICLE_NOT_FOUND, { field: ['articleId'] })`: the knowledge domain's `DomainError`. */
export const knowledgeError = errorsOf(knowledgeErrors);
