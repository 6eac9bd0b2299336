import { FixedClock } from '../src/platform/clock';
import { loadViewer } from '../src/directory/viewer';
import { learnedArticleScores } from '../src/knowledge/learned-terms.service';
import { LEARNED_HALF_LIFE_DAYS } from '../src/knowledge/learned-terms.sql';
import { fromGlobalId } from '../src/platform/global-id';
import {
  AddTicketCommentDocument,
  CreateArticleDocument,
  KbMissingAnswersDocument,
  KnowledgeSearchDocument,
  PublishArticleDocument,
  RateArticleDocument,
  ResolveTicketDocument,
  type TicketFieldsFragment,
} from './generated/graphql';
import { KNOWLEDGE_EDITOR_AGENT as EDITOR } from '../seeds/directory';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const clock = new FixedClock(new Date('2027-03-01T09:00:00Z'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

async function publishedArticle(title: string, body: string, audience: 'PUBLIC' | 'INTERNAL' = 'PUBLIC') {
  const created = (await t.gql(A.agent, CreateArticleDocument, { input: { title, body, serviceAreaId: ids.payroll, audience } })).data!.createArticle.article!;
  const published = await t.gql(EDITOR, PublishArticleDocument, { articleId: created.id, expectedVersion: created.version });
  expect(published.data!.publishArticle.userErrors).toEqual([]);
  return created.id;
}

/** The articles the learned words of `text` score for `email`, as [global id, score] (what the search ranking adds). */
async function learned(email: string, text: string): Promise<Map<number, number>> {
  const uow = t.app.unitOfWork(null);
  const viewer = await loadViewer(uow.em, email);
  const rows = await learnedArticleScores(t.app.unitOfWork(viewer), text);
  return new Map(rows.map((r) => [r.articleId, r.learned]));
}

const rawId = (globalId: string) => fromGlobalId(globalId)!.id;

async function resolve(ticket: TicketFieldsFragment, articleIds: string[], as: string = A.agent) {
  const res = await t.gql(as, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Löst med artikeln.', articleIds } });
  expect(res.data!.resolveTicket.userErrors).toEqual([]);
  return res.data!.resolveTicket.ticket!;
}

async function comment(as: string, ticketId: string, body: string, visibility: 'PUBLIC' | 'INTERNAL') {
  const res = await t.gql(as, AddTicketCommentDocument, { ticketId, input: { body, visibility } });
  expect(res.data!.addTicketComment.userErrors).toEqual([]);
  return res.data!.addTicketComment.ticket!;
}

describe('learned terms: a resolved case teaches its linked article its own words', () => {
  let article: string;
  let linkedAt: Date;

  beforeAll(async () => {
    article = await publishedArticle('Registrera frånvaro vid sjukdom', 'Sjukfrånvaro registreras i självservice samma dag. Från dag åtta behövs intyg.');
    const ticket = await phoneTicket(t, ids, { title: 'Hur anmäler jag min sjukskrivning?', description: 'Jag är sjukskriven sedan måndag, personnummer 19800101-1234.' });
    await comment(A.customer, ticket.id, 'Jag har också en vabbdag i samma vecka.', 'PUBLIC');
    await comment(A.agent, ticket.id, 'Hemlig intern notering: lönestopp.', 'INTERNAL');
    const latest = await comment(A.agent, ticket.id, 'Hej! Du anmäler frånvaron i självservice (agentens svar).', 'PUBLIC');
    clock.advance(60_000);
    linkedAt = clock.now();
    expect(await learned(A.agent, 'sjukskrivning')).toEqual(new Map());
    await resolve(latest, [article]);
  });

  it("its words find the article for staff and for the case's own agency's customers, never for another agency's", async () => {
    const id = rawId(article);
    for (const who of [A.agent, A.payrollSpecialist, A.admin, A.customer, A.customer2]) {
      expect([who, (await learned(who, 'Hur gör jag med min sjukskrivning?')).has(id)]).toEqual([who, true]);
    }
    // Försäkringskassan's customer: Skatteverket's words are not theirs.
    expect(await learned(A.otherCustomer, 'Hur gör jag med min sjukskrivning?')).toEqual(new Map());
    expect(await learned(A.otherCustomer, 'vabbdag')).toEqual(new Map());
  });

  it('knowledgeSearch finds the article by a word only the case used, for staff and that agency\'s customers; never for another agency\'s', async () => {
    const titles = async (who: string, query: string) =>
      (await t.gql(who, KnowledgeSearchDocument, { query, first: 5 })).data!.knowledgeSearch.edges.map((e) => e.node.title);
    // "vabbdag" is in the requester's public comment only, never in an article.
    expect(await t.sql(`select id from kb_article where search @@ plainto_tsquery('swedish', 'vabbdag')`)).toEqual([]);
    for (const who of [A.agent, A.customer, A.customer2]) expect([who, await titles(who, 'vabbdag')]).toEqual([who, ['Registrera frånvaro vid sjukdom']]);
    expect(await titles(A.otherCustomer, 'vabbdag')).toEqual([]);
    await t.sql('delete from kb_search_log'); // the search log's own tests count from none
  });

  it("learns the title, the description and the requester's public comments; not internal comments, staff replies or numbers", async () => {
    const id = rawId(article);
    expect((await learned(A.agent, 'sjukskriven')).has(id)).toBe(true);
    expect((await learned(A.agent, 'vabbdag')).has(id)).toBe(true);
    expect(await learned(A.agent, 'lönestopp')).toEqual(new Map());
    expect(await learned(A.agent, 'agentens')).toEqual(new Map());
    const rows = await t.sql<{ lexeme: string }>(`select lexeme from kb_learned_term where article_id = $1 and lexeme ~ '[0-9]'`, [id]);
    expect(rows).toEqual([]);
  });

  it('weighs a title word 2 at the link and halves it every half-life (computed at query time)', async () => {
    const id = rawId(article);
    const [{ learned_at }] = await t.sql<{ learned_at: Date }>(`select distinct learned_at from kb_learned_term where article_id = $1`, [id]);
    expect(learned_at.toISOString()).toBe(linkedAt.toISOString());
    const start = clock.now();
    try {
      clock.set(linkedAt);
      expect((await learned(A.agent, 'sjukskrivning')).get(id)).toBeCloseTo(2, 10);
      expect((await learned(A.agent, 'sjukskriven')).get(id)).toBeCloseTo(1, 10);
      clock.set(new Date(linkedAt.getTime() + LEARNED_HALF_LIFE_DAYS * DAY));
      expect((await learned(A.agent, 'sjukskrivning')).get(id)).toBeCloseTo(1, 10);
      clock.set(new Date(linkedAt.getTime() + 2 * LEARNED_HALF_LIFE_DAYS * DAY));
      expect((await learned(A.customer, 'sjukskrivning')).get(id)).toBeCloseTo(0.5, 10);
    } finally {
      clock.set(start);
    }
  });

  it('an internal article learns too, but only staff may find it by those words', async () => {
    const internal = await publishedArticle('Intern rutin för korrigering av frånvaro', 'Produktion rättar frånvaron i lönesystemet.', 'INTERNAL');
    const ticket = await phoneTicket(t, ids, { title: 'Fel avdrag för karensdag', description: 'Karensavdraget blev dubbelt.' });
    await resolve(ticket, [internal]);
    expect((await learned(A.agent, 'karensdag')).has(rawId(internal))).toBe(true);
    expect(await learned(A.customer, 'karensdag')).toEqual(new Map());
  });
});

describe('the search log and the missing-answers list', () => {
  const search = async (as: string, query: string, serviceAreaIds?: string[]) =>
    (await t.gql(as, KnowledgeSearchDocument, { query, filter: serviceAreaIds ? { serviceAreaIds } : null })).data!.knowledgeSearch.edges.length;
  const missing = async (as: string, vars: { serviceAreaId?: string; days?: number } = {}) => t.gql(as, KbMissingAnswersDocument, vars);

  it('records every first page, and lists the searches that found nothing per area and service, most frequent first', async () => {
    clock.advance(DAY);
    // Found nothing: three times (twice typed differently), once by a customer, once narrowed to payroll.
    expect(await search(A.agent, 'Zqxylofon?')).toBe(0);
    expect(await search(A.agent2, '  zqxylofon ')).toBe(0);
    expect(await search(A.customer, 'ZQXYLOFON')).toBe(0);
    expect(await search(A.agent, 'zqxylofon', [ids.payroll])).toBe(0);
    expect(await search(A.customer, 'zqzebra')).toBe(0);
    // Found something: logged, but not missing.
    expect(await search(A.agent, 'frånvaro')).toBeGreaterThan(0);
    const logged = await t.sql<{ normalised: string; result_count: number; role: string }>(`select normalised, result_count, role from kb_search_log order by id`);
    expect(logged.map((r) => r.normalised)).toEqual(['zqxylofon', 'zqxylofon', 'zqxylofon', 'zqxylofon', 'zqzebra', 'frånvaro']);
    expect(logged.map((r) => r.role)).toEqual(['AGENT', 'AGENT', 'CUSTOMER', 'AGENT', 'CUSTOMER', 'AGENT']);
    const list = (await missing(EDITOR)).data!.missingAnswers;
    expect(list.map(({ lastSearchedAt, ...r }) => r)).toEqual([
      { query: 'zqxylofon', searches: 3, fromCustomers: 1, answeredLater: 0, serviceArea: null, service: null },
      { query: 'zqxylofon', searches: 1, fromCustomers: 0, answeredLater: 0, serviceArea: { code: 'PAYROLL' }, service: null },
      { query: 'zqzebra', searches: 1, fromCustomers: 1, answeredLater: 0, serviceArea: null, service: null },
    ]);
    expect((await missing(A.admin, { serviceAreaId: ids.payroll })).data!.missingAnswers.map((r) => [r.query, r.searches])).toEqual([['zqxylofon', 1]]);
    expect((await missing(EDITOR, { serviceAreaId: ids.finance })).data!.missingAnswers).toEqual([]);
  });

  it("a session ending in a link answers its searches, in the case's area and service; a search older than the session does not", async () => {
    clock.advance(DAY);
    expect(await search(A.agent2, 'zqpiano')).toBe(0);
    clock.advance(31 * 60_000);
    expect(await search(A.agent2, 'zqpiano zqkurs')).toBe(0);
    expect(await search(A.agent2, 'frånvaro sjukdom')).toBeGreaterThan(0);
    const article = (await t.gql(A.agent2, KnowledgeSearchDocument, { query: 'frånvaro sjukdom' })).data!.knowledgeSearch.edges[0]!.node.id;
    const ticket = await phoneTicket(t, ids, { title: 'Zqpiano', description: 'Kan jag få bidrag?' });
    await resolve(ticket, [article], A.agent2);
    const rows = await t.sql<{ normalised: string; answer: string | null }>(`select normalised, answer from kb_search_log where normalised like 'zqpiano%' or normalised like 'frånvaro sjukdom' order by id`);
    expect(rows).toEqual([
      { normalised: 'zqpiano', answer: null },
      { normalised: 'zqpiano zqkurs', answer: 'LINK' },
      { normalised: 'frånvaro sjukdom', answer: 'LINK' },
      { normalised: 'frånvaro sjukdom', answer: 'LINK' },
    ]);
    const list = (await missing(EDITOR, { serviceAreaId: ids.payroll })).data!.missingAnswers;
    expect(list.map(({ lastSearchedAt, ...r }) => r)).toEqual([
      { query: 'zqpiano zqkurs', searches: 1, fromCustomers: 0, answeredLater: 1, serviceArea: { code: 'PAYROLL' }, service: { code: 'TRAVEL_EXPENSES' } },
      { query: 'zqxylofon', searches: 1, fromCustomers: 0, answeredLater: 0, serviceArea: { code: 'PAYROLL' }, service: null },
    ]);
    expect(list[0]!.lastSearchedAt).toBe(new Date(clock.now()).toISOString());
  });

  it('a rating on a case answers the session too', async () => {
    clock.advance(DAY);
    expect(await search(A.agent, 'zqtrumma')).toBe(0);
    const article = (await t.gql(A.agent, KnowledgeSearchDocument, { query: 'frånvaro' })).data!.knowledgeSearch.edges[0]!.node.id;
    const ticket = await phoneTicket(t, ids, { title: 'Zqtrumma', description: 'Fråga om bidrag.' });
    const rated = await t.gql(A.agent, RateArticleDocument, { articleId: article, ticketId: ticket.id, helpful: true });
    expect(rated.data!.rateArticle.userErrors).toEqual([]);
    expect(await t.sql(`select answer from kb_search_log where normalised in ('zqtrumma', 'frånvaro') and searched_at = $1 order by id`, [clock.now()])).toEqual([{ answer: 'RATING' }, { answer: 'RATING' }]);
  });

  it('looks back 90 days unless told, 1 to 365', async () => {
    clock.advance(91 * DAY);
    expect((await missing(EDITOR)).data!.missingAnswers).toEqual([]);
    expect((await missing(EDITOR, { days: 95 })).data!.missingAnswers.map((r) => r.searches)).toEqual([3, 1, 1, 1, 1, 1]);
    for (const days of [0, 366]) expect((await missing(EDITOR, { days })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for knowledge editors and admins only', async () => {
    for (const who of [A.customer, A.agent, A.financeSpecialist, A.deliveryManager, A.accountManager]) {
      const res = await missing(who);
      expect([who, res.errors?.[0].extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of [A.admin, EDITOR, A.payrollSpecialist]) expect((await missing(who)).errors).toBeUndefined();
  });
});
