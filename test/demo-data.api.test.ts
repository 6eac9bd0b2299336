import { DEMO_TICKETS, seedDemoOutcomes, seedDemoTimers, seedTickets } from '../seeds/demo.seeder';
import { SlaReportDocument } from './generated/graphql';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** The demo data `npm start` loads: a year of tickets, their timers and outcomes, consistent with each other. */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const em = t.app.orm.em.fork();
  await em.transactional(async (tx) => {
    await seedTickets(tx, DEMO_TICKETS);
    await seedDemoTimers(tx);
    await seedDemoOutcomes(tx);
  });
}, 120_000);
afterAll(() => t?.stop());

describe('the demo data', () => {
  it('records each escalated ticket\'s first escalation', async () => {
    const rows = await t.sql<{ n: number; mismatched: number }>(
      `select count(*)::int as n, count(*) filter (where t.escalated_at is distinct from e.at)::int as mismatched
         from ticket t left join (select ticket_id, min(at) as at from ticket_event where kind = 'ESCALATED' group by ticket_id) e on e.ticket_id = t.id`,
    );
    expect(rows[0]).toEqual({ n: DEMO_TICKETS, mismatched: 0 });
  });

  it('keeps the report aggregates equal to a rebuild from the sources', async () => {
    const snapshot = async () => [
      await t.sql(`select * from sla_day where measured <> 0 or met <> 0 or elapsed_ms <> 0 order by 1, 2, 3, 4, 5`),
      await t.sql(`select * from sla_minutes where n <> 0 order by 1, 2, 3, 4, 5, 6`),
      await t.sql(`select * from ticket_volume where n <> 0 order by 1, 2, 3, 4, 5, 6`),
    ];
    const kept = await snapshot();
    await t.sql(`select rebuild_report_aggregates()`);
    expect(await snapshot()).toEqual(kept);
  });

  it('gives the whole centre\'s report escalations, referrals and resolutions on every tier', async () => {
    const year = (await t.sql<{ y: string }>(`select to_char(max(created_at), 'YYYY') as y from ticket`))[0].y;
    const res = await t.gql(A.admin, SlaReportDocument, { input: { from: `${Number(year) - 1}-12-01`, to: `${year}-11-30` }, first: 1 } as never);
    const volumes = res.data!.slaReport.volumes;
    expect(volumes.escalated).toBeGreaterThan(0);
    expect(volumes.referrals).toBeGreaterThan(0);
    expect(volumes.byResolutionTier.map((c) => c.key)).toEqual(['FIRST', 'SECOND', 'THIRD']);
    expect(volumes.escalationRate).toBeGreaterThan(0.1);
  });
});
