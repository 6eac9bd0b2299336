import { FixedClock } from '../src/platform/clock';
import {
  ArticleRevisionDiffDocument,
  ArticleTraceDocument,
  CreateArticleDocument,
  CreateArticleFromTicketDocument,
  KnowledgeSearchDocument,
  PublishArticleDocument,
  ResolveTicketDocument,
  SuggestArticlesDocument,
  UpdateArticleDocument,
} from './generated/graphql';
import { KNOWLEDGE_EDITOR_AGENT as EDITOR } from '../seeds/directory';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const clock = new FixedClock(new Date('2027-02-01T09:00:00Z'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const revisionsOf = async (as: string, id: string) => {
  const res = await t.gql(as, ArticleTraceDocument, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.article!;
};

describe('an article drafted from a ticket, rewritten, made PUBLIC and published', () => {
  it('shows customers of another agency no trace of the first text; staff keep the whole history', async () => {
    // Skatteverket's case, drafted into an article, then rewritten as a public answer and published.
    const ticket = await phoneTicket(t, ids, {
      title: 'Zorbitraktamente för Oslokonferensen saknas',
      description: 'Anna Andersson på Skatteverket reste till Oslokonferensen men fick inget zorbitraktamente.',
    });
    const resolved = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Zorbitraktamentet registrerades i efterhand för Anna.' } });
    expect(resolved.data!.resolveTicket.userErrors).toEqual([]);
    const drafted = (await t.gql(A.agent, CreateArticleFromTicketDocument, { ticketId: ticket.id })).data!.createArticleFromTicket.article!;
    const rewritten = await t.gql(EDITOR, UpdateArticleDocument, {
      articleId: drafted.id,
      expectedVersion: drafted.version,
      input: {
        title: 'Traktamente vid utlandsresa saknas',
        summary: 'Utlandstraktamente registreras under Resor → Utland.',
        body: 'Registrera utlandstraktamentet i självservice under *Resor → Utland* med land och datum.',
        audience: 'PUBLIC',
        note: `omskriven från ärende ${ticket.number}`,
      },
    });
    const article = rewritten.data!.updateArticle.article!;
    expect(article.revision).toBe(2);
    const published = await t.gql(EDITOR, PublishArticleDocument, { articleId: article.id, expectedVersion: article.version });
    expect(published.data!.publishArticle.article!.status).toBe('PUBLISHED');

    // The other agency's customer reads the published text and nothing before it.
    const seen = await revisionsOf(A.otherCustomer, article.id);
    expect(seen).toMatchObject({ title: 'Traktamente vid utlandsresa saknas', audience: 'PUBLIC', status: 'PUBLISHED', revision: 2, sourceTicket: null });
    expect(seen.revisions.edges.map((e) => [e.node.number, e.node.title, e.node.note])).toEqual([[2, 'Traktamente vid utlandsresa saknas', null]]);
    const firstText = await t.gql(A.otherCustomer, ArticleRevisionDiffDocument, { id: article.id, from: 1, to: 2 });
    expect(firstText.data).toEqual({ article: null });
    expect(firstText.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['from'] });
    expect(firstText.errors?.[0].message).toBe('from is a revision number, 2 to 2');
    expect((await t.gql(A.otherCustomer, ArticleRevisionDiffDocument, { id: article.id, from: 2, to: 2 })).data!.article!.diff).toEqual({ from: 2, to: 2, fields: [] });
    // Search offers the article by its published words, never by the case's.
    const found = async (query: string) => (await t.gql(A.otherCustomer, KnowledgeSearchDocument, { query, first: 10 })).data!.knowledgeSearch;
    expect((await found('utlandstraktamente')).edges.map((e) => e.node.id)).toContain(article.id);
    for (const word of ['Oslokonferensen', 'Oslokonferensn', 'Anna Andersson', 'Anderson']) {
      const result = await found(word);
      const trace = /oslo|zorbi|anna/i.test(result.correctedQuery ?? '');
      expect([word, result.edges.some((e) => e.node.id === article.id), trace]).toEqual([word, false, false]);
    }
    const suggested = (await t.gql(A.otherCustomer, SuggestArticlesDocument, { text: 'Anna Andersson reste till Oslokonferensen', first: 20 })).data!.suggestArticles;
    expect(suggested.map((s) => s.node.id)).not.toContain(article.id);
    // Nothing the customer could ask about the article carries the case's text or number.
    const everything = JSON.stringify([seen, firstText, await revisionsOf(A.customer, article.id)]);
    for (const trace of ['Oslokonferensen', 'Anna', 'Zorbi', 'ärende', String(ticket.number)]) expect([trace, everything.includes(trace)]).toEqual([trace, false]);

    // Staff see every revision, the notes and the ticket it came from.
    const staff = await revisionsOf(A.agent, article.id);
    expect(staff.sourceTicket).toEqual({ number: ticket.number });
    expect(staff.revisions.edges.map((e) => [e.node.number, e.node.note])).toEqual([
      [2, `omskriven från ärende ${ticket.number}`],
      [1, `från ärende ${ticket.number}`],
    ]);
    expect(staff.revisions.edges[1].node.body).toContain('Oslokonferensen');
    const staffDiff = await t.gql(A.agent, ArticleRevisionDiffDocument, { id: article.id, from: 1, to: 2 });
    expect(staffDiff.data!.article!.diff.fields.map((f) => f.field)).toEqual(['title', 'summary', 'body']);

    // An edit of the published article is public at once: customers read it, and the one before.
    const v3 = await t.gql(EDITOR, UpdateArticleDocument, { articleId: article.id, expectedVersion: published.data!.publishArticle.article!.version, input: { body: 'Registrera utlandstraktamentet under *Resor → Utland*; bifoga programmet.' } });
    expect(v3.data!.updateArticle.userErrors).toEqual([]);
    expect((await revisionsOf(A.otherCustomer, article.id)).revisions.edges.map((e) => e.node.number)).toEqual([3, 2]);

    // Made INTERNAL, edited, then PUBLIC again: customers read from the revision that became public.
    let version = v3.data!.updateArticle.article!.version;
    for (const input of [{ audience: 'INTERNAL' as const }, { summary: 'Internt: kontrollera attesten först.' }, { audience: 'PUBLIC' as const, summary: 'Utlandstraktamente registreras under Resor → Utland.' }]) {
      const res = await t.gql(EDITOR, UpdateArticleDocument, { articleId: article.id, expectedVersion: version, input });
      expect(res.data!.updateArticle.userErrors).toEqual([]);
      version = res.data!.updateArticle.article!.version;
    }
    const again = await revisionsOf(A.otherCustomer, article.id);
    expect([again.revision, again.revisions.edges.map((e) => e.node.number)]).toEqual([6, [6]]);
    expect(JSON.stringify(again)).not.toContain('Internt');
    expect((await t.gql(A.otherCustomer, ArticleRevisionDiffDocument, { id: article.id, from: 5, to: 6 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await revisionsOf(A.agent, article.id)).revisions.edges.map((e) => e.node.number)).toEqual([6, 5, 4, 3, 2, 1]);
  });
});

const MAIL = `Hej!

Jag skickade in min reseräkning för tjänsteresan till Göteborg den 3 mars, och min chef har attesterat den.
Men pengarna har fortfarande inte kommit. När betalas den ut?

Tack på förhand!
Med vänliga hälsningar
Karin Svensson
Skatteverket, Solna`;

describe('knowledge search for natural questions', () => {
  const search = async (as: string, query: string) => {
    const res = await t.gql(as, KnowledgeSearchDocument, { query, first: 5 });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.knowledgeSearch;
  };

  it.each([
    ['när kommer pengarna för reseräkningen', 'Vilket datum betalas min reseräkning ut?'],
    ['vacation days left', 'How many days of annual leave do I have left?'],
    [MAIL, 'Vilket datum betalas min reseräkning ut?'],
    ['hur många semesterdagr har jag kvar i år', 'Hur många semesterdagar har jag kvar?'],
  ])('%j finds %j first, for customers and staff', async (query, expected) => {
    for (const as of [A.customer, A.agent]) {
      const result = await search(as, query);
      expect([as, result.edges[0]?.node.title]).toEqual([as, expected]);
    }
  });

  it('ranks by how much of the question an article covers when not every word matches', async () => {
    const result = await search(A.agent, 'när kommer pengarna för reseräkningen');
    expect(result.correctedQuery).toBeNull();
    const ranks = result.edges.map((e) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(result.edges[0].node.title).toBe('Vilket datum betalas min reseräkning ut?');
    // The engine (issue 21) leaves out the weak tail: what it returns covers at least 85% of what the best covers.
    expect(ranks.every((r) => r >= 0.85 * ranks[0] - 0.0001)).toBe(true);
    // The next page continues the same ranking.
    const next = await t.gql(A.agent, KnowledgeSearchDocument, { query: 'när kommer pengarna för reseräkningen', first: 5, after: result.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    const seen = new Set(result.edges.map((e) => e.node.id));
    expect(next.data!.knowledgeSearch.edges.filter((e) => seen.has(e.node.id))).toEqual([]);
    expect(Math.max(...next.data!.knowledgeSearch.edges.map((e) => e.rank))).toBeLessThanOrEqual(ranks.at(-1)!);
  });

  it('never "corrects" a word the articles use into another, however close and frequent', async () => {
    const created = await t.gql(A.agent, CreateArticleDocument, {
      input: { title: 'Restarting the integration host', language: 'EN', body: 'When the file transfer stops, the server is restarted by the vendor.', serviceAreaId: ids.finance, audience: 'PUBLIC' },
    });
    const article = created.data!.createArticle.article!;
    expect((await t.gql(EDITOR, PublishArticleDocument, { articleId: article.id, expectedVersion: article.version })).data!.publishArticle.userErrors).toEqual([]);
    // "server" is only in the body; "service" (similarity 0.36) is in a title and in several articles.
    const result = await search(A.agent, 'server');
    expect([result.correctedQuery, result.edges.map((e) => e.node.title)]).toEqual([null, ['Restarting the integration host']]);
    // A real typo is still corrected, to a word the articles use.
    expect((await search(A.agent, 'kontplanen')).correctedQuery).toBe('kontoplanen');
  });

  it('corrects a typo to the nearest word a readable article uses, passing over a nearer one only a draft has', async () => {
    // "kontoplansmallen" (only a draft's title has its lexeme) is nearer "kontoplansmal" (0.72) than "kontoplan" (0.6, a published article's).
    const created = await t.gql(A.agent, CreateArticleDocument, {
      input: { title: 'Kontoplansmallen för nästa år', language: 'SV', body: 'Utkast.', serviceAreaId: ids.finance, audience: 'PUBLIC' },
    });
    expect(created.data!.createArticle.article!.status).toBe('DRAFT');
    const [{ nearest }] = await t.sql<{ nearest: string }>(`select word as nearest from kb_word order by word <-> 'kontoplansmal', word limit 1`);
    expect(nearest).toBe('kontoplansmallen');
    for (const as of [A.agent, A.customer]) {
      const result = await search(as, 'kontoplansmal');
      expect([as, result.correctedQuery, result.edges[0]?.node.title]).toEqual([as, 'kontoplan', 'Var finns kontoplanen?']);
    }
  });

  it('suggestArticles tolerates the typos that search does', async () => {
    for (const [text, expected] of [
      ['När betalas min resräkning ut?', 'Vilket datum betalas min reseräkning ut?'],
      ['Hur många semesterdgar har jag kvar?', 'Hur många semesterdagar har jag kvar?'],
      ['Var hittar jag kontplanen?', 'Var finns kontoplanen?'],
    ]) {
      const suggested = (await t.gql(A.customer, SuggestArticlesDocument, { text, first: 3 })).data!.suggestArticles;
      expect([text, suggested[0]?.node.title]).toEqual([text, expected]);
    }
  });
});
