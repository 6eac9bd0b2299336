import { Client } from 'pg';
import { freePort } from '../free-port';
import { isDatabaseUnavailable } from './unavailable';

/** The errors are real ones, from connections to a port where nothing listens. */
const caught = (work: () => Promise<unknown>) => work().then(() => { throw new Error('expected a failure'); }, (err: unknown) => err);

describe('isDatabaseUnavailable', () => {
  it('holds for node-postgres out of reach, as it is and as MikroORM wraps it, and for PostgreSQL shutting down', async () => {
    const port = await freePort();
    const refused = await caught(() => new Client({ host: '127.0.0.1', port, user: 'x', database: 'x' }).connect());
    expect((refused as { code: string }).code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable({ name: 'DriverException', code: 'ECONNREFUSED', previous: refused })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }))).toBe(true);
  });

  it('does not hold for another server out of reach: an HTTP call (a JWKS fetch) refused is fetch failed, its socket error the cause', async () => {
    const port = await freePort();
    const fetchFailed = await caught(() => fetch(`http://127.0.0.1:${port}/jwks`));
    expect((fetchFailed as { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(fetchFailed)).toBe(false);
  });

  it('does not hold for a query the database refused', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
