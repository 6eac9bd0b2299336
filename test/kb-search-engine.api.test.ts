import { parse } from 'graphql';
import { DEMO_ACCOUNTS, KNOWLEDGE_EDITOR_AGENT as EDITOR } from '../seeds/directory';
import { lexemisedTexts } from '../src/knowledge/knowledge-engine.service';
import { startTestApp, type TestApp } from './support/test-app';

/** The knowledge search engine of issue 21 through the API, on the demo knowledge base. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const AGENT = DEMO_ACCOUNTS.agent;
const SEARCH = parse(`query($q: String!, $n: Int) { knowledgeSearch(query: $q, first: $n) { correctedQuery edges { node { title language } } } }`);
const SUGGEST = parse(`query($text: String!) { suggestArticles(text: $text, first: 3) { node { title } } }`);
const SYNONYMS = parse(`query($l: ArticleLanguage!) { synonyms(language: $l) { id terms } synonymHistory(language: $l) { action terms } }`);
const ADD = parse(`mutation($l: ArticleLanguage!, $terms: [String!]!) { addSynonymGroup(language: $l, terms: $terms) { synonymGroup { id terms } userErrors { code field } } }`);
const REMOVE = parse(`mutation($id: ID!) { removeSynonymGroup(groupId: $id) { synonymGroup { id } userErrors { code } } }`);

const search = async (q: string, n = 3, as = AGENT) => {
  const res = (await t.gql(as, SEARCH, { q, n })) as { data?: { knowledgeSearch: { correctedQuery: string | null; edges: { node: { title: string; language: string } }[] } }; errors?: unknown };
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.knowledgeSearch;
};
const titles = async (q: string, n = 3) => (await search(q, n)).edges.map((e) => e.node.title);

describe('Swedish compounds', () => {
  it('a compound in the question meets its parts in the article, and a compound in the article meets the parts in the question', async () => {
    // The article says "Utlägg för konferens"; the question joins them.
    expect((await titles('konferensutlägget har inte betalats ut'))[0]).toBe('Utlägg för konferens saknas på utbetalningen');
    // "e-handelssystemet" meets "e-handeln".
    expect(await titles('kan inte logga in i e-handelssystemet')).toContain('Jag kan inte logga in i e-handeln');
  });

  it('indexes the parts of an article\'s compounds (the article is found by a part it only has inside a compound)', async () => {
    const [row] = await t.sql<{ head_parts: string }>(`select head_parts from kb_article where title = 'Friskvårdsbidraget har inte betalats ut'`);
    expect(row.head_parts.split(' ')).toEqual(expect.arrayContaining(['friskvård', 'bidraget']));
    expect(await titles('bidraget har inte kommit')).toContain('Friskvårdsbidraget har inte betalats ut');
  });
});

describe('coverage ranking', () => {
  it('puts the articles covering every word first, then those covering the most (rare words weighing most)', async () => {
    const hits = await titles('reseräkning attestflöde chef slutat', 5);
    expect(hits[0]).toBe('Reseräkningen har fastnat i attestflödet');
    // A question with a word no article has still finds the article covering the rest.
    expect((await titles('zyxwq reseräkningen har fastnat i attestflödet'))[0]).toBe('Reseräkningen har fastnat i attestflödet');
  });

  it('never comes back empty when an article covers most of a question, in either language', async () => {
    expect(await titles('where is the chart of accounts for my unit please')).toContain('Where is the chart of accounts?');
    expect(await titles('var finns kontoplanen för min enhet tack')).toContain('Var finns kontoplanen?');
  });
});

describe("a question's words", () => {
  it('are lexemised by the database once per instance: the same words again rank the same without that lookup', async () => {
    const before = lexemisedTexts();
    const first = await titles('friskvårdsbidraget zyxwqvu betalas', 5);
    // The three words, the compound's parts and the lemmas: looked up once.
    const looked = lexemisedTexts() - before;
    expect(looked).toBeGreaterThanOrEqual(3);
    expect(await titles('friskvårdsbidraget zyxwqvu betalas', 5)).toEqual(first);
    expect(await titles('betalas friskvårdsbidraget', 5)).toContain('Friskvårdsbidraget har inte betalats ut');
    expect(lexemisedTexts() - before).toBe(looked);
    // A new word is looked up (one text: no compound parts, no lemma).
    await titles('friskvårdsbidraget zyxwqvuu', 5);
    expect(lexemisedTexts() - before).toBe(looked + 1);
  });
});

describe('English questions', () => {
  it('find the English articles first and the Swedish ones after', async () => {
    const hits = (await search('how do I create a customer invoice in Raindance', 5)).edges.map((e) => e.node.language);
    expect(hits[0]).toBe('EN');
    const firstSv = hits.indexOf('SV');
    if (firstSv >= 0) expect(hits.slice(firstSv).every((l) => l === 'SV')).toBe(true);
  });
});

describe('typo correction', () => {
  it('corrects a misspelt word but never a known word into another', async () => {
    const fixed = await search('kontoplannen');
    expect(fixed.edges[0].node.title).toBe('Var finns kontoplanen?');
    // "konto" is a word the articles use: it is not turned into "kontoplan" or anything else.
    const known = await search('konto');
    expect(known.correctedQuery).toBeNull();
  });
});

describe('a misspelt question', () => {
  it("is ranked again right after its correction: the nearest word's lexemes and counts come with it, not in a lookup of their own", async () => {
    await search('kundfatura');
    t.statements.log.length = 0;
    const fixed = await search('kundfatura');
    expect(fixed.correctedQuery).toBe('kundfaktura');
    expect(fixed.edges[0].node.title).toBe('Hur skapar jag en kundfaktura?');
    const log = [...t.statements.log];
    // The correction (with the nearest word's lexemes), the two rankings, and one counts lookup: the question's own.
    expect(log.filter((s) => /with c as materialized \(select t\.token/.test(s))).toHaveLength(1);
    expect(log.filter((s) => /with g as \(select x\.ord/.test(s))).toHaveLength(2);
    expect(log.filter((s) => /from kb_lexeme l join json_to_recordset/.test(s))).toHaveLength(1);
  });
});

describe('synonyms', () => {
  it('are listed per language for knowledge editors, and forbidden to others', async () => {
    const res = (await t.gql(EDITOR, SYNONYMS, { l: 'SV' })) as { data: { synonyms: { terms: string[] }[]; synonymHistory: { action: string }[] } };
    expect(res.data.synonyms.some((g) => g.terms.includes('sjukskrivning') && g.terms.includes('sjukfrånvaro'))).toBe(true);
    expect(res.data.synonymHistory.length).toBeGreaterThan(0);
    const other = (await t.gql(AGENT, SYNONYMS, { l: 'SV' })) as { errors?: { extensions: { code: string } }[] };
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('apply the seeded desk pairs at query time', async () => {
    expect((await titles('sjukskrivning syns inte i lönen'))[0]).toBe('Sjukfrånvaro saknas i lönesystemet');
    expect((await titles('OB-ersättningen är fel'))[0]).toBe('Fel OB-tillägg på lönespecifikationen');
    expect((await titles('vilket konto för konsultarvode'))[0]).toBe('Vilket konto ska användas för konsultkostnader?');
  });

  it('take effect at once when an editor adds a group, with userErrors for bad input, and stop when it is removed', async () => {
    expect(await titles('kvartersplåster')).not.toContain('Hur aktiverar jag en anläggningstillgång?');
    const bad = (await t.gql(EDITOR, ADD, { l: 'SV', terms: ['en', ' EN '] })) as { data: { addSynonymGroup: { synonymGroup: null; userErrors: { code: string; field: string[] }[] } } };
    expect(bad.data.addSynonymGroup.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['terms'] }]);
    const added = (await t.gql(EDITOR, ADD, { l: 'SV', terms: ['kvartersplåster', 'anläggningstillgång'] })) as { data: { addSynonymGroup: { synonymGroup: { id: string }; userErrors: unknown[] } } };
    expect(added.data.addSynonymGroup.userErrors).toEqual([]);
    expect(await titles('kvartersplåster')).toContain('Hur aktiverar jag en anläggningstillgång?');
    const again = (await t.gql(EDITOR, ADD, { l: 'SV', terms: ['anläggningstillgång', 'kvartersplåster'] })) as { data: { addSynonymGroup: { userErrors: { code: string }[] } } };
    expect(again.data.addSynonymGroup.userErrors[0].code).toBe('CONFLICT');
    const removed = (await t.gql(EDITOR, REMOVE, { id: added.data.addSynonymGroup.synonymGroup.id })) as { data: { removeSynonymGroup: { userErrors: unknown[] } } };
    expect(removed.data.removeSynonymGroup.userErrors).toEqual([]);
    expect(await titles('kvartersplåster')).not.toContain('Hur aktiverar jag en anläggningstillgång?');
    const history = (await t.gql(EDITOR, SYNONYMS, { l: 'SV' })) as { data: { synonymHistory: { action: string; terms: string[] }[] } };
    expect(history.data.synonymHistory.slice(0, 2).map((e) => e.action)).toEqual(['REMOVED', 'ADDED']);
  });
});

describe('suggestions', () => {
  it('use the same engine (synonyms and compounds apply while typing)', async () => {
    const res = (await t.gql(AGENT, SUGGEST, { text: 'Hej, min sjukskrivning från förra veckan syns inte i lönen' })) as { data: { suggestArticles: { node: { title: string } }[] } };
    expect(res.data.suggestArticles[0].node.title).toBe('Sjukfrånvaro saknas i lönesystemet');
  });
});
