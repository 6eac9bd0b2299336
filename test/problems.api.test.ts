import {
  CreateWebhookEndpointDocument,
  EscalateTicketDocument,
  LinkIncidentDocument,
  ProblemCaseViewDocument,
  ReferTicketToVendorDocument,
  ResolveProblemDocument,
  ResolveTicketDocument,
  SetTicketKindDocument,
  UnlinkIncidentDocument,
  UpdateTicketDocument,
  type ResolveProblemInput,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 20 part 3: problems, linked incidents, resolving a problem with its incidents, major incidents. */

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const rawId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const view = async (as: string, id: string) => (await t.gql(as, ProblemCaseViewDocument, { id })).data!.ticket;
const history = <E extends { kind: string }>(ticket: { history: { edges: { node: E }[] } }) => ticket.history.edges.map((e) => e.node);
const problemKinds = ['KIND_CHANGED', 'INCIDENT_LINKED', 'INCIDENT_UNLINKED', 'LINKED_TO_PROBLEM', 'UNLINKED_FROM_PROBLEM', 'MAJOR_INCIDENT'];
const link = (as: string, problemId: string, incidentId: string) => t.gql(as, LinkIncidentDocument, { input: { problemId, incidentId } });
const resolveProblem = (as: string, input: ResolveProblemInput) => t.gql(as, ResolveProblemDocument, { input });
/** A new case made a problem by the agent. */
async function newProblem(overrides: Parameters<typeof phoneTicket>[2] = {}) {
  const ticket = await phoneTicket(t, ids, { title: 'Lönekörningen saknar OB-tillägg', ...overrides });
  const res = await t.gql(A.agent, SetTicketKindDocument, { input: { ticketId: ticket.id, kind: 'PROBLEM' } });
  expect(res.data!.setTicketKind.userErrors).toEqual([]);
  return res.data!.setTicketKind.ticket!;
}
/** Försäkringskassan's customer's case (another agency than the default Skatteverket). */
const otherAgencyTicket = () => phoneTicket(t, ids, { requesterId: ids.otherCustomer, title: 'OB-tillägg saknas hos oss också' });
const rows = (problemId: string) =>
  t.sql('select id, status, kind, problem_id, major_incident_at is not null as major, version from ticket where id = $1 or problem_id = $1 order by id', [rawId(problemId)]);
const eventCount = async () => (await t.sql<{ n: number }>('select count(*)::int as n from ticket_event'))[0].n;

describe('setTicketKind', () => {
  it('makes a case a problem and back, recorded internally, and refuses what does not change', async () => {
    const problem = await newProblem();
    expect(problem).toMatchObject({ kind: 'PROBLEM', linkedIncidents: [], linkedIncidentCount: 0, majorIncidentAt: null });
    expect(history(problem).filter((e) => problemKinds.includes(e.kind))).toEqual([
      { kind: 'KIND_CHANGED', field: 'kind', fromValue: 'INCIDENT', toValue: 'PROBLEM', fromId: null, toId: null, note: null, visibility: 'INTERNAL' },
    ]);
    const again = await t.gql(A.agent, SetTicketKindDocument, { input: { ticketId: problem.id, kind: 'PROBLEM' } });
    expect(again.data!.setTicketKind.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: 'the case is already PROBLEM', field: ['input', 'kind'] }]);
    const back = await t.gql(A.agent, SetTicketKindDocument, { input: { ticketId: problem.id, kind: 'INCIDENT', expectedVersion: problem.version } });
    expect(back.data!.setTicketKind.ticket).toMatchObject({ kind: 'INCIDENT', version: problem.version + 1 });
  });

  it('is for staff who work the case: a customer gets FORBIDDEN and nothing changes', async () => {
    const ticket = await phoneTicket(t, ids);
    const res = await t.gql(A.customer, SetTicketKindDocument, { input: { ticketId: ticket.id, kind: 'PROBLEM' } });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await view(A.agent, ticket.id))!).toMatchObject({ kind: 'INCIDENT', version: ticket.version });
  });
});

describe('linkIncident and unlinkIncident', () => {
  it("links incidents of two agencies to one problem, recorded on both; a customer reads only that their case is linked to a known problem", async () => {
    const problem = await newProblem();
    const own = await phoneTicket(t, ids);
    const other = await otherAgencyTicket();
    const first = await link(A.agent, problem.id, own.id);
    expect(first.data!.linkIncident.userErrors).toEqual([]);
    const res = await link(A.agent, problem.id, other.id);
    const out = res.data!.linkIncident;
    expect(out.userErrors).toEqual([]);
    expect(out.problem).toMatchObject({ linkedIncidentCount: 2, linkedIncidents: [{ id: own.id, number: own.number, status: 'NEW' }, { id: other.id, number: other.number, status: 'NEW' }] });
    expect(out.incident).toMatchObject({ kind: 'INCIDENT', linkedToKnownProblem: true, problem: { id: problem.id, number: problem.number }, version: other.version + 1 });
    expect(history(out.problem!).filter((e) => e.kind === 'INCIDENT_LINKED')).toEqual([
      { kind: 'INCIDENT_LINKED', field: 'linkedIncidents', fromValue: null, toValue: own.number, fromId: null, toId: own.id, note: null, visibility: 'INTERNAL' },
      { kind: 'INCIDENT_LINKED', field: 'linkedIncidents', fromValue: null, toValue: other.number, fromId: null, toId: other.id, note: null, visibility: 'INTERNAL' },
    ]);
    expect(history(out.incident!).filter((e) => problemKinds.includes(e.kind))).toEqual([
      { kind: 'LINKED_TO_PROBLEM', field: 'problem', fromValue: null, toValue: problem.number, fromId: null, toId: problem.id, note: null, visibility: 'INTERNAL' },
    ]);

    // Försäkringskassan's customer: their case is linked to a known problem, and that is all.
    const theirs = (await view(A.otherCustomer, other.id))!;
    expect(theirs).toMatchObject({ linkedToKnownProblem: true, problem: null, linkedIncidents: [], linkedIncidentCount: null });
    expect(JSON.stringify(theirs)).not.toContain(problem.number);
    expect(await view(A.otherCustomer, problem.id)).toBeNull();
    // Skatteverket's customer reads the problem (their agency's case) but not what is linked to it.
    expect((await view(A.customer, problem.id))!).toMatchObject({ kind: 'PROBLEM', linkedIncidents: [], linkedIncidentCount: null });
    expect(JSON.stringify(await view(A.customer, problem.id))).not.toContain(other.number);
    // Another agent reads every link (agents read every case).
    expect((await view(A.agent2, problem.id))!.linkedIncidents.map((i) => i.number)).toEqual([own.number, other.number]);

    const unlinked = await t.gql(A.agent, UnlinkIncidentDocument, { input: { incidentId: other.id } });
    expect(unlinked.data!.unlinkIncident.userErrors).toEqual([]);
    expect(unlinked.data!.unlinkIncident.incident).toMatchObject({ problem: null, linkedToKnownProblem: false });
    expect(unlinked.data!.unlinkIncident.problem!.linkedIncidents.map((i) => i.id)).toEqual([own.id]);
    expect(history(unlinked.data!.unlinkIncident.incident!).filter((e) => e.kind === 'UNLINKED_FROM_PROBLEM')).toEqual([
      { kind: 'UNLINKED_FROM_PROBLEM', field: 'problem', fromValue: problem.number, toValue: null, fromId: problem.id, toId: null, note: null, visibility: 'INTERNAL' },
    ]);
    expect(history(unlinked.data!.unlinkIncident.problem!).filter((e) => e.kind === 'INCIDENT_UNLINKED').map((e) => e.fromValue)).toEqual([other.number]);
    const twice = await t.gql(A.agent, UnlinkIncidentDocument, { input: { incidentId: other.id } });
    expect(twice.data!.unlinkIncident.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: `${other.number} is not linked to a problem`, field: ['input', 'incidentId'] }]);
  });

  it('refuses bad links with a typed error at the field, and changes nothing', async () => {
    const problem = await newProblem();
    const other = await newProblem();
    const incident = await phoneTicket(t, ids);
    const plain = await phoneTicket(t, ids);
    expect((await link(A.agent, problem.id, incident.id)).data!.linkIncident.userErrors).toEqual([]);
    const resolved = await phoneTicket(t, ids);
    await t.gql(A.agent, ResolveTicketDocument, { ticketId: resolved.id, input: { resolution: 'Klart.', expectedVersion: resolved.version } });
    const before = { problem: await rows(problem.id), other: await rows(other.id), events: await eventCount() };

    const errorOf = async (problemId: string, incidentId: string, as: string = A.agent) => (await link(as, problemId, incidentId)).data!.linkIncident.userErrors;
    expect(await errorOf(plain.id, incident.id)).toEqual([{ code: 'NOT_ALLOWED', message: `${plain.number} is not a problem: mark it as a problem first (setTicketKind)`, field: ['input', 'problemId'] }]);
    expect(await errorOf(problem.id, problem.id)).toEqual([{ code: 'BAD_USER_INPUT', message: 'a case cannot be linked to itself', field: ['input', 'incidentId'] }]);
    expect(await errorOf(problem.id, other.id)).toEqual([{ code: 'NOT_ALLOWED', message: `${other.number} is a problem itself: only incidents are linked to a problem`, field: ['input', 'incidentId'] }]);
    expect(await errorOf(other.id, incident.id)).toEqual([
      { code: 'NOT_ALLOWED', message: `${incident.number} is already linked to ${problem.number}: an incident belongs to at most one problem (unlink it first)`, field: ['input', 'incidentId'] },
    ]);
    expect(await errorOf(problem.id, resolved.id)).toEqual([{ code: 'INVALID_TRANSITION', message: `${resolved.number} is RESOLVED: only an open incident is linked to a problem`, field: ['input', 'incidentId'] }]);
    expect(await errorOf(problem.id, 'not-an-id')).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'incidentId'] })]);
    // The finance specialist may read neither case; the payroll specialist reads but does not work first-line cases.
    expect(await errorOf(problem.id, plain.id, A.financeSpecialist)).toEqual([{ code: 'NOT_FOUND', message: 'no such ticket', field: ['input', 'problemId'] }]);
    expect((await link(A.payrollSpecialist, problem.id, plain.id)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await link(A.customer, problem.id, plain.id)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    // A linked incident cannot become a problem, a problem with incidents cannot become an incident.
    const kindErrors = async (ticketId: string, kind: 'PROBLEM' | 'INCIDENT') => (await t.gql(A.agent, SetTicketKindDocument, { input: { ticketId, kind } })).data!.setTicketKind.userErrors;
    expect(await kindErrors(incident.id, 'PROBLEM')).toEqual([{ code: 'NOT_ALLOWED', message: 'the case is linked to a problem: unlink it before making it a problem', field: ['input', 'kind'] }]);
    expect(await kindErrors(problem.id, 'INCIDENT')).toEqual([{ code: 'NOT_ALLOWED', message: 'the problem has 1 linked incident(s): unlink them before making it an incident', field: ['input', 'kind'] }]);

    expect({ problem: await rows(problem.id), other: await rows(other.id), events: await eventCount() }).toEqual(before);
  });
});

describe('resolveProblem', () => {
  /** A problem with two open incidents, one waiting for a vendor, and one already resolved. */
  async function problemWithIncidents() {
    const problem = await newProblem();
    const a = await phoneTicket(t, ids);
    const b = await otherAgencyTicket();
    const atVendor = await phoneTicket(t, ids);
    const done = await phoneTicket(t, ids);
    for (const i of [a, b, atVendor, done]) expect((await link(A.agent, problem.id, i.id)).data!.linkIncident.userErrors).toEqual([]);
    const escalated = await t.gql(A.agent, EscalateTicketDocument, { ticketId: atVendor.id, input: { groupId: ids.payrollGroup, reason: 'Lönefråga', expectedVersion: atVendor.version + 1 } });
    const referred = await t.gql(A.payrollSpecialist, ReferTicketToVendorDocument, {
      ticketId: atVendor.id,
      input: { vendorId: ids.primula, question: 'Fel i version 4.2?', expectedVersion: escalated.data!.escalateTicket.ticket!.version },
    });
    expect(referred.data!.referTicketToVendor.ticket!.status).toBe('WAITING_FOR_VENDOR');
    await t.gql(A.agent, ResolveTicketDocument, { ticketId: done.id, input: { resolution: 'Löst på annat sätt.', expectedVersion: done.version + 1 } });
    return { problem, a, b, atVendor, done };
  }
  const answer = 'Felet i lönekörningen är rättat; OB-tillägget betalas ut med nästa lön.';

  it('resolves the problem and each linked open incident with the public answer, and lists the one waiting for a vendor', async () => {
    const { problem, a, b, atVendor, done } = await problemWithIncidents();
    const res = await resolveProblem(A.agent, { problemId: problem.id, publicAnswer: answer, resolveLinkedIncidents: true });
    expect(res.errors).toBeUndefined();
    const out = res.data!.resolveProblem;
    expect(out.userErrors).toEqual([]);
    expect(out.problem).toMatchObject({ status: 'RESOLVED', resolution: answer });
    expect(out.resolvedIncidents).toEqual([
      { id: a.id, number: a.number, status: 'RESOLVED', resolution: answer },
      { id: b.id, number: b.number, status: 'RESOLVED', resolution: answer },
    ]);
    expect(out.unresolvedIncidents).toEqual([
      { incident: { id: atVendor.id, number: atVendor.number, status: 'WAITING_FOR_VENDOR' }, reason: 'INVALID_TRANSITION', message: expect.stringMatching(/vendor/) },
    ]);
    // Each resolved incident's customers read the answer as a public comment, and the resolution in its history.
    const theirs = (await view(A.otherCustomer, b.id))!;
    expect(theirs.comments.edges.map((e) => e.node)).toEqual([{ body: answer, visibility: 'PUBLIC', author: { name: 'Anna Servicedesk' } }]);
    expect(history(theirs).map((e) => e.kind)).toEqual(expect.arrayContaining(['COMMENTED', 'RESOLVED']));
    // The normal resolution path ran: the SLA timers of the resolved incidents stopped, the vendor's case's did not.
    const timers = await t.sql<{ ticket_id: number; running: number }>(
      `select ticket_id, count(*) filter (where stopped_at is null and metric = 'RESOLUTION')::int as running from sla_timer where ticket_id = any($1) group by ticket_id order by ticket_id`,
      [[a, b, atVendor].map((x) => rawId(x.id))],
    );
    expect(timers).toEqual([
      { ticket_id: rawId(a.id), running: 0 },
      { ticket_id: rawId(b.id), running: 0 },
      { ticket_id: rawId(atVendor.id), running: 1 },
    ]);
    expect((await view(A.agent, done.id))!).toMatchObject({ status: 'RESOLVED', resolution: 'Löst på annat sätt.' });
  });

  it('resolves only the problem without the checkbox', async () => {
    const { problem, a } = await problemWithIncidents();
    const out = (await resolveProblem(A.agent, { problemId: problem.id, publicAnswer: answer, resolveLinkedIncidents: false })).data!.resolveProblem;
    expect(out).toMatchObject({ problem: { status: 'RESOLVED' }, resolvedIncidents: [], unresolvedIncidents: [], userErrors: [] });
    expect((await view(A.agent, a.id))!).toMatchObject({ status: 'NEW', comments: { edges: [] } });
  });

  it('rolls everything back when one incident fails mid-way', async () => {
    const { problem, b } = await problemWithIncidents();
    const before = { rows: await rows(problem.id), events: await eventCount(), comments: await t.sql('select count(*)::int as n from ticket_comment') };
    await t.sql(`create function problems_fail() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await t.sql(`create trigger problems_fail before insert on ticket_comment for each row when (new.ticket_id = ${rawId(b.id)}) execute function problems_fail()`);
    try {
      const res = await resolveProblem(A.agent, { problemId: problem.id, publicAnswer: answer, resolveLinkedIncidents: true });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res)).not.toContain('disk full');
    } finally {
      await t.sql('drop trigger problems_fail on ticket_comment');
      await t.sql('drop function problems_fail');
    }
    expect({ rows: await rows(problem.id), events: await eventCount(), comments: await t.sql('select count(*)::int as n from ticket_comment') }).toEqual(before);
  });

  it('refuses bad input, a non-problem and other roles, and changes nothing', async () => {
    const { problem } = await problemWithIncidents();
    const plain = await phoneTicket(t, ids);
    const before = { rows: await rows(problem.id), events: await eventCount() };
    const errorsOf = async (input: ResolveProblemInput, as: string = A.agent) => (await resolveProblem(as, input)).data!.resolveProblem.userErrors;
    expect(await errorsOf({ problemId: problem.id, publicAnswer: 'ok', resolveLinkedIncidents: true })).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'publicAnswer'] })]);
    expect(await errorsOf({ problemId: plain.id, publicAnswer: answer, resolveLinkedIncidents: true })).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'problemId'] })]);
    expect(await errorsOf({ problemId: problem.id, publicAnswer: answer, resolveLinkedIncidents: true, expectedVersion: 1 })).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect((await resolveProblem(A.customer, { problemId: problem.id, publicAnswer: answer, resolveLinkedIncidents: true })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect({ rows: await rows(problem.id), events: await eventCount() }).toEqual(before);
  });
});

describe('major incidents', () => {
  const mails = (problemId: string) =>
    t.sql<{ to_address: string }>(`select to_address from mail_outbound where kind = 'MAJOR_INCIDENT' and ticket_id = $1 order by to_address`, [rawId(problemId)]);
  /** The delivery managers (person and deputy) of both agencies' payroll, as the directory names them. */
  const payrollManagers = async () =>
    (
      await t.sql<{ email: string }>(
        `select distinct u.email from agency_contact c join agency a on a.id = c.agency_id join service_area s on s.id = c.service_area_id
           join app_user u on u.id in (c.person_id, c.deputy_id)
          where c.side = 'CENTRE' and c.role = 'DELIVERY_MANAGER' and s.code = 'PAYROLL' and a.name in ('Skatteverket', 'Försäkringskassan') and u.active order by u.email`,
      )
    ).map((r) => r.email);

  it('makes a P1 problem a major incident at the fifth linked case, once, and mails the affected agencies\' delivery managers', async () => {
    const hook = await t.gql(A.admin, CreateWebhookEndpointDocument, { input: { url: 'https://hooks.example/problems', description: 'Större störningar', eventKinds: ['CASE_CHANGED'] } });
    expect(hook.data!.createWebhookEndpoint.userErrors).toEqual([]);
    const problem = await newProblem({ impact: 'HIGH', urgency: 'HIGH' });
    expect(problem.priority).toBe('P1');
    const incidents = [await phoneTicket(t, ids), await otherAgencyTicket(), await phoneTicket(t, ids), await phoneTicket(t, ids), await phoneTicket(t, ids), await phoneTicket(t, ids)];
    for (const i of incidents.slice(0, 4)) await link(A.agent, problem.id, i.id);
    expect((await view(A.agent, problem.id))!.majorIncidentAt).toBeNull();
    expect(await mails(problem.id)).toEqual([]);

    const fifth = (await link(A.agent, problem.id, incidents[4].id)).data!.linkIncident.problem!;
    expect(fifth.majorIncidentAt).not.toBeNull();
    expect(history(fifth).filter((e) => e.kind === 'MAJOR_INCIDENT')).toEqual([
      { kind: 'MAJOR_INCIDENT', field: 'majorIncident', fromValue: null, toValue: '5', fromId: null, toId: null, note: null, visibility: 'INTERNAL' },
    ]);
    // Skatteverket's customer reads that their case is a major incident, not how many cases of whom are linked.
    const seen = (await view(A.customer, problem.id))!;
    expect(seen).toMatchObject({ majorIncidentAt: fifth.majorIncidentAt, linkedIncidentCount: null, linkedIncidents: [] });
    expect(history(seen).map((e) => e.kind)).not.toContain('MAJOR_INCIDENT');
    // Integrators hear of it as a change of the case (the MAJOR_INCIDENT entry), queued in the same transaction.
    const bodies = (await t.sql<{ body: string }>(`select body from webhook_delivery where event_kind = 'CASE_CHANGED' order by id`)).map((r) => JSON.parse(r.body));
    const changes = bodies.filter((b) => b.data.case.number === problem.number).flatMap((b) => b.data.changes.map((c: { kind: string }) => c.kind));
    expect(changes.filter((k: string) => k === 'MAJOR_INCIDENT')).toEqual(['MAJOR_INCIDENT']);
    const managers = await payrollManagers();
    expect(managers).toContain(A.deliveryManager);
    expect((await mails(problem.id)).map((m) => m.to_address)).toEqual(managers);

    const sixth = (await link(A.agent, problem.id, incidents[5].id)).data!.linkIncident.problem!;
    expect(sixth.majorIncidentAt).toBe(fifth.majorIncidentAt);
    expect(history(sixth).filter((e) => e.kind === 'MAJOR_INCIDENT')).toHaveLength(1);
    expect((await mails(problem.id)).map((m) => m.to_address)).toEqual(managers);
  });

  it('declares it when a problem with enough links is raised to P1, and never for a lower priority', async () => {
    const problem = await newProblem();
    expect(problem.priority).toBe('P2');
    for (let i = 0; i < 5; i++) await link(A.agent, problem.id, (await phoneTicket(t, ids)).id);
    const p2 = (await view(A.agent, problem.id))!;
    expect(p2).toMatchObject({ linkedIncidentCount: 5, majorIncidentAt: null });
    expect(await mails(problem.id)).toEqual([]);
    const raised = await t.gql(A.agent, UpdateTicketDocument, { ticketId: problem.id, input: { impact: 'HIGH', expectedVersion: p2.version } });
    expect(raised.data!.updateTicket.userErrors).toEqual([]);
    const p1 = (await view(A.agent, problem.id))!;
    expect(p1).toMatchObject({ priority: 'P1', majorIncidentAt: expect.any(String) });
    // Skatteverket's payroll delivery managers only: every linked case is theirs.
    const skv = await t.sql<{ email: string }>(
      `select distinct u.email from agency_contact c join agency a on a.id = c.agency_id join service_area s on s.id = c.service_area_id join app_user u on u.id in (c.person_id, c.deputy_id)
        where c.side = 'CENTRE' and c.role = 'DELIVERY_MANAGER' and s.code = 'PAYROLL' and a.name = 'Skatteverket' and u.active order by u.email`,
    );
    expect((await mails(problem.id)).map((m) => m.to_address)).toEqual(skv.map((r) => r.email));
  });
});
