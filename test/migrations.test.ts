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

describe('the collaboration migration', () => {
  it('moves the old account and delivery responsibilities into agency contacts, the first holder the person and a second the deputy', async () => {
    const migrator = t.app.orm.getMigrator();
    await migrator.down({ to: 'Migration20261123224000_ReportAggregates' });
    try {
      await t.sql(`insert into delivery_responsibility (user_id, agency_id, service_area_id)
                   select u.id, a.id, s.id from app_user u, agency a, service_area s
                    where u.email in ('leverans1@ssc.example', 'leverans2@ssc.example') and a.name = 'Boverket' and s.code = 'FINANCE' order by u.email`);
      await t.sql(`insert into account_responsibility (user_id, agency_id) select u.id, a.id from app_user u, agency a where u.email = 'kundansvar3@ssc.example' and a.name = 'Boverket'`);
    } finally {
      await migrator.up();
    }
    const rows = await t.sql(
      `select c.side, c.role, s.code as area, p.email as person, d.email as deputy from agency_contact c join agency a on a.id = c.agency_id
         join app_user p on p.id = c.person_id left join app_user d on d.id = c.deputy_id left join service_area s on s.id = c.service_area_id
        where a.name = 'Boverket' order by c.role`,
    );
    expect(rows).toEqual([
      { side: 'CENTRE', role: 'ACCOUNT_MANAGER', area: null, person: 'kundansvar3@ssc.example', deputy: null },
      { side: 'CENTRE', role: 'DELIVERY_MANAGER', area: 'FINANCE', person: 'leverans1@ssc.example', deputy: 'leverans2@ssc.example' },
    ]);
  });
});
