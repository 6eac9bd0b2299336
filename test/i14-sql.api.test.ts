import { CENTRE_ZONE_SQL, pgArray } from '../src/platform/db/sql';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 14, SQL: the platform helpers every *.sql.ts goes through, against the real PostgreSQL. */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
});
afterAll(() => t?.stop());

describe('issue 14: platform SQL helpers', () => {
  it('pgArray round-trips numbers, enum names and any text through a bound parameter', async () => {
    const text = ['NEW', 'a b', 'x,y', 'q"t', 'b\\s', '', 'null', 'NULL', '{}', 'ö'];
    const [row] = await t.sql<{ a: string[]; n: number[] }>('select $1::text[] as a, $2::int[] as n', [pgArray(text), pgArray([3, 1, 2])]);
    expect(row.a).toEqual(text);
    expect(row.n).toEqual([3, 1, 2]);
  });

  it('takes local days in the centre zone', async () => {
    const [row] = await t.sql<{ d: string }>(`select to_char(timestamptz '2026-06-30 22:30:00Z' at time zone ${CENTRE_ZONE_SQL}, 'YYYY-MM-DD') as d`);
    expect(row.d).toBe('2026-07-01');
  });
});
