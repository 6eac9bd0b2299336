import { agencyExtension, DEMO_PHONES } from '../seeds/directory';
import { toGlobalId } from '../src/platform/global-id';
import { AuditCreateSlaPolicyDocument, StartCallDocument } from './generated/graphql';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A call's ticket falls under the SLA policy a ticket with its key would (createTicket's rule: an
 * agency's own adaptation before the default), though startCall reads that policy with the call's
 * arrival instead of in a statement of its own (ivr.sql.ts arrivalOf, primePolicyTerms).
 */

let t: TestApp;
let seq = 0;
beforeAll(async () => {
  t = await startTestApp({ worker: false });
});
afterAll(() => t?.stop());

/** The entry point's default area and its agency (null: the shared number's), as global ids. */
async function entryOf(number: string): Promise<{ areaId: string; agencyId: string | null }> {
  const [entry] = await t.sql<{ area_id: number; agency_id: number | null }>(`select default_service_area_id as area_id, agency_id from ivr_entry_point where number = $1`, [number]);
  return { areaId: toGlobalId('ServiceArea', entry.area_id), agencyId: entry.agency_id === null ? null : toGlobalId('Agency', entry.agency_id) };
}

/** An agency's own P3 policy for `areaId` with a first response of `minutes`. */
async function ownPolicy(name: string, areaId: string, agencyId: string, minutes: number): Promise<void> {
  const calendarId = await t.id('BusinessCalendar', `select id from business_calendar where agency_id is null order by id limit 1`);
  const res = await t.gql(A.admin, AuditCreateSlaPolicyDocument, { input: { name, serviceAreaId: areaId, agencyId, priority: 'P3', rank: 1, calendarId, firstResponseMinutes: minutes, resolutionMinutes: 2400 } });
  expect(res.data!.createSlaPolicy.userErrors).toEqual([]);
}

/** The policy and target of each timer of the ticket a new call from `from` to `to` registers. */
async function timersOfCall(from: string, to: string): Promise<{ name: string; metric: string; minutes: number }[]> {
  const externalCallId = `CAPOLICY${String(++seq).padStart(24, '0')}`;
  const res = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId, from, to } });
  expect(res.data!.startCall.userErrors).toEqual([]);
  return t.sql(
    `select p.name, s.metric::text as metric, (s.target_ms / 60000)::int as minutes
       from ivr_call c join sla_timer s on s.ticket_id = c.ticket_id join sla_policy p on p.id = s.policy_id
      where c.external_call_id = $1 order by s.metric`,
    [externalCallId],
  );
}

it("an agency's own extension: the agency's own policy, for known and unknown callers", async () => {
  const extension = agencyExtension(7);
  const entry = await entryOf(extension);
  expect(entry.agencyId).not.toBeNull();
  await ownPolicy('Egen P3 anknytning 7', entry.areaId, entry.agencyId!, 17);
  for (const from of ['+46700000717', DEMO_PHONES.customer])
    expect(await timersOfCall(from, extension)).toEqual([
      { name: 'Egen P3 anknytning 7', metric: 'FIRST_RESPONSE', minutes: 17 },
      { name: 'Egen P3 anknytning 7', metric: 'RESOLUTION', minutes: 2400 },
    ]);
});

it("the shared number: the known caller's agency's own policy; an unknown caller the default, as createTicket would choose", async () => {
  const entry = await entryOf(DEMO_PHONES.shared);
  expect(entry.agencyId).toBeNull();
  const callerAgency = await t.id('Agency', `select agency_id as id from app_user where phone = $1 and role = 'CUSTOMER' order by id limit 1`, [DEMO_PHONES.customer]);
  await ownPolicy('Egen P3 för kundens myndighet', entry.areaId, callerAgency, 23);
  expect(await timersOfCall(DEMO_PHONES.customer, DEMO_PHONES.shared)).toEqual([
    { name: 'Egen P3 för kundens myndighet', metric: 'FIRST_RESPONSE', minutes: 23 },
    { name: 'Egen P3 för kundens myndighet', metric: 'RESOLUTION', minutes: 2400 },
  ]);
  // The default: the active P3 policy of the area without agency or service, lowest rank first.
  const [fallback] = await t.sql<{ name: string; first_response_minutes: number }>(
    `select p.name, p.first_response_minutes from sla_policy p join ivr_entry_point e on e.default_service_area_id = p.service_area_id
      where e.number = $1 and p.active and p.priority = 'P3' and p.agency_id is null and p.service_id is null order by p.rank, p.id limit 1`,
    [DEMO_PHONES.shared],
  );
  const unknown = await timersOfCall('+46700000999', DEMO_PHONES.shared);
  expect(unknown.map((x) => x.name)).toEqual([fallback.name, fallback.name]);
  expect(unknown[0]).toMatchObject({ metric: 'FIRST_RESPONSE', minutes: fallback.first_response_minutes });
});
