import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { firstReadableRevision, isPublicContent, nextPublicFrom, seesArticleHistory } from './knowledge-access';
import { ArticleAudience, ArticleStatus } from './knowledge.enums';

const viewer = (role: Role): Viewer => ({
  userId: 1, email: 'x@y', name: 'x', role, agencyId: role === Role.CUSTOMER ? 1 : null, groupIds: [], groupAreaIds: [], deliveryScopes: [], accountAgencyIds: [], knowledgeEditor: false,
});

describe("an article's history", () => {
  it('is public content only while its public span runs (PUBLIC, published, or archived as published)', () => {
    expect(isPublicContent({ audience: ArticleAudience.PUBLIC, status: ArticleStatus.DRAFT, publicFromRevision: null })).toBe(false);
    expect(isPublicContent({ audience: ArticleAudience.INTERNAL, status: ArticleStatus.PUBLISHED, publicFromRevision: null })).toBe(false);
    expect(isPublicContent({ audience: ArticleAudience.PUBLIC, status: ArticleStatus.PUBLISHED, publicFromRevision: 2 })).toBe(true);
    expect(isPublicContent({ audience: ArticleAudience.PUBLIC, status: ArticleStatus.ARCHIVED, publicFromRevision: 2 })).toBe(true);
    expect(isPublicContent({ audience: ArticleAudience.PUBLIC, status: ArticleStatus.ARCHIVED, publicFromRevision: null })).toBe(false);
  });
  it('starts the span only when a PUBLIC article is published, and keeps it through archiving only while the text stays', () => {
    const { PUBLIC, INTERNAL } = ArticleAudience;
    const { DRAFT, PUBLISHED, ARCHIVED } = ArticleStatus;
    const at = (audience: ArticleAudience, status: ArticleStatus, revision: number, publicFromRevision: number | null = null) => ({ audience, status, revision, publicFromRevision });
    expect(nextPublicFrom(null, at(PUBLIC, DRAFT, 1))).toBeNull();
    expect(nextPublicFrom(null, at(PUBLIC, PUBLISHED, 1))).toBe(1); // the seed inserts published articles
    expect(nextPublicFrom(null, at(PUBLIC, ARCHIVED, 1))).toBeNull();
    expect(nextPublicFrom(at(PUBLIC, DRAFT, 3), at(PUBLIC, ARCHIVED, 3))).toBeNull(); // a draft archived unpublished
    expect(nextPublicFrom(at(PUBLIC, DRAFT, 3), at(PUBLIC, PUBLISHED, 3))).toBe(3);
    expect(nextPublicFrom(at(PUBLIC, PUBLISHED, 4, 3), at(PUBLIC, PUBLISHED, 5))).toBe(3); // an edit of a published article
    expect(nextPublicFrom(at(PUBLIC, PUBLISHED, 5, 3), at(PUBLIC, ARCHIVED, 5))).toBe(3);
    expect(nextPublicFrom(at(PUBLIC, ARCHIVED, 5, 3), at(PUBLIC, ARCHIVED, 6))).toBeNull(); // edited in the archive: never published
    expect(nextPublicFrom(at(PUBLIC, ARCHIVED, 5, 3), at(PUBLIC, PUBLISHED, 5))).toBe(3);
    expect(nextPublicFrom(at(PUBLIC, ARCHIVED, 6), at(PUBLIC, PUBLISHED, 6))).toBe(6);
    expect(nextPublicFrom(at(INTERNAL, PUBLISHED, 2), at(PUBLIC, PUBLISHED, 3))).toBe(3); // made PUBLIC while published
    expect(nextPublicFrom(at(INTERNAL, ARCHIVED, 2), at(PUBLIC, ARCHIVED, 3))).toBeNull(); // made PUBLIC in the archive
    expect(nextPublicFrom(at(PUBLIC, PUBLISHED, 3, 1), at(INTERNAL, PUBLISHED, 4))).toBeNull();
  });
  it.each(Object.values(Role))('%s reads revisions from', (role) => {
    const staff = [Role.AGENT, Role.SPECIALIST, Role.DELIVERY_MANAGER, Role.ACCOUNT_MANAGER, Role.ADMIN].includes(role);
    expect([seesArticleHistory(viewer(role)), firstReadableRevision(viewer(role), 3), firstReadableRevision(viewer(role), null)]).toEqual(
      staff ? [true, 1, 1] : role === Role.CUSTOMER ? [false, 3, null] : [false, null, null],
    );
  });
});
