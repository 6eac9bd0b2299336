import { Role } from '../directory/directory.enums';
import type { Viewer } from '../directory/viewer';
import { firstReadableRevision, isPublicContent, seesArticleHistory } from './knowledge-access';
import { ArticleAudience, ArticleStatus } from './knowledge.enums';

const viewer = (role: Role): Viewer => ({
  userId: 1, email: 'x@y', name: 'x', role, agencyId: role === Role.CUSTOMER ? 1 : null, groupIds: [], groupAreaIds: [], deliveryScopes: [], accountAgencyIds: [], knowledgeEditor: false,
});

describe("an article's history", () => {
  it('is public content only when PUBLIC and not a draft', () => {
    expect(isPublicContent({ audience: ArticleAudience.PUBLIC, status: ArticleStatus.DRAFT })).toBe(false);
    expect(isPublicContent({ audience: ArticleAudience.INTERNAL, status: ArticleStatus.PUBLISHED })).toBe(false);
    expect(isPublicContent({ audience: ArticleAudience.PUBLIC, status: ArticleStatus.PUBLISHED })).toBe(true);
    expect(isPublicContent({ audience: ArticleAudience.PUBLIC, status: ArticleStatus.ARCHIVED })).toBe(true);
  });
  it.each(Object.values(Role))('%s reads revisions from', (role) => {
    const staff = [Role.AGENT, Role.SPECIALIST, Role.DELIVERY_MANAGER, Role.ACCOUNT_MANAGER, Role.ADMIN].includes(role);
    expect([seesArticleHistory(viewer(role)), firstReadableRevision(viewer(role), 3), firstReadableRevision(viewer(role), null)]).toEqual(
      staff ? [true, 1, 1] : role === Role.CUSTOMER ? [false, 3, null] : [false, null, null],
    );
  });
});
