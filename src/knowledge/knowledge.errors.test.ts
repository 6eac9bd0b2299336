import { knowledgeError, KnowledgeErrorCode } from './knowledge.errors';

describe('knowledge error codes', () => {
  it('maps a stale article to CONFLICT on expectedVersion', () => {
    const err = knowledgeError(KnowledgeErrorCode.ARTICLE_STALE_VERSION, { actual: 3, expected: 2 });
    expect(err.reason).toBe('ARTICLE_STALE_VERSION');
    expect(err.toUserErrors()).toEqual([{ code: 'CONFLICT', message: 'the article is at version 3, not 2: reload it and try again', field: ['expectedVersion'] }]);
  });

  it('maps a refused status move to INVALID_TRANSITION', () => {
    expect(knowledgeError(KnowledgeErrorCode.ARTICLE_INVALID_TRANSITION, { status: 'DRAFT', to: 'ARCHIVED' }).toUserErrors()).toEqual([
      { code: 'INVALID_TRANSITION', message: 'the article is DRAFT; it cannot become ARCHIVED', field: undefined },
    ]);
  });
});
