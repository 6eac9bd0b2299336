import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Each domain keeps its SQL in `*.sql.ts` beside its services (issue 14); the platform's database
 * helpers live in src/platform/db/, and a domain's migrations in src/<domain>/migrations/. This fails
 * when a statement is run from anywhere else.
 */

const SRC = path.resolve(__dirname, '../src');

/** Ways of running SQL: an entity manager's or connection's execute, a pg client's query, knex, raw fragments, readRows. */
const RUNS_SQL: { name: string; pattern: RegExp }[] = [
  { name: '.execute(', pattern: /\.execute\s*(<[^>]*(>[^>]*)*>)?\s*\(/ },
  { name: '.query(', pattern: /\.query\s*(<[^>]*>)?\s*\(/ },
  { name: '.raw(', pattern: /\.raw\s*\(/ },
  { name: 'getKnex', pattern: /getKnex/ },
  { name: 'readRows(', pattern: /\breadRows\s*\(/ },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** `file:line name` for every statement run outside the allowed places. */
function misplaced(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    // A domain's migrations are SQL by nature, as the top-level migrations/ folder is.
    if (rel.endsWith('.sql.ts') || rel.startsWith('platform/db/') || /^[^/]+\/migrations\//.test(rel)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const { name, pattern } of RUNS_SQL) if (pattern.test(line)) found.push(`${rel}:${i + 1} ${name}`);
      });
  }
  return found;
}

describe('SQL placement', () => {
  it('runs SQL only from *.sql.ts files and platform/db', () => {
    expect(misplaced()).toEqual([]);
  });

  it('recognises the ways of running SQL', () => {
    const lines = ['await em.execute(`select 1`)', 'tx.em.execute<{ n: number }[]>(sql)', "orm.em.getConnection().execute('select 1')", 'await c.query(`listen x`)', 'qb.raw(`now()`)', 'em.getKnex()', 'readRows(em, Ticket, sql)'];
    expect(lines.map((l) => RUNS_SQL.filter(({ pattern }) => pattern.test(l)).map((r) => r.name))).toEqual([['.execute('], ['.execute('], ['.execute('], ['.query('], ['.raw('], ['getKnex'], ['readRows(']]);
  });
});
