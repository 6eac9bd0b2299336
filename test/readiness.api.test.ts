import { Client } from 'pg';
import { prepareDatabase } from '../src/app';
import { withDatabase } from './support/global-setup';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const readyz = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: await res.json() };
};

describe('/readyz', () => {
  it('is not ready while a migration is pending, and ready again once it ran', async () => {
    const migrator = t.app.orm.getMigrator();
    const [last] = (await migrator.getExecutedMigrations()).slice(-1);
    await migrator.down({ step: 1 } as never);
    try {
      expect(await readyz(t.port)).toEqual({ status: 503, body: { status: 'not ready', database: 'ok', migrations: 'pending', live: 'connected', jobs: 'running' } });
    } finally {
      await migrator.up();
    }
    expect((await migrator.getExecutedMigrations()).slice(-1)[0].name).toBe(last.name);
    expect(await readyz(t.port)).toEqual({ status: 200, body: { status: 'ready', database: 'ok', migrations: 'ok', live: 'connected', jobs: 'running' } });
  });

  it('says an API-only instance runs no jobs, and is ready', async () => {
    const apiOnly = await t.peer({ worker: false });
    expect(await readyz(apiOnly.port)).toEqual({ status: 200, body: { status: 'ready', database: 'ok', migrations: 'ok', live: 'connected', jobs: 'off' } });
  });
});

describe('two instances starting together on an empty database', () => {
  it('migrate one after the other: one applies every migration and seeds, the other finds nothing to do', async () => {
    const adminUrl = process.env.SC_TEST_ADMIN_URL!;
    const name = `${process.env.SC_TEST_PREFIX}_empty_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = withDatabase(adminUrl, name);
      const both = await Promise.all([prepareDatabase(url, { seedDemo: true }), prepareDatabase(url, { seedDemo: true })]);
      const total = (await t.sql<{ n: number }>(`select count(*)::int as n from mikro_orm_migrations`))[0].n;
      expect(both.map((r) => r.migrated).sort((a, b) => a - b)).toEqual([0, total]);
      expect(both.map((r) => r.seeded).sort()).toEqual([false, true]);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
    // Every migration and the demo seed, from an empty database: over 60 s on a busy 2-core machine.
  }, 180_000);
});
