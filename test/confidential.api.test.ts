import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { rawId, textQuery } from './support/text-query';

/**
 * Issue 20 part 9: confidentiality (sekretess). A confidential case or comment is read only by
 * admins, its assigned group, the roles of its mark (and a case by its requester); to everyone else
 * it does not exist on any path. Every permitted read is logged once; the agency's
 * information-security contact (seed: Skatteverket's is kollega@, deputy kund@) reads the log.
 */

let t: TestApp;
let ids: Ids;


const q = textQuery(() => t);

const MARK = `mutation($input: MarkConfidentialInput!) { markConfidential(input: $input) {
  ticket { id version confidential confidentiality { code reason readerRoles } } comment { id confidential } userErrors { code field message } } }`;
const UNMARK = `mutation($input: UnmarkConfidentialInput!) { unmarkConfidential(input: $input) { ticket { id confidential } userErrors { code field message } } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id title confidential } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Ticket { title } ... on TicketComment { body } } }`;
const LIST = `query($text: String!) { tickets(first: 10, filter: { text: $text }) { edges { node { id title } } } }`;
const COMMENTS = `query($id: ID!) { ticket(id: $id) { comments(first: 50) { edges { node { id body confidential } } } latestComments(limit: 20) { id } attachments { id } } }`;
const LOG = `query($agencyId: ID!) { confidentialReadLog(agencyId: $agencyId) { readerName ticketNumber commentId path at } }`;

const comment = async (ticketId: string, body: string, visibility: 'PUBLIC' | 'INTERNAL') => {
  const res = await q(A.agent, `mutation($id: ID!, $input: AddTicketCommentInput!) { addTicketComment(ticketId: $id, input: $input) { comment { id } userErrors { code } } }`, {
    id: ticketId,
    input: { body, visibility },
  });
  return res.data.addTicketComment.comment.id as string;
};
const reads = (ticketId: string) =>
  t.sql<{ email: string; comment_id: number | null; path: string }>(
    'select u.email, r.comment_id, r.path from confidential_read r join app_user u on u.id = r.reader_id where r.ticket_id = $1 order by r.id',
    [rawId(ticketId)],
  );

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

describe('a confidential case', () => {
  it('is read by its group, admins, its requester and the roles of the mark; for everyone else it does not exist on any path', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Hotad medarbetare, skyddad adress' });
    const marked = await q(A.agent, MARK, { input: { ticketId: ticket.id, code: 'OSL_21_3', reason: 'OSL 21 kap. 3 §: skyddad adress' } });
    expect(marked.data.markConfidential.userErrors).toEqual([]);
    expect(marked.data.markConfidential.ticket).toMatchObject({ confidential: true, confidentiality: { code: 'OSL_21_3', reason: 'OSL 21 kap. 3 §: skyddad adress', readerRoles: [] } });
    const history = await t.sql('select kind, field, to_value, note, visibility from ticket_event where ticket_id = $1 and kind = $2', [rawId(ticket.id), 'MARKED_CONFIDENTIAL']);
    expect(history).toEqual([{ kind: 'MARKED_CONFIDENTIAL', field: 'confidentiality', to_value: 'OSL_21_3', note: 'OSL 21 kap. 3 §: skyddad adress', visibility: 'INTERNAL' }]);

    for (const reader of [A.agent, A.admin, A.customer]) expect((await q(reader, TICKET, { id: ticket.id })).data.ticket).toMatchObject({ id: ticket.id, confidential: true });
    // The specialist reads the area's cases, the account manager the agency's, the colleague the agency's: not this one.
    for (const outsider of [A.payrollSpecialist, A.accountManager, A.customer2, A.otherCustomer]) {
      expect((await q(outsider, TICKET, { id: ticket.id })).data.ticket).toBeNull();
      expect((await q(outsider, NODE, { id: ticket.id })).data.node).toBeNull();
      expect((await q(outsider, LIST, { text: ticket.number })).data.tickets.edges).toEqual([]);
      expect((await q(outsider, MARK, { input: { ticketId: ticket.id, code: 'OTHER', reason: 'prövar' } })).data.markConfidential.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    }
    // Who the mark names reads it.
    await q(A.agent, MARK, { input: { ticketId: ticket.id, code: 'OSL_21_3', reason: 'OSL 21 kap. 3 §: skyddad adress', readerRoles: ['SPECIALIST'] } });
    expect((await q(A.payrollSpecialist, TICKET, { id: ticket.id })).data.ticket).toMatchObject({ title: 'Hotad medarbetare, skyddad adress' });
    // The requester reads the case but not its ground.
    expect((await q(A.customer, `query($id: ID!) { ticket(id: $id) { confidentiality { code } } }`, { id: ticket.id })).data.ticket).toEqual({ confidentiality: null });
  });

  it('logs every permitted read exactly once per request, with its path, and nothing for a refused one', async () => {
    const ticket = await phoneTicket(t, ids);
    await q(A.agent, MARK, { input: { ticketId: ticket.id, code: 'OSL_39_3', reason: 'OSL 39 kap. 3 §: personalärende' } });
    const before = (await reads(ticket.id)).length;
    // Twice in one request (ticket and node): one read.
    await q(A.agent, `query($id: ID!) { a: ticket(id: $id) { id } b: node(id: $id) { id } }`, { id: ticket.id });
    await q(A.admin, LIST, { text: ticket.number });
    await q(A.payrollSpecialist, TICKET, { id: ticket.id });
    expect((await reads(ticket.id)).slice(before)).toEqual([
      { email: A.agent, comment_id: null, path: 'TICKET' },
      { email: A.admin, comment_id: null, path: 'LIST' },
    ]);
    await q(A.agent, UNMARK, { input: { ticketId: ticket.id } });
    await q(A.agent, TICKET, { id: ticket.id });
    expect(await reads(ticket.id)).toHaveLength(before + 2);
    expect((await q(A.payrollSpecialist, TICKET, { id: ticket.id })).data.ticket).toMatchObject({ id: ticket.id });
  });
});

describe('a confidential comment', () => {
  it('is left out of comments, previews, node and files for who may not read it, never shown to customers, and logged for who may', async () => {
    const ticket = await phoneTicket(t, ids);
    const secret = await comment(ticket.id, 'Sjukskriven sedan mars, se läkarintyg.', 'PUBLIC');
    const open = await comment(ticket.id, 'Vi återkommer.', 'PUBLIC');
    const [file] = await t.sql<{ id: number }>(
      `insert into attachment (ticket_id, comment_id, filename, content_type, size, sha256, data, source, uploaded_by_id, created_at)
       select $1, $2, 'intyg.pdf', 'application/pdf', 3, 'x', '\\x010203', 'WEB', id, now() from app_user where email = $3 returning id`,
      [rawId(ticket.id), rawId(secret), A.agent],
    );
    const marked = await q(A.agent, MARK, { input: { commentId: secret, code: 'OSL_21_1', reason: 'OSL 21 kap. 1 §: hälsa' } });
    expect(marked.data.markConfidential).toMatchObject({ comment: { id: secret, confidential: true }, userErrors: [] });
    const fileId = Buffer.from(`Attachment:${file.id}`).toString('base64url');

    for (const outsider of [A.customer, A.payrollSpecialist]) {
      const seen = (await q(outsider, COMMENTS, { id: ticket.id })).data.ticket;
      expect(seen.comments.edges.map((e: any) => e.node.id)).toEqual(expect.not.arrayContaining([secret]));
      expect(seen.comments.edges.map((e: any) => e.node.id)).toContain(open);
      expect(seen.latestComments.map((c: any) => c.id)).not.toContain(secret);
      expect(seen.attachments).toEqual([]);
      expect((await q(outsider, NODE, { id: secret })).data.node).toBeNull();
      expect((await t.get(outsider, `/files/attachments/${fileId}`)).status).toBe(404);
    }
    const before = (await reads(ticket.id)).length;
    const seen = (await q(A.agent, COMMENTS, { id: ticket.id })).data.ticket;
    expect(seen.comments.edges.map((e: any) => [e.node.body, e.node.confidential])).toEqual([
      ['Sjukskriven sedan mars, se läkarintyg.', true],
      ['Vi återkommer.', false],
    ]);
    // Previews never carry it: it is read (and logged) in comments only.
    expect(seen.latestComments.map((c: any) => c.id)).toEqual([open]);
    expect(seen.attachments).toHaveLength(1);
    expect((await t.get(A.agent, `/files/attachments/${fileId}`)).status).toBe(200);
    expect((await reads(ticket.id)).slice(before)).toEqual([
      { email: A.agent, comment_id: rawId(secret), path: 'COMMENTS' },
      { email: A.agent, comment_id: rawId(secret), path: 'ATTACHMENT' },
    ]);
    const history = await t.sql('select field, to_value, note, visibility from ticket_event where ticket_id = $1 and kind = $2', [rawId(ticket.id), 'MARKED_CONFIDENTIAL']);
    expect(history).toEqual([{ field: 'comment', to_value: String(rawId(secret)), note: null, visibility: 'INTERNAL' }]);
  });
});

describe('the read log', () => {
  it("is the agency's information-security contact's (and admins'), of that agency only; FORBIDDEN for everyone else", async () => {
    const ticket = await phoneTicket(t, ids);
    await q(A.agent, MARK, { input: { ticketId: ticket.id, code: 'OSL_18_8', reason: 'OSL 18 kap. 8 §: säkerhetsincident' } });
    await q(A.agent, TICKET, { id: ticket.id });
    const log = await q(A.customer2, LOG, { agencyId: ids.skatteverket });
    expect(log.codes).toEqual([]);
    const [read] = await t.sql<{ at: Date }>(`select at from confidential_read where ticket_id = $1 order by id desc limit 1`, [rawId(ticket.id)]);
    expect(log.data.confidentialReadLog[0]).toEqual({ readerName: 'Anna Servicedesk', ticketNumber: ticket.number, commentId: null, path: 'TICKET', at: read.at.toISOString() });
    expect((await q(A.admin, LOG, { agencyId: ids.skatteverket })).data.confidentialReadLog[0]).toMatchObject({ ticketNumber: ticket.number });
    expect((await q(A.customer2, LOG, { agencyId: ids.forsakringskassan })).codes).toEqual(['FORBIDDEN']);
    expect((await q(A.otherCustomer, LOG, { agencyId: ids.skatteverket })).codes).toEqual(['FORBIDDEN']);
    expect((await q(A.agent, LOG, { agencyId: ids.skatteverket })).codes).toEqual(['FORBIDDEN']);
    // Försäkringskassan's log holds none of Skatteverket's reads.
    expect((await q(A.admin, LOG, { agencyId: ids.forsakringskassan })).data.confidentialReadLog.map((r: any) => r.ticketNumber)).not.toContain(ticket.number);
    await expect(t.sql('delete from confidential_read')).rejects.toThrow('confidential_read is append-only');
  });
});

describe('bad input and refusals', () => {
  it('answers each with a typed error and changes nothing', async () => {
    const ticket = await phoneTicket(t, ids);
    const errors = async (as: string, doc: string, input: Record<string, unknown>) => {
      const res = await q(as, doc, { input });
      const payload = res.data?.markConfidential ?? res.data?.unmarkConfidential;
      return res.codes.length ? res.codes : payload.userErrors.map((e: any) => [e.code, e.field.join('.')]);
    };
    expect(await errors(A.agent, MARK, { code: 'OTHER', reason: 'ok ok' })).toEqual([['BAD_USER_INPUT', 'input.ticketId']]);
    expect(await errors(A.agent, MARK, { ticketId: ticket.id, commentId: ticket.id, code: 'OTHER', reason: 'ok ok' })).toEqual([['BAD_USER_INPUT', 'input.ticketId']]);
    expect(await errors(A.agent, MARK, { ticketId: ticket.id, code: 'OTHER', reason: ' x ' })).toEqual([['BAD_USER_INPUT', 'input.reason']]);
    expect(await errors(A.agent, MARK, { ticketId: ticket.id, code: 'OTHER', reason: 'ok ok', readerRoles: ['CUSTOMER'] })).toEqual([['BAD_USER_INPUT', 'input.readerRoles']]);
    expect(await errors(A.agent, MARK, { ticketId: ticket.id, code: 'OTHER', reason: 'ok ok', expectedVersion: ticket.version + 5 })).toEqual([['CONFLICT', 'input.expectedVersion']]);
    expect(await errors(A.agent, UNMARK, { ticketId: ticket.id })).toEqual([['BAD_USER_INPUT', 'input.ticketId']]);
    expect(await errors(A.customer, MARK, { ticketId: ticket.id, code: 'OTHER', reason: 'ok ok' })).toEqual(['FORBIDDEN']);
    expect(await errors(A.payrollSpecialist, MARK, { ticketId: ticket.id, code: 'OTHER', reason: 'ok ok' })).toEqual(['FORBIDDEN']);
    const state = await t.sql('select confidential_code, version from ticket where id = $1', [rawId(ticket.id)]);
    expect(state).toEqual([{ confidential_code: null, version: ticket.version }]);
    expect(await t.sql('select kind from ticket_event where ticket_id = $1 and kind::text like $2', [rawId(ticket.id), '%CONFIDENTIAL'])).toEqual([]);
  });
});
