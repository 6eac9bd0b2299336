import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { rawId, textQuery } from './support/text-query';

/**
 * Issue 20 part 11: retention. The job anonymises exactly the closed cases past their agency's
 * period that are not on legal hold, with the exact placeholder values, once; the report figures
 * do not move; a person's data is exported (only theirs) and anonymised on request; FORBIDDEN and
 * bad input change nothing.
 */

let t: TestApp;
let ids: Ids;


const q = textQuery(() => t);

const AGENCY = `query($id: ID!) { node(id: $id) { ... on Agency { version retentionMonths } } }`;
const UPDATE_AGENCY = `mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(agencyId: $id, input: $input) { agency { retentionMonths } userErrors { code field } } }`;
const HOLD = `mutation($input: SetLegalHoldInput!) { setLegalHold(input: $input) { ticket { id legalHold { reason } } userErrors { code field } } }`;
const RUN = `mutation { runRetention { run { casesAnonymised triggeredById } userErrors { code } } }`;
const RUNS = `query { retentionRuns(first: 5) { casesAnonymised startedAt } }`;
const EXPORT = `mutation($input: PersonKeyInput!) { exportPersonalData(input: $input) { export { personId document } userErrors { code field } } }`;
const ERASE = `mutation($input: AnonymisePersonInput!) { anonymisePerson(input: $input) { anonymisation { casesAnonymised casesKept comments mails calls } userErrors { code field } } }`;
const REPORT = `query($input: SlaReportInput!) { slaReport(input: $input) { openPastSla outcomes { metric measured met breached medianHours meanHours }
  volumes { created escalated escalationRate byChannel { key count } byCategory { key count } byPriority { key count } byResolutionTier { key count } } months { month } } }`;

const caseText = (id: string) => t.sql(`select title, description, resolution, anonymised_at is not null as anonymised from ticket where id = $1`, [rawId(id)]);
const history = (id: string) => t.sql<{ kind: string; note: string | null }>(`select kind, note from ticket_event where ticket_id = $1 order by id`, [rawId(id)]);

/** Closes a case as of `ago` (SQL: the workflow to CLOSED is tested elsewhere; the period needs a closing date years back). */
const closedAgo = (id: string, ago: string) => t.sql(`update ticket set status = 'CLOSED', closed_at = now() - $2::interval, resolved_at = now() - $2::interval where id = $1`, [rawId(id), ago]);

async function addComment(ticketId: string, body: string) {
  const res = await q(A.agent, `mutation($id: ID!, $input: AddTicketCommentInput!) { addTicketComment(ticketId: $id, input: $input) { userErrors { code } } }`, { id: ticketId, input: { body, visibility: 'PUBLIC' } });
  expect(res.data.addTicketComment.userErrors).toEqual([]);
}

const insertMail = (ticketId: string, from: string) =>
  t.sql(`insert into mail_inbound (dedupe_key, source, envelope_from, envelope_to, size, raw, received_at, status, ticket_id)
         values ($1, 'SMTP', $2::text, '["servicedesk@ssc.example"]', 10, convert_to('From: ' || $2::text || E'\\r\\n\\r\\nHej', 'UTF8'), now(), 'PROCESSED', $3)`, [`mid:${Math.random()}`, from, rawId(ticketId)]);

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

describe('the agency retention period', () => {
  it('is set by admins through updateAgency, audited; out of range changes nothing', async () => {
    const { version } = (await q(A.admin, AGENCY, { id: ids.skatteverket })).data.node;
    const bad = await q(A.admin, UPDATE_AGENCY, { id: ids.skatteverket, input: { expectedVersion: version, retentionMonths: 0 } });
    expect(bad.data.updateAgency.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'retentionMonths'] }]);
    const ok = await q(A.admin, UPDATE_AGENCY, { id: ids.skatteverket, input: { expectedVersion: version, retentionMonths: 24 } });
    expect(ok.data.updateAgency).toEqual({ agency: { retentionMonths: 24 }, userErrors: [] });
    const audit = await t.sql(`select before->>'retentionMonths' as before, after->>'retentionMonths' as after from audit_log where action = 'AGENCY_UPDATED' and entity_id = $1 order by id desc limit 1`, [rawId(ids.skatteverket)]);
    expect(audit).toEqual([{ before: null, after: '24' }]);
  });
});

describe('the retention run', () => {
  it('anonymises exactly the closed cases past the period not on hold, with the exact values, once; the report figures stay', async () => {
    const due = await phoneTicket(t, ids, { title: 'Lön fel för Anna Svensson 850101-1234', description: 'Ring mig på 070-123 45 67, anna@skatteverket.example' });
    const held = await phoneTicket(t, ids, { title: 'Tvist om lön' });
    const open = await phoneTicket(t, ids, { title: 'Öppet ärende' });
    const recent = await phoneTicket(t, ids, { title: 'Nyligen stängt' });
    const noAgreement = await phoneTicket(t, ids, { title: 'Annan myndighet', requesterId: ids.otherCustomer });
    await addComment(due.id, 'Personnummer 850101-1234, ring 070-1234567');
    await insertMail(due.id, 'anna@skatteverket.example');
    const released = await q(A.agent, `mutation($input: ExportPublicRecordInput!) { exportPublicRecord(input: $input) { record { downloadUrl } userErrors { code } } }`, {
      input: { ticketId: due.id, requestReference: 'Dnr 2026/77' },
    });
    const downloadUrl: string = released.data.exportPublicRecord.record.downloadUrl;
    expect((await t.get(A.agent, downloadUrl)).status).toBe(200);
    for (const c of [due, held, noAgreement]) await closedAgo(c.id, '3 years');
    await closedAgo(recent.id, '1 month');

    // The hold: a reason is required, a customer may not, nothing changes on refusal.
    expect((await q(A.agent, HOLD, { input: { ticketId: held.id, hold: true, reason: ' ' } })).data.setLegalHold.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'reason'] }]);
    expect((await q(A.customer, HOLD, { input: { ticketId: held.id, hold: true, reason: 'vill behålla' } })).codes).toEqual(['FORBIDDEN']);
    expect((await history(held.id)).filter((e) => e.kind.startsWith('LEGAL_HOLD'))).toEqual([]);
    const set = await q(A.agent, HOLD, { input: { ticketId: held.id, hold: true, reason: 'Överklagat beslut, mål 1234-26' } });
    expect(set.data.setLegalHold).toEqual({ ticket: { id: held.id, legalHold: { reason: 'Överklagat beslut, mål 1234-26' } }, userErrors: [] });
    expect((await history(held.id)).filter((e) => e.kind.startsWith('LEGAL_HOLD'))).toEqual([{ kind: 'LEGAL_HOLD_SET', note: 'Överklagat beslut, mål 1234-26' }]);

    const period = `${new Date().getFullYear()}-Q${Math.floor(new Date().getMonth() / 3) + 1}`;
    const report = async () => (await q(A.admin, REPORT, { input: { period } })).data.slaReport;
    const before = await report();
    const untouchedBefore = await Promise.all([held, open, recent, noAgreement].map((c) => caseText(c.id)));

    expect((await q(A.agent, RUN)).codes).toEqual(['FORBIDDEN']);
    const run = await q(A.admin, RUN);
    expect(run.data.runRetention.userErrors).toEqual([]);
    const anonymised = await t.sql<{ id: number }>(`select id from ticket where anonymised_at is not null order by id`);
    expect(anonymised.map((r) => r.id)).toContain(rawId(due.id));
    expect(run.data.runRetention.run.casesAnonymised).toBe(anonymised.length);
    for (const c of [held, open, recent, noAgreement]) expect(anonymised.map((r) => r.id)).not.toContain(rawId(c.id));

    expect(await caseText(due.id)).toEqual([{ title: '[anonymiserad]', description: '[anonymiserad]', resolution: null, anonymised: true }]);
    expect(await t.sql(`select body from ticket_comment where ticket_id = $1`, [rawId(due.id)])).toEqual([{ body: '[anonymiserad]' }]);
    expect(await t.sql(`select envelope_from, envelope_to, length(raw)::int as raw from mail_inbound where ticket_id = $1`, [rawId(due.id)])).toEqual([{ envelope_from: null, envelope_to: [], raw: 0 }]);
    // The public-record export's document went with the case's text; the record of the export stays.
    expect(await t.sql(`select request_reference, length(pdf)::int as pdf from public_record_export where ticket_id = $1`, [rawId(due.id)])).toEqual([{ request_reference: 'Dnr 2026/77', pdf: 0 }]);
    const gone = await t.get(A.agent, downloadUrl);
    expect([gone.status, await gone.text()]).toEqual([404, expect.stringContaining("the export's case was anonymised (retention): its document is gone")]);
    const events = await history(due.id);
    expect(events.filter((e) => e.note !== null && e.kind !== 'ANONYMISED').every((e) => e.note === '[anonymiserad]')).toBe(true);
    expect(events.filter((e) => e.kind === 'ANONYMISED')).toEqual([{ kind: 'ANONYMISED', note: 'RETENTION_PERIOD' }]);
    expect(await Promise.all([held, open, recent, noAgreement].map((c) => caseText(c.id)))).toEqual(untouchedBefore);

    // Idempotent: a second run finds nothing and writes nothing.
    const eventCount = (await t.sql<{ n: number }>(`select count(*)::int as n from ticket_event`))[0].n;
    expect((await q(A.admin, RUN)).data.runRetention.run.casesAnonymised).toBe(0);
    expect((await t.sql<{ n: number }>(`select count(*)::int as n from ticket_event`))[0].n).toBe(eventCount);
    const runs = (await q(A.admin, RUNS)).data.retentionRuns;
    expect(runs.map((r: any) => r.casesAnonymised)).toEqual([0, anonymised.length]);
    expect(Date.parse(runs[0].startedAt)).toBeGreaterThan(0);

    // The report's figures are what they were.
    expect(await report()).toEqual(before);

    // Clearing the hold lets the next run take the case.
    await q(A.agent, HOLD, { input: { ticketId: held.id, hold: false, reason: 'Målet avgjort' } });
    expect((await q(A.admin, RUN)).data.runRetention.run.casesAnonymised).toBe(1);
    expect(await caseText(held.id)).toEqual([{ title: '[anonymiserad]', description: '[anonymiserad]', resolution: null, anonymised: true }]);
  });
});

describe('a person', () => {
  it('gets an export of exactly their data; unknown person, bad input and FORBIDDEN give none', async () => {
    const mine = await phoneTicket(t, ids, { title: 'Kollegans fråga om semester', requesterId: ids.customer2 });
    const other = await phoneTicket(t, ids, { title: 'Någon annans fråga' });
    await insertMail(mine.id, A.customer2);
    expect((await q(A.agent, EXPORT, { input: { email: A.customer2 } })).codes).toEqual(['FORBIDDEN']);
    expect((await q(A.admin, EXPORT, { input: { email: 'ingen@example.se' } })).data.exportPersonalData).toEqual({ export: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'email'] }] });
    expect((await q(A.admin, EXPORT, { input: { email: A.customer2, personId: ids.customer2 } })).data.exportPersonalData.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'personId'] }]);

    const res = (await q(A.admin, EXPORT, { input: { email: A.customer2.toUpperCase() } })).data.exportPersonalData;
    expect(res.export.personId).toBe(ids.customer2);
    const doc = JSON.parse(res.export.document);
    expect(doc.user).toMatchObject({ email: A.customer2, role: 'CUSTOMER', agency: 'Skatteverket' });
    expect(doc.cases.map((c: any) => c.number)).toEqual([mine.number]);
    expect(doc.mails.map((m: any) => m.ticket_number)).toEqual([mine.number]);
    expect(res.export.document).not.toContain(other.number);
    expect(res.export.document).not.toContain(A.customer + '"');
    const audit = await t.sql(`select action, entity_type, entity_id from audit_log where action = 'PERSONAL_DATA_EXPORTED'`);
    expect(audit).toEqual([{ action: 'PERSONAL_DATA_EXPORTED', entity_type: 'User', entity_id: rawId(ids.customer2) }]);
  });

  it('is anonymised on request: closed cases whole, open ones kept, the account blanked and inactive', async () => {
    const closed = await phoneTicket(t, ids, { title: 'Stängt ärende från kollegan', requesterId: ids.customer2 });
    await closedAgo(closed.id, '1 day');
    expect((await q(A.agent, ERASE, { input: { personId: ids.customer2, reason: 'Begäran 2026-77' } })).codes).toEqual(['FORBIDDEN']);
    expect((await q(A.admin, ERASE, { input: { personId: ids.customer2, reason: '' } })).data.anonymisePerson.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'reason'] }]);
    expect(await t.sql(`select name, active from app_user where email = $1`, [A.customer2])).toHaveLength(1);

    const res = (await q(A.admin, ERASE, { input: { personId: ids.customer2, reason: 'Begäran 2026-77' } })).data.anonymisePerson;
    expect(res).toEqual({ anonymisation: { casesAnonymised: 1, casesKept: 1, comments: 0, mails: 1, calls: 0 }, userErrors: [] });
    expect(await t.sql(`select name, email, phone, active from app_user where id = $1`, [rawId(ids.customer2)])).toEqual([
      { name: 'Anonymiserad person', email: `anonymiserad-${rawId(ids.customer2)}@invalid`, phone: null, active: false },
    ]);
    expect(await caseText(closed.id)).toEqual([{ title: '[anonymiserad]', description: '[anonymiserad]', resolution: null, anonymised: true }]);
    expect((await history(closed.id)).filter((e) => e.kind === 'ANONYMISED')).toEqual([{ kind: 'ANONYMISED', note: 'ERASURE_REQUEST' }]);
    expect((await q(A.admin, ERASE, { input: { personId: ids.customer2, reason: 'Begäran 2026-77' } })).data.anonymisePerson.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'personId'] }]);
  });
});
