import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

describe('migrations', () => {
  it('describe exactly what the entities declare: no schema change is pending', async () => {
    const diff = await t.app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
    expect(await t.app.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('leave the queue indexes and the trigram search in place', async () => {
    const indexes = (await t.sql<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'ticket'`)).map((r) => r.indexname);
    expect(indexes).toEqual(expect.arrayContaining(['ticket_open_tier_queue_idx', 'ticket_open_group_queue_idx', 'ticket_text_trgm_idx', 'ticket_agency_created_idx']));
  });
});
