import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { ArticleAction as A, articleActions } from './article-actions';
import { ArticleStatus as S } from './knowledge.enums';

const viewer = (role: Role, knowledgeEditor = false): Viewer => ({
  userId: 1, email: 'x@y', name: 'x', role, agencyId: null, groupIds: [], groupAreaIds: [], deliveryScopes: [], accountAgencyIds: [], knowledgeEditor,
});

describe('articleActions', () => {
  // [who, viewer, status, expected], written out so that a change to a rule must change the table.
  const table: [string, Viewer, S, A[]][] = [
    ['agent', viewer(Role.AGENT), S.DRAFT, [A.EDIT]],
    ['agent', viewer(Role.AGENT), S.PUBLISHED, [A.RATE]],
    ['agent', viewer(Role.AGENT), S.ARCHIVED, [A.RATE]],
    ['editor agent', viewer(Role.AGENT, true), S.DRAFT, [A.EDIT, A.PUBLISH, A.ARCHIVE]],
    ['editor agent', viewer(Role.AGENT, true), S.PUBLISHED, [A.EDIT, A.ARCHIVE, A.RATE]],
    ['editor agent', viewer(Role.AGENT, true), S.ARCHIVED, [A.EDIT, A.PUBLISH, A.RATE]],
    ['specialist', viewer(Role.SPECIALIST), S.DRAFT, [A.EDIT]],
    ['admin', viewer(Role.ADMIN), S.PUBLISHED, [A.EDIT, A.ARCHIVE, A.RATE]],
    ['delivery manager', viewer(Role.DELIVERY_MANAGER), S.PUBLISHED, []],
    ['delivery manager with the flag', viewer(Role.DELIVERY_MANAGER, true), S.DRAFT, []],
    ['customer', viewer(Role.CUSTOMER), S.PUBLISHED, []],
  ];
  it.each(table.map(([who, v, status, expected]) => ({ who, v, status, expected })))('$who: $status', ({ v, status, expected }) => {
    expect(articleActions(v, status)).toEqual(expected);
  });
});
