import { FixedClock } from '../src/platform/clock';
import { CreateArticleDocument, KbArticleActionsDocument, KbArticlesDocument, KbViewerRightsDocument, PublishArticleDocument } from './generated/graphql';
import { KNOWLEDGE_EDITOR_AGENT as EDITOR } from '../seeds/directory';
import { A, directoryIds, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const clock = new FixedClock(new Date('2027-02-01T09:00:00Z'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

async function draft(title: string, serviceAreaId = ids.payroll) {
  const res = await t.gql(A.agent, CreateArticleDocument, { input: { title, body: 'Svar.', serviceAreaId } });
  return res.data!.createArticle.article!;
}

describe('what the console asks before it shows knowledge buttons', () => {
  it('Viewer says who writes and who publishes', async () => {
    const rights = async (as: string) => (await t.gql(as, KbViewerRightsDocument, {})).data!.viewer;
    expect(await rights(A.agent)).toEqual({ role: 'AGENT', writesArticles: true, publishesArticles: false });
    expect(await rights(EDITOR)).toEqual({ role: 'AGENT', writesArticles: true, publishesArticles: true });
    expect(await rights(A.admin)).toEqual({ role: 'ADMIN', writesArticles: true, publishesArticles: true });
    expect(await rights(A.deliveryManager)).toEqual({ role: 'DELIVERY_MANAGER', writesArticles: false, publishesArticles: false });
  });

  it('Article.availableActions follows the status and the right, and matches what the mutations allow', async () => {
    const article = await draft('Åtgärder på en artikel');
    const actions = async (as: string) => (await t.gql(as, KbArticleActionsDocument, { id: article.id })).data!.article!.availableActions;
    expect(await actions(A.agent)).toEqual(['EDIT']);
    expect(await actions(EDITOR)).toEqual(['EDIT', 'PUBLISH', 'ARCHIVE']);
    expect(await actions(A.deliveryManager)).toEqual([]);
    // The agent is not offered PUBLISH, and the API refuses it.
    const refused = await t.gql(A.agent, PublishArticleDocument, { articleId: article.id, expectedVersion: article.version });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const published = await t.gql(EDITOR, PublishArticleDocument, { articleId: article.id, expectedVersion: article.version });
    expect(published.data!.publishArticle.userErrors).toEqual([]);
    expect(await actions(A.agent)).toEqual(['RATE']);
    expect(await actions(EDITOR)).toEqual(['EDIT', 'ARCHIVE', 'RATE']);
  });
});

describe('articles(status:): the drafts an editor finds (search finds published ones only)', () => {
  it('lists one status, last edited first, by area, paged, with the total; staff only', async () => {
    const before = (await t.gql(A.agent, KbArticlesDocument, { status: 'DRAFT', first: 100 })).data!.articles.totalCount;
    clock.advance(1000);
    const a = await draft('Utkast ett om lön');
    clock.advance(1000);
    const b = await draft('Utkast två om ekonomi', ids.finance);
    clock.advance(1000);
    const c = await draft('Utkast tre om lön');
    const all = (await t.gql(EDITOR, KbArticlesDocument, { status: 'DRAFT', first: 2 })).data!.articles;
    expect(all.totalCount).toBe(before + 3);
    expect(all.edges.map((e) => e.node.title)).toEqual(['Utkast tre om lön', 'Utkast två om ekonomi']);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = (await t.gql(EDITOR, KbArticlesDocument, { status: 'DRAFT', first: 1, after: all.pageInfo.endCursor })).data!.articles;
    expect(next.edges.map((e) => e.node.id)).toEqual([a.id]);
    const finance = (await t.gql(EDITOR, KbArticlesDocument, { status: 'DRAFT', serviceAreaIds: [ids.finance], first: 100 })).data!.articles;
    expect(finance.edges[0]!.node.id).toBe(b.id);
    expect(new Set(finance.edges.map((e) => e.node.serviceArea.code))).toEqual(new Set(['FINANCE']));
    expect(c.status).toBe('DRAFT');
    expect((await t.gql(A.customer, KbArticlesDocument, { status: 'PUBLISHED' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
