import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FixedClock } from '../src/platform/clock';
import { preparedRows } from '../src/platform/db/prepared';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Prepared statements (platform/db/prepared.ts) fail as `em.execute` fails, so callers that catch
 * MikroORM's exceptions (the idempotent create's unique violation) see the same; and a statement
 * prepared before the schema changed under the running process (a migration) fails its one
 * transaction, after which every statement is prepared afresh instead of failing for good.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ clock: new FixedClock(new Date('2027-02-01T09:00:00Z')), worker: false });
  await t.sql(`create type scratch_mood as enum ('GLAD', 'LEDSEN'); create table scratch (id int primary key, mood scratch_mood not null); insert into scratch values (1, 'GLAD')`);
});
afterAll(() => t?.stop());

const moodOf = (em: EntityManager) => preparedRows<{ id: number; mood: string }>(em, `select id, mood from scratch where id = ?::int`, [1]);

describe('prepared statements', () => {
  it('throw the exceptions em.execute throws', async () => {
    const em = t.app.orm.em.fork();
    const insert = () => preparedRows(em, `insert into scratch (id, mood) values (?::int, 'LEDSEN')`, [2]);
    await insert();
    const err = await insert().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UniqueConstraintViolationException);
    expect((err as Error).message).toMatch(/duplicate key value violates unique constraint "scratch_pkey"/);
  });

  it('after a schema change under them fail once, then are prepared afresh instead of failing for good', async () => {
    // Prepared on the pool's connections, past PostgreSQL's five custom plans (a cached generic plan).
    for (let i = 0; i < 25; i++) expect(await moodOf(t.app.orm.em.fork())).toEqual([{ id: 1, mood: 'GLAD' }]);
    // The enum type and its table recreated, as a migration's down and up do, while the app runs.
    await t.sql(`drop table scratch; drop type scratch_mood; create type scratch_mood as enum ('GLAD', 'LEDSEN', 'ARG'); create table scratch (id int primary key, mood scratch_mood not null); insert into scratch values (1, 'ARG')`);
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i++) {
      outcomes.push(
        await moodOf(t.app.orm.em.fork()).then(
          (rows) => rows.map((r) => r.mood).join(),
          (err: unknown) => `${(err as Error).constructor.name}: ${(err as Error).message}`,
        ),
      );
    }
    // The first call's connection had the old statement; every call after it prepares the text afresh.
    expect(outcomes[0]).toBe('DriverException: cached plan must not change result type');
    expect(outcomes.slice(1)).toEqual(Array(24).fill('ARG'));
  });
});
