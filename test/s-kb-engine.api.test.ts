import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

/** kb_lexeme against a count from scratch: the rows that differ (none when the triggers kept it). */
const drift = () =>
  t.sql(`with fresh as (select a.language, l.lexeme, count(*)::int as df from kb_article a, unnest(array_append(tsvector_to_array(a.search), '')) l(lexeme) group by 1, 2)
         select coalesce(f.language, k.language) as language, coalesce(f.lexeme, k.lexeme) as lexeme, f.df as fresh, k.df as kept
           from fresh f full join (select * from kb_lexeme where df <> 0) k on k.language = f.language and k.lexeme = f.lexeme
          where f.df is distinct from k.df`);

describe('the engine\'s lexeme counts and compound parts (issue 21)', () => {
  it('kb_lexeme counts every lexeme\'s articles through inserts, updates and deletes', async () => {
    expect(await drift()).toEqual([]);
    await t.sql(`insert into kb_article (title, summary, body, language, service_area_id, tags, audience, status, author_id, owner_group_id, created_at, updated_at)
                 select 'Konferensutlägg för zebrakurs', 'Zebrakursen', 'Utlägg för zebrakurs.', 'SV', s.id, array['zebra'], 'INTERNAL', 'PUBLISHED', u.id, g.id, now(), now()
                   from service_area s, app_user u, support_group g where s.code = 'PAYROLL' and u.role = 'ADMIN' and g.kind = 'SERVICEDESK' limit 1`);
    expect(await drift()).toEqual([]);
    const [{ df }] = await t.sql<{ df: number }>(`select df from kb_lexeme where language = 'SV' and lexeme = 'zebrakurs'`);
    expect(df).toBe(1);
    await t.sql(`update kb_article set solved_count = solved_count + 1 where title like 'Konferensutlägg för zebrakurs'`);
    await t.sql(`update kb_article set body = 'Giraffkurs.' where title like 'Konferensutlägg för zebrakurs'`);
    expect(await drift()).toEqual([]);
    await t.sql(`delete from kb_article where title = 'Konferensutlägg för zebrakurs'`);
    expect(await drift()).toEqual([]);
  });

  it('an existing database gets the compound parts of its articles, and their counts, when it migrates', async () => {
    const migrator = t.app.orm.getMigrator();
    await migrator.down({ to: 'Migration20261130120000_KnowledgeLexemes' });
    try {
      // Articles as an older release left them: no compound parts yet.
      await t.sql(`update kb_article set head_parts = null, body_parts = null`);
      const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from kb_article where search @@ 'sjuk'::tsquery and language = 'SV'`);
      expect(n).toBe(0);
    } finally {
      await migrator.up();
    }
    expect(await t.sql(`select count(*)::int as n from kb_article where head_parts is null`)).toEqual([{ n: 0 }]);
    // A compound of the body is searchable by its parts again ("konferensutlägg" in the seed's text).
    const [{ parts }] = await t.sql<{ parts: string }>(`select head_parts || ' ' || body_parts as parts from kb_article where language = 'SV' and (title || body) ilike '%sjukfrånvaro%' limit 1`);
    expect(parts).toMatch(/\bsjuk\b/);
    const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from kb_article where search @@ 'sjuk'::tsquery and language = 'SV'`);
    expect(n).toBeGreaterThan(0);
    expect(await drift()).toEqual([]);
  });
});
