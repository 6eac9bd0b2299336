import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { rawId, textQuery } from './support/text-query';

/**
 * Issue 20 part 10: public records (allmänna handlingar). A case is exported as a PDF on a request
 * to release it: confidential parts and personal identity numbers masked visibly and listed, internal
 * notes released, the export kept and logged (audit log and the case's history). Only the centre's
 * staff who read the case; customers and vendors FORBIDDEN; a case one does not read is NOT_FOUND.
 */

let t: TestApp;
let ids: Ids;
let otherAccountManager: string;

const ticketGlobalId = (id: number) => Buffer.from(`Ticket:${id}`).toString('base64url');

const q = textQuery(() => t);

const EXPORT = `mutation($input: ExportPublicRecordInput!) { exportPublicRecord(input: $input) {
  record { id ticketNumber requestReference downloadUrl masks { part where ground } } userErrors { code field message } } }`;
const MARK = `mutation($input: MarkConfidentialInput!) { markConfidential(input: $input) { userErrors { code } } }`;

const comment = async (ticketId: string, body: string, visibility: 'PUBLIC' | 'INTERNAL') => {
  const res = await q(A.agent, `mutation($id: ID!, $input: AddTicketCommentInput!) { addTicketComment(ticketId: $id, input: $input) { comment { id } } }`, { id: ticketId, input: { body, visibility } });
  return res.data.addTicketComment.comment.id as string;
};

/** What the exports have logged so far: rows kept, audit entries, history entries. */
const logged = async () => {
  const [row] = await t.sql<{ exports: number; audits: number; events: number }>(
    `select (select count(*)::int from public_record_export) as exports,
            (select count(*)::int from audit_log where action = 'PUBLIC_RECORD_EXPORTED') as audits,
            (select count(*)::int from ticket_event where kind = 'PUBLIC_RECORD_EXPORTED') as events`,
  );
  return row;
};

/** The PDF's text, as pdftotext (poppler) extracts it, lines joined. */
async function pdfText(as: string, url: string): Promise<string> {
  const res = await t.get(as, url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const file = join(mkdtempSync(join(tmpdir(), 'public-record-')), 'doc.pdf');
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString().replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
  // An account manager who answers for other agencies than Skatteverket (the case's).
  [{ email: otherAccountManager }] = await t.sql<{ email: string }>(
    `select u.email from app_user u where u.role = 'ACCOUNT_MANAGER' and not exists (
       select 1 from agency_contact c join agency a on a.id = c.agency_id where a.name = 'Skatteverket' and u.id in (c.person_id, c.deputy_id)) order by u.email limit 1`,
  );
});
afterAll(() => t?.stop());

describe('exportPublicRecord', () => {
  it('masks the confidential comment and the personnummer, lists each mask, releases internal notes, and logs the export', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Fel lön i november', description: 'Gäller medarbetaren 19850101-0006, lönen saknar OB-tillägg.' });
    await comment(ticket.id, 'Vi återkommer i veckan.', 'PUBLIC');
    const secret = await comment(ticket.id, 'Sjukskriven sedan mars, se läkarintyg.', 'INTERNAL');
    await comment(ticket.id, 'Kontrollerat i lönesystemet, rättas i december.', 'INTERNAL');
    expect((await q(A.agent, MARK, { input: { commentId: secret, code: 'OSL_21_1', reason: 'OSL 21 kap. 1 §: sjukskrivning' } })).data.markConfidential.userErrors).toEqual([]);

    const res = await q(A.payrollSpecialist, EXPORT, { input: { ticketId: ticket.id, requestReference: 'Dnr 2026/1234, begäran från Tidningen' } });
    expect(res.codes).toEqual([]);
    const { record, userErrors } = res.data.exportPublicRecord;
    expect(userErrors).toEqual([]);
    expect(record).toMatchObject({ ticketNumber: ticket.number, requestReference: 'Dnr 2026/1234, begäran från Tidningen', downloadUrl: `/files/public-records/${record.id}` });
    expect(record.masks).toEqual([
      { part: 'PERSONAL_IDENTITY_NUMBER', where: 'Beskrivning', ground: 'OSL 21:7' },
      { part: 'COMMENT', where: 'Kommentar 2', ground: 'OSL 21:1' },
    ]);

    const text = await pdfText(A.agent, record.downloadUrl);
    for (const shown of [ticket.number, 'Fel lön i november', 'Gäller medarbetaren [Maskerat enligt OSL 21:7], lönen saknar OB-tillägg.', '[Maskerat enligt OSL 21:1]', 'Vi återkommer i veckan.', 'Kontrollerat i lönesystemet', 'Dnr 2026/1234', 'Maskeringar (2)', 'Skatteverket'])
      expect(text).toContain(shown);
    for (const hidden of ['19850101-0006', 'Sjukskriven', 'läkarintyg', 'sjukskrivning']) expect(text).not.toContain(hidden);

    const [audit] = await t.sql(`select action, entity_type, related_type, related_id, u.email as actor, after from audit_log l join app_user u on u.id = l.actor_id where related_id = $1 and action = 'PUBLIC_RECORD_EXPORTED'`, [rawId(ticket.id)]);
    expect(audit).toEqual({
      action: 'PUBLIC_RECORD_EXPORTED',
      entity_type: 'PublicRecordExport',
      related_type: 'Ticket',
      related_id: rawId(ticket.id),
      actor: A.payrollSpecialist,
      after: { ticketNumber: ticket.number, requestReference: 'Dnr 2026/1234, begäran från Tidningen', masked: ['Beskrivning: OSL 21:7', 'Kommentar 2: OSL 21:1'] },
    });
    const history = await t.sql(`select e.field, e.to_value, e.note, e.visibility, u.email as actor from ticket_event e join app_user u on u.id = e.actor_id where ticket_id = $1 and kind = 'PUBLIC_RECORD_EXPORTED'`, [rawId(ticket.id)]);
    expect(history).toEqual([
      { field: 'publicRecord', to_value: 'Dnr 2026/1234, begäran från Tidningen', note: 'Beskrivning: OSL 21:7; Kommentar 2: OSL 21:1', visibility: 'INTERNAL', actor: A.payrollSpecialist },
    ]);
    // The customer does not see the internal history entry.
    const seen = await q(A.customer, `query($id: ID!) { ticket(id: $id) { history(first: 100) { edges { node { kind } } } } }`, { id: ticket.id });
    expect(JSON.stringify(seen.data)).not.toContain('PUBLIC_RECORD_EXPORTED');
  });

  it("masks all of a confidential case's content on its ground", async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Skyddad adress, hotad medarbetare', description: 'Ny adress ska inte synas.' });
    await q(A.agent, MARK, { input: { ticketId: ticket.id, code: 'OSL_21_3', reason: 'OSL 21 kap. 3 §: skyddad identitet' } });
    const { record } = (await q(A.admin, EXPORT, { input: { ticketId: ticket.id, requestReference: 'Dnr 2026/99' } })).data.exportPublicRecord;
    expect(record.masks.slice(0, 3)).toEqual([
      { part: 'CASE_CONTENT', where: 'Rubrik', ground: 'OSL 21:3' },
      { part: 'CASE_CONTENT', where: 'Anmälare', ground: 'OSL 21:3' },
      { part: 'CASE_CONTENT', where: 'Beskrivning', ground: 'OSL 21:3' },
    ]);
    const text = await pdfText(A.admin, record.downloadUrl);
    expect(text).toContain('[Maskerat enligt OSL 21:3]');
    for (const hidden of ['Skyddad adress', 'Ny adress', 'skyddad identitet', 'Karin Kund']) expect(text).not.toContain(hidden);
  });

  it('is FORBIDDEN for customers and vendors, NOT_FOUND for staff who do not read the case, and logs nothing then', async () => {
    const ticket = await phoneTicket(t, ids);
    const before = await logged();
    for (const outsider of [A.customer, A.otherCustomer, A.telephony]) {
      const res = await q(outsider, EXPORT, { input: { ticketId: ticket.id, requestReference: 'Dnr 1' } });
      expect(res.codes).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
    }
    // A vendor's contact has no session at all (EXTERNAL_CONTACT never signs in): refused before any role check.
    expect((await q(A.external, EXPORT, { input: { ticketId: ticket.id, requestReference: 'Dnr 1' } })).codes).toEqual(['UNAUTHENTICATED']);
    const other = await q(otherAccountManager, EXPORT, { input: { ticketId: ticket.id, requestReference: 'Dnr 1' } });
    expect(other.data.exportPublicRecord).toEqual({ record: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'ticketId'], message: 'no such ticket' }] });
    expect(await logged()).toEqual(before);

    // The document: 401 without a token, 403 for customers and vendors, 404 for staff who do not read the case.
    const { record } = (await q(A.agent, EXPORT, { input: { ticketId: ticket.id, requestReference: 'Dnr 2' } })).data.exportPublicRecord;
    expect((await t.get(null, record.downloadUrl)).status).toBe(401);
    for (const outsider of [A.customer, A.telephony]) expect((await t.get(outsider, record.downloadUrl)).status).toBe(403);
    expect((await t.get(A.external, record.downloadUrl)).status).toBe(401);
    expect((await t.get(otherAccountManager, record.downloadUrl)).status).toBe(404);
    expect((await t.get(A.accountManager, record.downloadUrl)).status).toBe(200);
    expect((await t.get(A.agent, '/files/public-records/nope')).status).toBe(404);
  });

  it('refuses bad input with a typed error and logs nothing', async () => {
    const ticket = await phoneTicket(t, ids);
    const before = await logged();
    const errors = async (input: Record<string, unknown>) => (await q(A.agent, EXPORT, { input })).data.exportPublicRecord.userErrors.map((e: any) => [e.code, e.field]);
    expect(await errors({ ticketId: ticketGlobalId(999999), requestReference: 'Dnr 1' })).toEqual([['NOT_FOUND', ['input', 'ticketId']]]);
    expect(await errors({ ticketId: ids.customer, requestReference: 'Dnr 1' })).toEqual([['BAD_USER_INPUT', ['input', 'ticketId']]]);
    expect(await errors({ ticketId: ticket.id, requestReference: ' ' })).toEqual([['BAD_USER_INPUT', ['input', 'requestReference']]]);
    expect(await errors({ ticketId: ticket.id, requestReference: 'x'.repeat(201) })).toEqual([['BAD_USER_INPUT', ['input', 'requestReference']]]);
    expect(await logged()).toEqual(before);
  });
});
