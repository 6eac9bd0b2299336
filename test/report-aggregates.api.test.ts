import { FixedClock } from '../src/platform/clock';
import { createRandom } from '../seeds/prng';
import {
  AddTicketCommentDocument,
  CloseTicketDocument,
  EscalateTicketDocument,
  RecordVendorResponseDocument,
  ReferTicketToVendorDocument,
  ReopenTicketDocument,
  ResolveTicketDocument,
  SlaReportDocument,
  UpdateTicketDocument,
  type SlaReportQuery,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { deltaRows as deltaRowsOf, liveFigures as liveFiguresOf } from './support/report-figures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The report's aggregates (triggers append to the deltas, the fold moves them into the aggregates)
 * against the raw computation over the facts, the tickets, their history and their referrals,
 * after random activity through the API: every figure, to the ticket, for several scopes and
 * periods (quarters, and dates that cut months), with nothing folded yet, part of the deltas
 * folded, and all of them folded. No job runner: this test folds by hand.
 */

const clock = new FixedClock(local('2027-03-15T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
  await randomActivity();
}, 120_000);
afterAll(() => t?.stop());

const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** Sixty tickets from mid-March to mid-July 2027, each taken some way along the chain at random. */
async function randomActivity() {
  const random = createRandom(7);
  const requesters = [ids.customer, ids.customer2, ids.otherCustomer];
  const services = [ids.travelExpenses, ids.supplierInvoices];
  for (let i = 0; i < 60; i++) {
    // A weekday between 08:00 and 16:59, in order, so each ticket's story moves forward.
    let at = local('2027-03-15T08:00').getTime() + i * 2 * 86_400_000 + random.int(0, 8 * 60) * 60_000;
    const step = (hours: number) => {
      at += random.int(1, hours * 60) * 60_000;
      clock.set(new Date(at));
    };
    clock.set(new Date(at));
    const ticket = await phoneTicket(t, ids, {
      title: `Slumpärende ${i}`,
      requesterId: random.pick(requesters),
      serviceId: random.pick(services),
      channel: random.pick(['PHONE', 'WEB'] as const),
      category: random.pick(['QUESTION', 'INCIDENT', 'SERVICE_REQUEST'] as const),
      impact: random.pick(['LOW', 'MEDIUM', 'HIGH'] as const),
      urgency: random.pick(['LOW', 'MEDIUM', 'HIGH'] as const),
    });
    const version = async () => (await t.sql<{ version: number }>('select version from ticket where id = $1', [numeric(ticket.id)]))[0].version;
    /** Runs a change; the chain may refuse it (a typed user error, nothing changed), but never fails. */
    const act = async (document: never, input: Record<string, unknown>) => {
      const res = await t.gql(A.agent, document, { ticketId: ticket.id, input: { expectedVersion: await version(), ...input } } as never);
      expect(res.errors).toBeUndefined();
    };
    if (random.chance(0.8)) {
      step(6);
      const res = await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } });
      expect(res.errors).toBeUndefined();
    }
    if (random.chance(0.4)) {
      step(8);
      await act(EscalateTicketDocument as never, { groupId: random.pick([ids.payrollGroup, ids.financeGroup]), reason: 'Kräver specialist.' });
      if (random.chance(0.4)) {
        step(8);
        await act(ReferTicketToVendorDocument as never, { vendorId: ids.primula, question: 'Kan ni undersöka?' });
        step(30);
        if (random.chance(0.8)) await act(RecordVendorResponseDocument as never, { answer: 'Rättat.' });
      }
    }
    if (random.chance(0.2)) {
      step(4);
      await act(UpdateTicketDocument as never, { serviceId: random.pick(services), impact: random.pick(['LOW', 'HIGH'] as const) });
    }
    if (random.chance(0.85)) {
      step(40);
      await act(ResolveTicketDocument as never, { resolution: 'Åtgärdat.' });
      if (random.chance(0.25)) {
        step(30);
        await act(ReopenTicketDocument as never, { reason: 'Kunden återkom.' });
        step(20);
        if (random.chance(0.7)) await act(ResolveTicketDocument as never, { resolution: 'Nu klart.' });
      }
      if (random.chance(0.5)) {
        step(100);
        await act(CloseTicketDocument as never, {});
      }
    }
  }
  clock.set(local('2027-07-20T12:00'));
}

type Report = SlaReportQuery['slaReport'];
const hours = (ms: unknown) => (ms === null ? null : Math.round((Number(ms) / 3_600_000) * 100) / 100);
const share = (met: number, measured: number) => (measured ? Math.round((met / measured) * 1000) / 10 : null);
const byKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => a.key.localeCompare(b.key));

/**
 * The raw computation: straight from `sla_outcome`, `ticket`, `ticket_event` and
 * `vendor_referral`, with PostgreSQL's own percentile_cont over the minutes. `scope` is SQL on
 * an alias `x` with columns agency_id, service_area_id, service_id.
 */
async function raw(from: string, to: string, yearFrom: string, scope: string) {
  const facts = scope.replaceAll('x.', 'o.');
  const tickets = scope.replaceAll('x.', 't.');
  const inPeriod = (column: string) => `${column} >= ($1::date)::timestamp at time zone 'Europe/Stockholm' and ${column} < ($2::date + 1)::timestamp at time zone 'Europe/Stockholm'`;
  const outcomes = await t.sql<Record<string, unknown>>(
    `select grouping(o.service_area_id, o.service_id) as g, (select code from service_area where id = o.service_area_id) as area,
            (select code from service where id = o.service_id) as service, o.metric, count(*)::int as measured, count(*) filter (where o.met)::int as met,
            avg(o.elapsed_ms)::float8 as mean_ms,
            percentile_cont(0.5) within group (order by (o.elapsed_ms + 30000) / 60000) * 60000 as median_ms,
            percentile_cont(0.9) within group (order by (o.elapsed_ms + 30000) / 60000) * 60000 as p90_ms
       from sla_outcome o where o.day between $1 and $2 and ${facts}
      group by grouping sets ((o.service_area_id, o.service_id, o.metric), (o.service_area_id, o.metric), (o.metric))`,
    [from, to],
  );
  const created = await t.sql<{ dim: string; key: string; n: number }>(
    `select 'channel' as dim, t.channel::text as key, count(*)::int as n from ticket t where ${inPeriod('t.created_at')} and ${tickets} group by 2
     union all select 'category', t.category::text, count(*)::int from ticket t where ${inPeriod('t.created_at')} and ${tickets} group by 2
     union all select 'priority', t.priority::text, count(*)::int from ticket t where ${inPeriod('t.created_at')} and ${tickets} group by 2
     union all select 'tier', t.tier::text, count(*)::int from ticket t where ${inPeriod('t.resolved_at')} and t.status in ('RESOLVED', 'CLOSED') and ${tickets} group by 2
     union all select 'escalated', '', count(*)::int from ticket t where ${inPeriod('t.created_at')} and ${tickets}
                  and exists (select 1 from ticket_event e where e.ticket_id = t.id and e.kind = 'ESCALATED')
     union all select 'referrals', '', count(*)::int from vendor_referral r join ticket t on t.id = r.ticket_id where ${inPeriod('r.sent_at')} and ${tickets}`,
    [from, to],
  );
  const trend = await t.sql<{ q: number; metric: string; measured: number; met: number }>(
    `select extract(quarter from o.day)::int as q, o.metric, count(*)::int as measured, count(*) filter (where o.met)::int as met
       from sla_outcome o where o.day between $1 and $2 and ${facts} group by 1, 2`,
    [yearFrom, to],
  );
  const months = await t.sql<{ month: string; metric: string; measured: number; met: number }>(
    `select to_char(o.day, 'YYYY-MM') as month, o.metric, count(*)::int as measured, count(*) filter (where o.met)::int as met
       from sla_outcome o where o.day between $1 and $2 and ${facts} group by 1, 2`,
    [from, to],
  );
  const counts = (dim: string) => byKey(created.filter((r) => r.dim === dim).map((r) => ({ key: r.key, count: r.n })));
  const sum = (dim: string) => created.filter((r) => r.dim === dim).reduce((s, r) => s + r.n, 0);
  const resolvedFirst = counts('tier').find((c) => c.key === 'FIRST')?.count ?? 0;
  const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);
  return {
    outcomes: outcomes.map((r) => ({
      level: Number(r.g) === 0 ? 'SERVICE' : Number(r.g) === 1 ? 'AREA' : 'TOTAL',
      area: (r.area as string | null) ?? '',
      service: Number(r.g) === 0 ? ((r.service as string | null) ?? '') : '',
      metric: r.metric,
      measured: r.measured,
      met: r.met,
      sharePercent: share(r.met as number, r.measured as number),
      meanHours: hours(r.mean_ms),
      medianHours: hours(r.median_ms),
      p90Hours: hours(r.p90_ms),
    })),
    volumes: {
      created: sum('channel'),
      byChannel: counts('channel'),
      byCategory: counts('category'),
      byPriority: counts('priority'),
      resolved: sum('tier'),
      byResolutionTier: counts('tier'),
      firstLineResolutionRate: rate(resolvedFirst, sum('tier')),
      escalated: sum('escalated'),
      escalationRate: rate(sum('escalated'), sum('channel')),
      referrals: sum('referrals'),
      meanHoursAtVendor: hours(outcomes.find((r) => Number(r.g) === 3 && r.metric === 'TIME_AT_VENDOR')?.mean_ms ?? null),
    },
    trend: trend.filter((r) => r.measured > 0).map((r) => ({ q: r.q, metric: r.metric, measured: r.measured, sharePercent: share(r.met, r.measured) })),
    months: months.map((r) => ({ month: r.month, metric: r.metric, measured: r.measured, met: r.met, sharePercent: share(r.met, r.measured) })),
  };
}

/** The report through GraphQL, in the raw computation's shape. */
function shaped(r: Report) {
  return {
    outcomes: r.outcomes.map((o) => ({
      level: o.level,
      area: o.serviceArea?.code ?? '',
      service: o.service?.code ?? '',
      metric: o.metric,
      measured: o.measured,
      met: o.met,
      sharePercent: o.sharePercent,
      meanHours: o.meanHours,
      medianHours: o.medianHours,
      p90Hours: o.p90Hours,
    })),
    volumes: { ...r.volumes, byChannel: byKey(r.volumes.byChannel), byCategory: byKey(r.volumes.byCategory), byPriority: byKey(r.volumes.byPriority), byResolutionTier: byKey(r.volumes.byResolutionTier) },
    trend: r.trend.filter((p) => p.measured > 0).map((p) => ({ q: Number(p.period.slice(-1)), metric: p.metric, measured: p.measured, sharePercent: p.sharePercent })),
    months: r.months.filter((m) => m.measured > 0).map((m) => ({ month: m.month, metric: m.metric, measured: m.measured, met: m.met, sharePercent: m.sharePercent })),
  };
}

const sortOutcomes = <T extends { level: string; area: string; service: string; metric: unknown }>(xs: T[]) =>
  [...xs].sort((a, b) => `${a.level}|${a.area}|${a.service}|${a.metric}`.localeCompare(`${b.level}|${b.area}|${b.service}|${b.metric}`));
const sortPoints = <T extends { metric: unknown }>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => `${key(a)}|${a.metric}`.localeCompare(`${key(b)}|${b.metric}`));

describe('the report aggregates after random ticket activity', () => {
  it('the activity reached every kind of figure', async () => {
    const [c] = await t.sql<Record<string, number>>(
      `select (select count(*) from sla_outcome)::int as outcomes, (select count(*) from sla_outcome where not met)::int as breached,
              (select count(*) from vendor_referral)::int as referrals, (select count(*) from ticket where escalated_at is not null)::int as escalated,
              (select count(*) from ticket_event where kind = 'REOPENED')::int as reopened, (select count(*) from ticket where status = 'CLOSED')::int as closed,
              (select count(distinct service_id) from sla_outcome)::int as services, (select count(distinct to_char(day, 'YYYY-MM')) from sla_outcome)::int as months`,
    );
    expect(c.outcomes).toBeGreaterThan(100);
    for (const k of ['breached', 'referrals', 'escalated', 'reopened', 'closed']) expect(c[k]).toBeGreaterThan(0);
    expect(c.services).toBe(2);
    expect(c.months).toBeGreaterThanOrEqual(4);
  });
});

const deltaRows = () => deltaRowsOf(t);
const liveFigures = () => liveFiguresOf(t);

describe.each([
  ['with nothing folded yet', async () => {
    // Every contribution of the activity still waits in the deltas.
    expect(await deltaRows()).toBeGreaterThan(200);
    expect(await t.sql(`select 1 from sla_day union all select 1 from ticket_volume`)).toEqual([]);
  }],
  ['with part of the deltas folded', async () => {
    const before = await deltaRows();
    // The oldest 50 of each delta: some days, months and volumes half folded.
    expect((await t.sql(`select fold_report_aggregates(50)::int as folded`))[0]).toEqual({ folded: 100 });
    expect(await deltaRows()).toBe(before - 100);
  }],
  ['with everything folded', async () => {
    await t.sql(`select fold_report_aggregates()`);
    expect(await deltaRows()).toBe(0);
  }],
] as const)('the report %s', (_state, reach) => {
  beforeAll(reach);

    const agencyOf = (name: string) => `(select id from agency where name = '${name}')`;
    const user = (email: string) => `(select id from app_user where email = '${email}')`;
    it.each([
      ['the whole centre, a quarter', A.admin, { period: '2027-Q2' }, 'true'],
      ['the whole centre, dates that cut months', A.admin, { from: '2027-03-20', to: '2027-07-05' }, 'true'],
      ['the whole centre, within one month', A.agent, { from: '2027-05-03', to: '2027-05-19' }, 'true'],
      ['one agency, named by the admin', A.admin, { from: '2027-04-10', to: '2027-06-30', agency: 'Försäkringskassan' }, `x.agency_id = ${agencyOf('Försäkringskassan')}`],
      ['a customer, their own agency', A.customer, { period: '2027-Q2' }, `x.agency_id = ${agencyOf('Skatteverket')}`],
      ['one service', A.admin, { period: '2027-Q2', service: 'SUPPLIER_INVOICES' }, `x.service_id = (select id from service where code = 'SUPPLIER_INVOICES')`],
      ['a specialist, their groups\' areas', A.payrollSpecialist, { period: '2027-Q2' }, `x.service_area_id in (select g.service_area_id from support_group g join group_membership m on m.group_id = g.id where m.user_id = ${user(A.payrollSpecialist)})`],
      ['an account manager, their agencies', A.accountManager, { from: '2027-03-01', to: '2027-07-31' }, `x.agency_id in (select agency_id from agency_contact where role = 'ACCOUNT_MANAGER' and ${user(A.accountManager)} in (person_id, deputy_id))`],
      ['a delivery manager, their agencies\' areas', A.deliveryManager, { period: '2027-Q2' }, `(x.agency_id, x.service_area_id) in (select agency_id, service_area_id from agency_contact where role = 'DELIVERY_MANAGER' and ${user(A.deliveryManager)} in (person_id, deputy_id))`],
    ] as const)('give the raw computation\'s figures: %s', async (_label, as, spec, scope) => {
      const s = spec as { period?: string; from?: string; to?: string; agency?: string; service?: string };
      const input: Record<string, unknown> = s.period ? { period: s.period } : { from: s.from, to: s.to };
      if (s.agency) input.agencyId = await t.id('Agency', 'select id from agency where name = $1', [s.agency]);
      if (s.service) input.serviceId = await t.id('Service', 'select id from service where code = $1', [s.service]);
      const res = await t.gql(as, SlaReportDocument, { input, first: 5 } as never);
      expect(res.errors).toBeUndefined();
      const report = res.data!.slaReport;
      const expected = await raw(report.period.from, report.period.to, `${report.period.to.slice(0, 4)}-01-01`, scope);
      const actual = shaped(report);
      expect(expected.outcomes.length).toBeGreaterThan(0);
      expect(sortOutcomes(actual.outcomes)).toEqual(sortOutcomes(expected.outcomes));
      expect(actual.volumes).toEqual(expected.volumes);
      expect(sortPoints(actual.trend, (p) => String(p.q))).toEqual(sortPoints(expected.trend, (p) => String(p.q)));
      expect(sortPoints(actual.months, (p) => p.month)).toEqual(sortPoints(expected.months, (p) => p.month));
    });
});

describe('the aggregates', () => {
  it('hold exactly what a rebuild from the sources computes, with new activity unfolded beside the folded', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Efter vikningen', requesterId: ids.customer, serviceId: ids.travelExpenses });
    const resolved = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: 1, resolution: 'Klart.' } });
    expect(resolved.errors).toBeUndefined();
    expect(await deltaRows()).toBeGreaterThan(0);
    const kept = await liveFigures();
    expect(kept.days.length).toBeGreaterThan(50);
    await t.sql(`select rebuild_report_aggregates()`);
    expect(await deltaRows()).toBe(0);
    expect(await liveFigures()).toEqual(kept);
    // The hour buckets are the minutes summed by the hour.
    expect(await t.sql(`select agency_id, month, service_area_id, service_id, metric, bucket, n from sla_minute_buckets where n <> 0 order by 1, 2, 3, 4, 5, 6`)).toEqual(
      await t.sql(`select agency_id, month, service_area_id, service_id, metric, minutes / 60 as bucket, sum(n)::int as n from sla_minutes group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6`),
    );
  });
});

describe('the statement triggers', () => {
  it('plan their delta statements once per connection and keep the plans (no per-call execute)', async () => {
    // One session: each trigger's update branch twice, rolled back. A counted ticket change writes
    // volume rows; an outcome and a referral updated in place write nothing, but their statements run.
    // A cached plan's text (its first 1,024 bytes) names the statement: the three triggers' deltas.
    const cached = async () =>
      (await t.sql<{ ident: string }>(`select ident from pg_backend_memory_contexts where name = 'CachedPlan' and ident ~ '^\\s*with [cd] as' and ident ~ '(new|old)_rows'`)).map((r) =>
        r.ident.includes("'REFERRED' as measure") ? 'referral' : r.ident.includes('d.metric') ? 'outcome' : r.ident.includes("'CHANNEL' as measure") ? 'ticket' : r.ident,
      );
    expect(await cached()).toEqual([]);
    const rows = async () => (await t.sql<{ n: number }>(`select count(*)::int as n from ticket_volume_delta where measure = 'PRIORITY'`))[0].n;
    for (let i = 0; i < 2; i++) {
      await t.sql('begin');
      const before = await rows();
      await t.sql(`update ticket set priority = case priority when 'P1' then 'P2'::priority else 'P1'::priority end where id = (select min(id) from ticket)`);
      // The old priority out and the new one in, for the centre and the ticket's agency.
      expect((await rows()) - before).toBe(4);
      await t.sql(`update sla_outcome set met = met where timer_id = (select min(timer_id) from sla_outcome)`);
      await t.sql(`update vendor_referral set sent_at = sent_at where id = (select min(id) from vendor_referral)`);
      await t.sql('rollback');
    }
    expect((await cached()).sort()).toEqual(['outcome', 'referral', 'ticket']);
  });
});
