import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { canPublishArticles, canReadArticle, canWriteArticles } from './knowledge-access';
import { ArticleAudience, ArticleStatus } from './knowledge.enums';
import { renderMarkdown } from './markdown';
import { diffRevisions } from './revision-diff';

const viewer = (role: Role, knowledgeEditor = false): Viewer => ({
  userId: 1, email: 'x@y', name: 'x', role, agencyId: role === Role.CUSTOMER ? 1 : null, groupIds: [], groupAreaIds: [], deliveryScopes: [], accountAgencyIds: [], knowledgeEditor,
});

describe('knowledge access', () => {
  const statuses = Object.values(ArticleStatus);
  const audiences = Object.values(ArticleAudience);
  it.each(Object.values(Role))('%s', (role) => {
    const v = viewer(role);
    for (const status of statuses)
      for (const audience of audiences) {
        const staff = [Role.AGENT, Role.SPECIALIST, Role.DELIVERY_MANAGER, Role.ACCOUNT_MANAGER, Role.ADMIN].includes(role);
        for (const publicFromRevision of [null, 1]) {
          const expected = staff || (role === Role.CUSTOMER && audience === ArticleAudience.PUBLIC && status !== ArticleStatus.DRAFT && publicFromRevision !== null);
          expect([status, audience, publicFromRevision, canReadArticle(v, { status, audience, publicFromRevision })]).toEqual([status, audience, publicFromRevision, expected]);
        }
      }
  });
  it('writers and publishers', () => {
    expect(canWriteArticles(viewer(Role.AGENT))).toBe(true);
    expect(canWriteArticles(viewer(Role.CUSTOMER))).toBe(false);
    expect(canPublishArticles(viewer(Role.AGENT))).toBe(false);
    expect(canPublishArticles(viewer(Role.AGENT, true))).toBe(true);
    expect(canPublishArticles(viewer(Role.CUSTOMER, true))).toBe(false);
    expect(canPublishArticles(viewer(Role.ADMIN))).toBe(true);
  });
});

describe('markdown', () => {
  it('renders Markdown and escapes HTML; no script links', () => {
    const html = renderMarkdown('# Rubrik\n\n**fet** <img src=x onerror=alert(1)> [länk](javascript:alert(1)) [ok](https://www.example.se)');
    expect(html).toContain('<h1>Rubrik</h1>');
    expect(html).toContain('<strong>fet</strong>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://www.example.se">ok</a>');
  });
});

describe('revision diff', () => {
  it('lists changed fields only: words for the title, lines for the body', () => {
    const a = { title: 'Hur byter jag konto?', summary: 'S', tags: ['a'], body: 'rad 1\nrad 2\n' };
    const b = { title: 'Hur byter jag bankkonto?', summary: 'S', tags: ['a'], body: 'rad 1\nrad 3\n' };
    const diff = diffRevisions(a, b);
    expect(diff.map((d) => d.field)).toEqual(['title', 'body']);
    expect(diff[0].parts).toEqual([
      { op: 'SAME', text: 'Hur byter jag ' },
      { op: 'REMOVED', text: 'konto' },
      { op: 'ADDED', text: 'bankkonto' },
      { op: 'SAME', text: '?' },
    ]);
    expect(diff[1].parts).toEqual([
      { op: 'SAME', text: 'rad 1\n' },
      { op: 'REMOVED', text: 'rad 2\n' },
      { op: 'ADDED', text: 'rad 3\n' },
    ]);
    expect(diffRevisions(a, a)).toEqual([]);
  });
});
