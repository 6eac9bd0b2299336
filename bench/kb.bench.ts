import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { correctionSql, searchSql, type Part } from '../src/knowledge/knowledge-search.sql';
import { percentile, prepareBenchDatabase } from './bench-db';

/**
 * npm run bench kb [-- --articles 100000 --rounds 40]
 *
 * Generates `articles` knowledge base articles with set-based SQL (Swedish, some English, realistic
 * words), then times `knowledgeSearch` through GraphQL for one-word, multi-word, phrase and
 * misspelt queries, and `suggestedArticles` for tickets, beside the very same SQL statements run
 * directly on a connection, in the same run. Target: p95 under 30 ms through GraphQL.
 */
const QUERIES: Record<string, string[]> = {
  'one word': ['reseräkning', 'kontoplan', 'semester', 'behörighet', 'leverantörsfaktura', 'lönespecifikation', 'attest', 'katalog'],
  'multi-word': ['skapa kundfaktura', 'semesterdagar kvar', 'konsultkostnader konto', 'logga in e-handeln', 'fel skattetabell december', 'sjukfrånvaro saknas lön'],
  phrase: ['"fel lön"', '"logga in"', '"kundfaktura" -moms', 'reseräkning or traktamente'],
  misspelt: ['resräkning', 'kundfatura', 'kontplanen', 'semesterdgar', 'leverantörsfaktra', 'behörigehet'],
};

const TICKET_TEXTS = [
  ['Fråga om utbetalning', 'Jag skickade in min reseräkning förra veckan. Vilket datum kommer pengarna?'],
  ['Kontoplan', 'Var hittar jag kontoplanen för bokföring av konsultkostnader?'],
  ['Semester', 'Hur många semesterdagar har jag kvar i år och hur ansöker jag?'],
  ['E-handel', 'Jag kan inte logga in i e-handeln efter att jag bytt myndighet.'],
  ['Faktura', 'Kundfakturan har fel momssats, hur rättar jag den?'],
];

const toPg = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function generate(db: Client, count: number): Promise<number> {
  const t0 = performance.now();
  await db.query(`alter table kb_article disable trigger kb_article_words`);
  await db.query(`select setseed(0.42)`);
  await db.query(
    `with v as (select
        array['Reseräkning','Semester','Lönespecifikation','Kundfaktura','Leverantörsfaktura','Kontoplan','Behörighet','Attest','Katalog','Beställning',
              'Sjukfrånvaro','Traktamente','Bokslut','Periodisering','Anläggning','Pension','Friskvård','Utlägg','Skattetabell','Moms'] as subjects,
        array['saknas','har fastnat','visar fel belopp','ska ändras','behöver godkännas','har inte skickats','kan inte öppnas','ska registreras','ska rättas','är försenad'] as states,
        array['i självservice','i Raindance','i Primula','i e-handeln','vid årsskiftet','för nyanställda','efter omorganisation','för chefer','vid tjänstledighet','för konsulter'] as places,
        array['Kontrollera först att perioden är öppen och att underlaget är attesterat.','Ändringar efter stopptiden kommer med i nästa körning.',
              'Myndighetens kontaktperson ansvarar för att uppgifterna är kompletta.','Servicedesk registrerar ett ärende om felet kvarstår.',
              'Produktionen rättar uppgifter som kräver särskild behörighet.','Underlaget sparas enligt myndighetens arkivregler.',
              'Vid driftstörning publiceras information på kundwebben.','Sekretessbelagda uppgifter skickas aldrig med vanlig e-post.',
              'Beloppet syns på lönespecifikationen efter nästa lönekörning.','Fakturan skickas som e-faktura när den är attesterad.'] as sentences,
        array['Travel expenses','Annual leave','Payslip','Customer invoice','Supplier invoice','Chart of accounts','Access','Approval'] as en_subjects)
     insert into kb_article (title, summary, body, language, service_area_id, tags, audience, status, author_id, owner_group_id, solved_count, created_at, updated_at, published_at)
     select case when g % 10 = 0 then v.en_subjects[1 + (g / 10) % 8] || ' ' || (array['is missing','must be approved','shows the wrong amount','has not been sent'])[1 + g % 4]
                 else v.subjects[1 + g % 20] || ' ' || v.states[1 + (g / 20) % 10] || ' ' || v.places[1 + (g / 200) % 10] end || ' (' || g || ')',
            'Rutin ' || g,
            v.sentences[1 + (g * 7) % 10] || ' ' || v.sentences[1 + (g * 3) % 10] || E'\\n\\n' || v.sentences[1 + (g * 11) % 10] || ' ' || v.sentences[1 + g % 10],
            (case when g % 10 = 0 then 'EN' else 'SV' end)::article_language,
            a.id, array[lower(v.subjects[1 + g % 20])],
            (case when g % 2 = 0 then 'PUBLIC' else 'INTERNAL' end)::article_audience,
            (case when g % 20 = 0 then 'DRAFT' else 'PUBLISHED' end)::article_status,
            u.id, grp.id, floor(power(random(), 4) * 40)::int, now(), now(), now()
       from generate_series(1, $1) g, v,
            lateral (select id from service_area order by id offset (g % 3) limit 1) a,
            (select id from app_user where email = $2) u,
            lateral (select id from support_group where kind = 'PRODUCTION' and service_area_id = a.id limit 1) grp`,
    [count, DEMO_ACCOUNTS.payrollSpecialist],
  );
  await db.query(`alter table kb_article enable trigger kb_article_words`);
  await db.query(
    `insert into kb_word (word) select distinct w from kb_article a, regexp_split_to_table(lower(a.title || ' ' || coalesce(a.summary, '') || ' ' || array_to_string(a.tags, ' ')), '[[:space:][:punct:]]+') w
      where length(w) between 3 and 60 and w ~ '[^0-9]' on conflict do nothing`,
  );
  // As autovacuum would leave it: GIN pending lists merged, statistics fresh.
  await db.query(`vacuum analyze kb_article`);
  await db.query(`vacuum analyze kb_word`);
  return (performance.now() - t0) / 1000;
}

const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(s, 95).toFixed(1).padStart(6)} ms`;
};

export async function runKbBench(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { articles: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '40' } } });
  const count = Number(values.articles);
  const rounds = Number(values.rounds);
  const { databaseUrl, cleanup } = await prepareBenchDatabase('supportchain_bench_kb');
  let child: ChildProcess | undefined;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const seconds = await generate(db, count);
    const [{ n }] = (await db.query(`select count(*)::int as n from kb_article`)).rows;
    console.log(`\nknowledge base: ${n} articles (${count} generated in ${seconds.toFixed(1)} s, set-based SQL)\n`);
    child = fork(path.join(__dirname, 'target.js'), ['api', databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once('message', (m: { port: number }) => resolve(m.port));
      child!.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    });
    const token = await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.agent);
    const gql = async (query: string, variables: object) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const json = (await res.json()) as { data?: unknown; errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data as Record<string, unknown>;
    };
    const SEARCH = `query($q: String!) { knowledgeSearch(query: $q, first: 10) { correctedQuery edges { rank snippet node { id title } } } }`;
    const SUGGEST = `query($id: ID!) { suggestedArticles(ticketId: $id, first: 5) { rank snippet node { id title } } }`;
    const where = [`a.status = 'PUBLISHED'`];
    // The API's statements in the API's order: the title part, the body part when the page needs
    // more, the typo correction when fewer than 3 were found, and then the ranking by coverage.
    const ranked = async (sqlFor: (part: Part, n: number) => string, params: unknown[], n: number) => {
      const head = (await db.query(toPg(sqlFor('head', n)), params)).rows;
      return head.length < n ? [...head, ...(await db.query(toPg(sqlFor('body', n - head.length)), params)).rows] : head;
    };
    const direct = async (q: string) => {
      const rows = await ranked((part, n) => searchSql(part, where, 0, n), [q, q], 11);
      if (rows.length < 3) {
        const words = [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])];
        const fixes = (await db.query(toPg(correctionSql(where[0])), [JSON.stringify(words)])).rows.filter((r) => !r.known && r.best);
        const again = fixes.length ? await ranked((part, n) => searchSql(part, where, 0, n), [fixes[0].best, fixes[0].best], 11) : rows;
        if (again.length < 3) await db.query(toPg(searchSql('any', where, 0, 11)), [q, q]);
      }
    };
    const time = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };

    // Warm up both paths.
    for (const qs of Object.values(QUERIES)) for (const q of qs) await Promise.all([gql(SEARCH, { q }), direct(q)]);

    console.log(`knowledgeSearch, first: 10, ${rounds} rounds of each query, one at a time:`);
    const all: number[] = [];
    const byQuery = new Map<string, number[]>();
    for (const [kind, qs] of Object.entries(QUERIES)) {
      const api: number[] = [];
      const sql: number[] = [];
      for (let r = 0; r < rounds; r++)
        for (const q of qs) {
          const ms = await time(() => gql(SEARCH, { q }));
          api.push(ms);
          byQuery.set(q, [...(byQuery.get(q) ?? []), ms]);
          sql.push(await time(() => direct(q)));
        }
      all.push(...api);
      console.log(`  ${kind.padEnd(11)} GraphQL ${fmt(api)}   SQL directly ${fmt(sql)}`);
    }
    console.log(`  ${'all'.padEnd(11)} GraphQL ${fmt(all)}   (target: p95 under 30 ms)`);
    const slowest = [...byQuery].map(([q, ms]) => [q, percentile([...ms].sort((a, b) => a - b), 50)] as const).sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(`  slowest (p50): ${slowest.map(([q, ms]) => `${q} ${ms.toFixed(1)} ms`).join(', ')}`);

    // suggestedArticles for tickets written like the demo's.
    const ticketIds: string[] = [];
    const area = (await db.query(`select id from service_area where code = 'PAYROLL'`)).rows[0].id;
    for (const [title, description] of TICKET_TEXTS) {
      const { rows } = await db.query(
        `insert into ticket (number, title, description, channel, requester_id, service_area_id, category, impact, urgency, priority, status, tier, group_id, created_by_id)
         select 'SSC-2099-' || lpad(nextval('ticket_number_seq')::text, 6, '0'), $1, $2, 'PHONE', u.id, $3, 'QUESTION', 'MEDIUM', 'MEDIUM', 'P3', 'NEW', 'FIRST', g.id, u.id
           from app_user u, support_group g where u.email = $4 and g.kind = 'SERVICEDESK' returning id`,
        [title, description, area, DEMO_ACCOUNTS.agent],
      );
      ticketIds.push(Buffer.from(`Ticket:${rows[0].id}`).toString('base64url'));
    }
    const api: number[] = [];
    const sql: number[] = [];
    for (let r = 0; r < rounds; r++)
      for (let i = 0; i < ticketIds.length; i++) {
        api.push(await time(() => gql(SUGGEST, { id: ticketIds[i] })));
        const [title, description] = TICKET_TEXTS[i];
        const text = `${title}\n${title}\n${description}`;
        sql.push(await time(async () => (await db.query(toPg(searchSql('any', [...where, 'a.service_area_id = ?'], 0, 6)), [text, text, area])).rows));
      }
    console.log(`\nsuggestedArticles, first: 5, ${rounds} rounds of ${ticketIds.length} tickets:`);
    console.log(`  ${'tickets'.padEnd(11)} GraphQL ${fmt(api)}   SQL directly ${fmt(sql)}`);
  } finally {
    await db.end();
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await cleanup();
  }
}
