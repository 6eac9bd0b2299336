import { AddTicketCommentDocument, AssignTicketDocument, CreateTicketDocument, EscalateTicketDocument, ReferTicketToVendorDocument, ResolveTicketDocument, type TicketFieldsFragment } from '../generated/graphql';
import { freePort } from '../support/free-port';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { startRelay, type TestRelay } from './outbound-relay';

let t: TestApp;
let relay: TestRelay;
let ids: Ids;

beforeAll(async () => {
  relay = await startRelay();
  t = await startTestApp({ mail: { smtpUrl: `smtp://127.0.0.1:${relay.port}`, from: 'Servicedesk <servicedesk@ssc.example>' } });
  ids = await directoryIds(t);
});
afterAll(async () => {
  await t?.stop();
  await relay?.stop();
});

interface Row {
  id: number;
  kind: string;
  to_address: string;
  message_id: string;
  subject: string;
  status: string;
  attempts: number;
  last_error: string | null;
}
const rowsOf = (ticketNumber: string, kind: string) =>
  t.sql<Row>(`select m.* from mail_outbound m join ticket t on t.id = m.ticket_id where t.number = $1 and m.kind = $2 order by m.id`, [ticketNumber, kind]);
const arrived = (messageId: string) => relay.received.filter((m) => m.messageId === `<${messageId}>`);
/** Waits for the mail of this kind on the ticket to reach `status`, and returns its row. */
const settled = async (ticketNumber: string, kind: string, status = 'SENT') => {
  let seen: Row[] = [];
  return waitFor(async () => (seen = await rowsOf(ticketNumber, kind)).find((r) => r.status === status), { what: `${kind} of ${ticketNumber} to be ${status}`, state: () => seen });
};

async function emailTicket(email: string, name = 'Eva Extern'): Promise<TicketFieldsFragment> {
  const res = await t.gql(A.agent, CreateTicketDocument, {
    input: { title: 'Fakturan är fel', description: 'Beloppet stämmer inte.', channel: 'EMAIL', externalRequester: { email, name }, serviceId: ids.supplierInvoices, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
  });
  expect(res.data?.createTicket.userErrors).toEqual([]);
  return res.data!.createTicket.ticket!;
}

const comment = async (ticket: TicketFieldsFragment, visibility: 'PUBLIC' | 'INTERNAL', body: string, as: string = A.agent) => {
  const res = await t.gql(as, AddTicketCommentDocument, { ticketId: ticket.id, input: { body, visibility } });
  expect(res.data?.addTicketComment.userErrors).toEqual([]);
  return res.data!.addTicketComment.ticket!;
};

describe('outbound mail through a real relay', () => {
  it('sends one receipt to the external sender of an EMAIL case, with the case number and the row\'s Message-ID', async () => {
    const ticket = await emailTicket('eva@extern.example');
    const row = await settled(ticket.number, 'RECEIPT');
    const mails = arrived(row.message_id);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Vi har tagit emot ditt ärende: Fakturan är fel [${ticket.number}]`);
    expect(mails[0].to).toMatchObject({ value: [{ address: 'eva@extern.example', name: 'Eva Extern' }] });
    expect(mails[0].from).toMatchObject({ value: [{ address: 'servicedesk@ssc.example', name: 'Servicedesk' }] });
    expect(mails[0].text).toContain(`Det har blivit ärende ${ticket.number}`);
    expect(mails[0].html).toContain(`<html lang="sv">`);
    expect(await rowsOf(ticket.number, 'RECEIPT')).toEqual([expect.objectContaining({ status: 'SENT', attempts: 0, last_error: null })]);
  });

  it('mails a public comment to the external requester once, and never an internal note', async () => {
    let ticket = await emailTicket('olle@extern.example', 'Olle Extern');
    await settled(ticket.number, 'RECEIPT');
    ticket = await comment(ticket, 'INTERNAL', 'Intern anteckning: kolla med ekonomi');
    ticket = await comment(ticket, 'PUBLIC', 'Vi har rättat fakturan.');
    const row = await settled(ticket.number, 'PUBLIC_COMMENT');
    expect(await rowsOf(ticket.number, 'PUBLIC_COMMENT')).toHaveLength(1);
    const [mail] = arrived(row.message_id);
    expect(mail.text).toContain('Anna Servicedesk (Servicedesk) har skrivit i ärende');
    expect(mail.text).toContain('> Vi har rättat fakturan.');
    expect(mail.text).not.toContain('Intern anteckning');
    expect(relay.received.filter((m) => m.text?.includes('Intern anteckning'))).toEqual([]);
  });

  it('mails the resolution to the external requester', async () => {
    const ticket = await emailTicket('rut@extern.example', 'Rut Extern');
    const res = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Kreditfaktura skickad.' } });
    expect(res.data?.resolveTicket.userErrors).toEqual([]);
    const row = await settled(ticket.number, 'RESOLUTION');
    const [mail] = arrived(row.message_id);
    expect(mail.subject).toBe(`Ditt ärende är löst: Fakturan är fel [${ticket.number}]`);
    expect(mail.text).toContain('> Kreditfaktura skickad.');
    expect(mail.text).toContain('Svara på det här mejlet så öppnas ärendet igen.');
  });

  it('mails the referral\'s question to a vendor with an address, linked to the referral', async () => {
    let ticket = await phoneTicket(t, ids);
    const step = async (res: Promise<{ data?: any }>, key: string) => {
      const r = await res;
      expect(r.data[key].userErrors).toEqual([]);
      ticket = r.data[key].ticket;
    };
    await step(t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } }), 'escalateTicket');
    await step(t.gql(A.payrollSpecialist, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.payrollSpecialist } }), 'assignTicket');
    await step(t.gql(A.payrollSpecialist, ReferTicketToVendorDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, vendorId: ids.primula, question: 'OB-tillägget beräknas fel i version 4.2' } }), 'referTicketToVendor');
    const row = await settled(ticket.number, 'VENDOR_REFERRAL');
    const [mail] = arrived(row.message_id);
    expect(mail.to).toMatchObject({ value: [{ address: 'support@primula.example', name: 'Primula Support' }] });
    expect(mail.text).toContain('> OB-tillägget beräknas fel i version 4.2');
    expect(mail.text).toContain('ert eget ärendenummer');
    expect(await t.sql(`select v.question from mail_outbound m join vendor_referral v on v.id = m.vendor_referral_id where m.id = $1`, [row.id])).toEqual([{ question: 'OB-tillägget beräknas fel i version 4.2' }]);
  });

  it('mails a customer user a public comment only once they chose it', async () => {
    let ticket = await phoneTicket(t, ids);
    ticket = await comment(ticket, 'PUBLIC', 'Första svaret');
    await t.sql(`insert into mail_preference (user_id, kind, by_mail, updated_at) select id, 'PUBLIC_COMMENT', true, now() from app_user where email = $1`, [A.customer]);
    ticket = await comment(ticket, 'PUBLIC', 'Andra svaret');
    const row = await settled(ticket.number, 'PUBLIC_COMMENT');
    expect((await rowsOf(ticket.number, 'PUBLIC_COMMENT')).map((r) => r.to_address)).toEqual([A.customer]);
    expect(arrived(row.message_id)[0].text).toContain('> Andra svaret');
    // The customer's own comment is not mailed back to them.
    await comment(ticket, 'PUBLIC', 'Tack!', A.customer);
    await comment(ticket, 'PUBLIC', 'Tredje svaret');
    await waitFor(async () => (await rowsOf(ticket.number, 'PUBLIC_COMMENT')).length === 2, { what: 'the third answer to be queued' });
    expect(relay.received.filter((m) => m.text?.includes('> Tack!'))).toEqual([]);
  });

  it('marks a mail the relay refuses with 550 FAILED at once, without retrying', async () => {
    const ticket = await emailTicket('refuse@extern.example', 'Nej Tack');
    const row = await settled(ticket.number, 'RECEIPT', 'FAILED');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/550/);
    // Its job completes (is gone) rather than waiting for a retry; the row keeps its one attempt.
    await waitFor(async () => (await t.sql<{ n: number }>(`select count(*)::int as n from graphile_worker.jobs where key = $1`, [`mail_send:${row.id}`]))[0].n === 0, { what: 'the send job to complete' });
    expect((await rowsOf(ticket.number, 'RECEIPT')).map((r) => [r.status, r.attempts])).toEqual([['FAILED', 1]]);
    expect(arrived(row.message_id)).toEqual([]);
  });
});

describe('outbound mail while the relay is down', () => {
  let down: TestApp;
  let later: TestRelay | null = null;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    down = await startTestApp({ mail: { smtpUrl: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await down?.stop();
    await later?.stop();
  });

  it('retries with back-off and sends the mail once when the relay is back', async () => {
    const res = await down.gql(A.agent, CreateTicketDocument, {
      input: { title: 'Nere', description: 'Reläet är nere.', channel: 'EMAIL', externalRequester: { email: 'vanta@extern.example', name: 'Vänta' }, serviceId: ids.supplierInvoices, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
    });
    const number = res.data!.createTicket.ticket!.number;
    const row = async () => (await down.sql<Row>(`select m.* from mail_outbound m join ticket t on t.id = m.ticket_id where t.number = $1`, [number]))[0];
    const failed = await waitFor(async () => ((await row())?.attempts === 1 ? row() : null), { what: 'the first attempt to fail' });
    expect(failed).toMatchObject({ status: 'QUEUED', attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED|ECONNECTION/) });
    later = await startRelay(port);
    const sent = await waitFor(async () => ((await row())?.status === 'SENT' ? row() : null), { what: 'the retry to send it' });
    expect(sent.attempts).toBe(1);
    expect(later.received.filter((m) => m.messageId === `<${sent.message_id}>`)).toHaveLength(1);
  });
});
