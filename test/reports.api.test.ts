import { calendarSpecLoader } from '../src/sla/calendar.service';
import { FixedClock } from '../src/platform/clock';
import { outcomeOf } from '../src/sla/sla-outcome';
import { clockOf } from '../src/sla/sla-settle';
import { SlaTimer } from '../src/sla/sla-timer.entity';
import { AddTicketCommentDocument, ReopenTicketDocument, ResolveTicketDocument, SlaReportDocument, UpdateTicketDocument, type TicketFieldsFragment } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids, local } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { pdfText } from './support/pdf-text';
import { XMLParser } from 'fast-xml-parser';

const clock = new FixedClock(local('2027-04-05T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

/** Försäkringskassan's customer, travel expenses, P3: first response 4 h, resolution 24 business hours. */
async function ticketAt(at: string, title: string): Promise<TicketFieldsFragment> {
  clock.set(local(at));
  return phoneTicket(t, ids, { title, requesterId: ids.otherCustomer, impact: 'MEDIUM', urgency: 'MEDIUM', category: 'QUESTION' });
}
async function answerAt(ticket: TicketFieldsFragment, at: string) {
  clock.set(local(at));
  const res = await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } });
  expect(res.data!.addTicketComment.userErrors).toEqual([]);
}
async function resolveAt(ticket: TicketFieldsFragment, at: string) {
  clock.set(local(at));
  const current = (await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]))[0].version;
  const res = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: current, resolution: 'Besvarat.' } });
  expect(res.data!.resolveTicket.userErrors).toEqual([]);
}
const report = async (as: string, input: Record<string, unknown>) => t.gql(as, SlaReportDocument, { input, first: 10 } as never);

describe('the quarterly SLA report', () => {
  let t2: TicketFieldsFragment;

  beforeAll(async () => {
    // Four cases with known business times, one across Ascension Day (Thursday 6 May 2027).
    const t1 = await ticketAt('2027-04-05T09:00', 'Ett');
    await answerAt(t1, '2027-04-05T10:00'); // first response 1 h
    await resolveAt(t1, '2027-04-05T15:00'); // resolution 6 h
    t2 = await ticketAt('2027-04-05T09:00', 'Två');
    await answerAt(t2, '2027-04-06T10:00'); // 8 h Monday + 2 h Tuesday = 10 h: breached (4 h)
    await resolveAt(t2, '2027-04-07T17:00'); // 8 + 9 + 9 = 26 h: breached (24 h)
    const t3 = await ticketAt('2027-05-05T16:00', 'Tre');
    await answerAt(t3, '2027-05-05T16:30'); // 0.5 h
    await resolveAt(t3, '2027-05-07T10:00'); // 1 h Wednesday + Ascension Day 0 + 2 h Friday = 3 h
    const t4 = await ticketAt('2027-06-07T09:00', 'Fyra');
    await answerAt(t4, '2027-06-07T13:00'); // exactly 4 h: met
    await resolveAt(t4, '2027-06-08T09:00'); // 8 + 1 = 9 h
    await ticketAt('2027-06-07T09:00', 'Fem, obesvarad'); // still open: past its time by the report's moment
    clock.set(local('2027-06-10T12:00'));
  });

  it('computes every figure as by hand: shares, targets, mean, median and 90th percentile in business hours', async () => {
    const res = await report(A.agent, { period: '2027-Q2', agencyId: ids.forsakringskassan });
    expect(res.errors).toBeUndefined();
    const r = res.data!.slaReport;
    expect(r).toMatchObject({ period: { label: '2027-Q2', from: '2027-04-01', to: '2027-06-30' }, agency: { name: 'Försäkringskassan' }, targetPercent: 95, openPastSla: 1 });
    const total = (metric: string) => r.outcomes.find((o) => o.level === 'TOTAL' && o.metric === metric)!;
    // First response: 0.5, 1, 4, 10 h.
    expect(total('FIRST_RESPONSE')).toEqual({
      level: 'TOTAL', serviceArea: null, service: null, metric: 'FIRST_RESPONSE', measured: 4, met: 3, breached: 1, sharePercent: 75, targetPercent: 95, reached: false,
      meanHours: 3.88, medianHours: 2.5, p90Hours: 8.2,
    });
    // Resolution: 3, 6, 9, 26 h.
    expect(total('RESOLUTION')).toMatchObject({ measured: 4, met: 3, breached: 1, sharePercent: 75, meanHours: 11, medianHours: 7.5, p90Hours: 20.9 });
    expect(r.outcomes.filter((o) => o.level === 'SERVICE').map((o) => [o.serviceArea!.code, o.service!.code, o.metric, o.measured])).toEqual([
      ['PAYROLL', 'TRAVEL_EXPENSES', 'FIRST_RESPONSE', 4],
      ['PAYROLL', 'TRAVEL_EXPENSES', 'RESOLUTION', 4],
    ]);
    expect(r.volumes).toMatchObject({
      created: 5, resolved: 4, firstLineResolutionRate: 1, escalated: 0, escalationRate: 0, referrals: 0, meanHoursAtVendor: null,
      byChannel: [{ key: 'PHONE', count: 5 }], byCategory: [{ key: 'QUESTION', count: 5 }], byPriority: [{ key: 'P3', count: 5 }], byResolutionTier: [{ key: 'FIRST', count: 4 }],
    });
    expect(r.trend.filter((p) => p.metric === 'RESOLUTION')).toEqual([
      { period: '2027-Q1', metric: 'RESOLUTION', measured: 0, sharePercent: null },
      { period: '2027-Q2', metric: 'RESOLUTION', measured: 4, sharePercent: 75 },
    ]);
    expect(r.deviations.edges.map((e) => [e.node.ticket!.number, e.node.metric, e.node.elapsedHours, e.node.targetHours, e.node.overrunHours, e.node.tierWhereTimeWent, e.node.group!.name])).toEqual([
      [t2.number, 'RESOLUTION', 26, 24, 2, 'FIRST', 'Servicedesk'],
      [t2.number, 'FIRST_RESPONSE', 10, 4, 6, 'FIRST', 'Servicedesk'],
    ]);
    // An agreed target of the agency's own applies to its report.
    await t.sql(`update agency set sla_target_percent = 70 where name = 'Försäkringskassan'`);
    const agreed = (await report(A.agent, { period: '2027-Q2', agencyId: ids.forsakringskassan })).data!.slaReport;
    expect(agreed.outcomes.find((o) => o.level === 'TOTAL' && o.metric === 'RESOLUTION')).toMatchObject({ targetPercent: 70, reached: true });
    await t.sql(`update agency set sla_target_percent = null where name = 'Försäkringskassan'`);
    // A from/to period is the same computation.
    const april = (await report(A.agent, { from: '2027-04-01', to: '2027-04-30', agencyId: ids.forsakringskassan })).data!.slaReport;
    expect(april.outcomes.find((o) => o.level === 'TOTAL' && o.metric === 'RESOLUTION')).toMatchObject({ measured: 2, met: 1, meanHours: 16 });
  });

  it('shows each role what it may see', async () => {
    const measured = async (as: string, input: Record<string, unknown>) => {
      const res = await report(as, { period: '2027-Q2', ...input });
      if (!res.data) return res.errors![0].extensions!.code;
      return res.data.slaReport.outcomes.find((o) => o.level === 'TOTAL' && o.metric === 'RESOLUTION')?.measured ?? 0;
    };
    expect(await measured(A.admin, {})).toBe(4); // the whole centre
    expect(await measured(A.otherCustomer, {})).toBe(4); // a customer: their own agency
    expect(await measured(A.customer, {})).toBe(0); // Skatteverket's customer: their own, empty
    expect(await measured(A.customer, { agencyId: ids.forsakringskassan })).toBe('FORBIDDEN');
    expect(await measured(A.accountManager, { agencyId: ids.forsakringskassan })).toBe(4);
    expect(await measured(A.deliveryManager, {})).toBe(4); // payroll for Försäkringskassan
    expect(await measured(A.deliveryManager, { serviceAreaId: ids.finance })).toBe(0);
    expect(await measured(A.financeSpecialist, {})).toBe(0);
    expect(await measured(A.telephony, {})).toBe('FORBIDDEN');
    expect(await measured(A.agent, { period: '2027-Q5' })).toBe('BAD_USER_INPUT');
    expect(await measured(A.agent, { period: undefined, from: '2027-05-01', to: '2027-04-01' })).toBe('BAD_USER_INPUT');
  });

  it('the CSV export has the same figures as GraphQL, and needs a token', async () => {
    const url = `http://127.0.0.1:${t.port}/reports/sla.csv?period=2027-Q2&agencyId=${encodeURIComponent(ids.forsakringskassan)}`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${await t.token(A.accountManager)}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text()).split('\r\n');
    const gql = (await report(A.accountManager, { period: '2027-Q2', agencyId: ids.forsakringskassan })).data!.slaReport;
    for (const o of gql.outcomes) {
      const row = [o.level, o.serviceArea?.code ?? '', o.service?.code ?? '', o.metric, o.measured, o.met, o.breached, o.sharePercent ?? '', o.targetPercent, o.reached ?? '', o.meanHours ?? '', o.medianHours ?? '', o.p90Hours ?? ''].join(',');
      expect(lines).toContain(row);
    }
    expect(lines).toContain(`created,,${gql.volumes.created}`);
    expect(lines).toContain('2027-Q2,RESOLUTION,4,75');
    const other = await fetch(url, { headers: { authorization: `Bearer ${await t.token(A.customer)}` } });
    expect(other.status).toBe(403);
    const bad = await t.get(A.agent, `/reports/sla.csv?period=nonsense`);
    expect(bad.status).toBe(400);
  });

  it('the PDF is a readable forum document with the same figures, and the charts are SVG from the same report', async () => {
    const query = `period=2027-Q2&agencyId=${encodeURIComponent(ids.forsakringskassan)}`;
    const auth = { authorization: `Bearer ${await t.token(A.accountManager)}` };
    expect((await fetch(`http://127.0.0.1:${t.port}/reports/sla.pdf?${query}`)).status).toBe(401);
    expect((await t.get(A.customer, `/reports/sla.pdf?${query}`)).status).toBe(403);
    const res = await fetch(`http://127.0.0.1:${t.port}/reports/sla.pdf?${query}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text[0]).toBe('SLA-rapport 2027-Q2');
    expect(text[1]).toMatch(/^Försäkringskassan · 2027-04-01 . 2027-06-30 · avtalad andel inom tid 95 %$/);
    // The first-response total row, cell by cell: measured 4, met 3, breached 1, 75 %, target 95, not reached, median 2,5, p90 8,2.
    const at = text.indexOf('Totalt');
    expect(text.slice(at, at + 10)).toEqual(['Totalt', 'Första svar', '4', '3', '1', '75', '95', 'nej', '2,5', '8,2']);
    expect(text).toEqual(expect.arrayContaining(['Andel inom avtalad tid per månad', 'Mål 95 %', 'Registrerade ärenden per kanal', 'Registrerade ärenden', '5', 'Lösta i första linjen', '100 %']));
    expect(text.filter((l) => l.startsWith('SSC-'))).toEqual([t2.number, t2.number]); // the two deviations

    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });
    const svg = async (chart: string) => {
      const r = await fetch(`http://127.0.0.1:${t.port}/reports/sla/chart.svg?${query}&chart=${chart}`, { headers: auth });
      expect(r.headers.get('content-type')).toMatch(/image\/svg\+xml/);
      return xml.parse(await r.text()).svg;
    };
    const share = await svg('share');
    // First response by month: April 1 of 2 (50 %), May 1 of 1, June 1 of 1; resolution the same.
    const points = (share.polyline as { '@points': string }[]).map((p) => p['@points'].split(' ').length);
    expect(points).toEqual([3, 3]);
    expect(share.text.map((x: { '#text': string }) => x['#text'])).toEqual(expect.arrayContaining(['2027-04', '2027-05', '2027-06', 'Mål 95 %', 'Första svar', 'Lösning']));
    const channels = await svg('channels');
    expect(channels.text.map((x: { '#text': string }) => x['#text'])).toEqual(expect.arrayContaining(['Registrerade ärenden per kanal', '5', 'Telefon']));
    expect((await fetch(`http://127.0.0.1:${t.port}/reports/sla/chart.svg?${query}&chart=pie`, { headers: auth })).status).toBe(400);
  });

  it('keeps the outcome facts equal to a recomputation from the timers after reopening, moving and resolving again', async () => {
    const [t1] = await t.sql<{ id: number }>(`select id from ticket where title = 'Ett'`);
    const t1Id = Buffer.from(`Ticket:${t1.id}`).toString('base64url');
    clock.set(local('2027-06-14T09:00'));
    const v = async () => (await t.sql<{ version: number }>('select version from ticket where id = $1', [t1.id]))[0].version;
    expect((await t.gql(A.agent, ReopenTicketDocument, { ticketId: t1Id, input: { expectedVersion: await v(), reason: 'Kunden återkom.' } })).data!.reopenTicket.userErrors).toEqual([]);
    clock.set(local('2027-06-14T11:00'));
    await t.gql(A.agent, UpdateTicketDocument, { ticketId: t1Id, input: { expectedVersion: await v(), serviceId: ids.supplierInvoices } });
    clock.set(local('2027-06-15T10:00'));
    await t.gql(A.agent, ResolveTicketDocument, { ticketId: t1Id, input: { expectedVersion: await v(), resolution: 'Nu klart.' } });

    // The raw computation: every stopped timer, recomputed with the same pure functions.
    const em = t.app.orm.em.fork();
    const timers = await em.find(SlaTimer, { stoppedAt: { $ne: null } }, { populate: ['policy', 'ticket'] });
    const specs = calendarSpecLoader(em, () => clock.now());
    const expected = [];
    for (const timer of timers) {
      const o = outcomeOf(timer, clockOf(timer), await specs.load(timer.policy.calendar.id));
      expected.push({ timer_id: o.timerId, met: o.met, elapsed_ms: String(o.elapsedMs), day: o.day, agency_id: timer.ticket.agency?.id ?? null, service_area_id: timer.ticket.serviceArea.id, service_id: timer.ticket.service?.id ?? null });
    }
    const facts = await t.sql(`select timer_id, met, elapsed_ms, to_char(day, 'YYYY-MM-DD') as day, agency_id, service_area_id, service_id from sla_outcome order by timer_id`);
    expect(facts).toEqual(expected.sort((a, b) => a.timer_id - b.timer_id));
    expect(facts).toHaveLength(8); // 4 first responses, 4 resolutions: the restarted timer keeps its one outcome
    expect(facts.map((f) => f.day)).toContain("2027-06-15");
    // The moved ticket now counts under finance in the report of its new resolution's quarter.
    const june = (await report(A.agent, { from: '2027-06-01', to: '2027-06-30', agencyId: ids.forsakringskassan })).data!.slaReport;
    expect(june.outcomes.filter((o) => o.level === 'AREA').map((o) => [o.serviceArea!.code, o.metric, o.measured])).toEqual(
      expect.arrayContaining([['FINANCE', 'RESOLUTION', 1]]),
    );
  });
});
