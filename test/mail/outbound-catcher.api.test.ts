import { CreateTicketDocument, OutgoingMailsDocument } from '../generated/graphql';
import { A, directoryIds, type Ids } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { sendReceipt } from '../../src/mail/outbound-notify';
import { TicketEvent } from '../../src/tickets/ticket-event.entity';
import { Ticket } from '../../src/tickets/ticket.entity';

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  // Mail on (the listener) but no smtpUrl: the development catcher keeps every outgoing mail.
  t = await startTestApp({ mail: {} });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

async function emailTicket(email: string, title: string) {
  const res = await t.gql(A.agent, CreateTicketDocument, {
    input: { title, description: 'Via mejl.', channel: 'EMAIL', externalRequester: { email, name: 'Extern Person' }, serviceId: ids.supplierInvoices, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
  });
  return res.data!.createTicket.ticket!;
}

describe('the development mail catcher', () => {
  it('keeps mail CAUGHT without a relay and lists it to admins, newest first, filtered and paged', async () => {
    const first = await emailTicket('ett@extern.example', 'Första');
    const second = await emailTicket('tva@extern.example', 'Andra');
    await waitFor(async () => (await t.sql<{ n: number }>(`select count(*)::int as n from mail_outbound where status = 'CAUGHT'`))[0].n === 2, { what: 'both receipts to be caught' });

    const all = await t.gql(A.admin, OutgoingMailsDocument, { first: 1 });
    expect(all.errors).toBeUndefined();
    const page = all.data!.outgoingMails;
    expect(page.totalCount).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((e) => [e.node.kind, e.node.toAddress, e.node.status, e.node.attempts, e.node.sentAt, e.node.ticket?.number])).toEqual([
      ['RECEIPT', 'tva@extern.example', 'CAUGHT', 0, null, second.number],
    ]);
    expect(page.edges[0].node.subject).toBe(`Vi har tagit emot ditt ärende: Andra [${second.number}]`);
    expect(page.edges[0].node.text).toContain(`Det har blivit ärende ${second.number}`);
    expect(page.edges[0].node.html).toContain('<html lang="sv">');

    const next = await t.gql(A.admin, OutgoingMailsDocument, { first: 1, after: page.pageInfo.endCursor });
    expect(next.data!.outgoingMails.edges.map((e) => e.node.ticket?.number)).toEqual([first.number]);

    const byTicket = await t.gql(A.admin, OutgoingMailsDocument, { ticketId: first.id, kind: 'RECEIPT', status: 'CAUGHT' });
    expect(byTicket.data!.outgoingMails.edges.map((e) => e.node.toAddress)).toEqual(['ett@extern.example']);
    expect((await t.gql(A.admin, OutgoingMailsDocument, { status: 'SENT' })).data!.outgoingMails.totalCount).toBe(0);
  });

  it('answers an external sender in the language of their first mail (Content-Language), else Swedish', async () => {
    await t.sql(
      `insert into mail_inbound (dedupe_key, message_id, source, envelope_from, envelope_to, size, raw, received_at, status)
       values ('en-1', 'en-1@example.org', 'SMTP', 'jane@extern.example', '[]', 10, convert_to($1, 'UTF8'), now(), 'PROCESSED')`,
      ['From: jane@extern.example\r\nContent-Language: en-GB\r\nSubject: Invoice\r\n\r\nHello'],
    );
    const ticket = await emailTicket('jane@extern.example', 'Invoice missing');
    const [row] = await waitFor(async () => {
      const rows = await t.sql<{ subject: string; text: string; html: string }>(`select m.subject, m.text, m.html from mail_outbound m join ticket t on t.id = m.ticket_id where t.number = $1`, [ticket.number]);
      return rows.length ? rows : null;
    }, { what: 'the receipt' });
    expect(row.subject).toBe(`We have received your case: Invoice missing [${ticket.number}]`);
    expect(row.text).toContain(`It has become case ${ticket.number}`);
    expect(row.html).toContain('<html lang="en">');
  });

  it('queues one receipt however often its handler runs, threaded to the mail the case came from', async () => {
    const ticket = await emailTicket('tråd@extern.example', 'Tråden');
    const receipts = () => t.sql<{ in_reply_to: string | null; references: string[] | null }>(`select m.in_reply_to, m.references from mail_outbound m join ticket t on t.id = m.ticket_id where t.number = $1`, [ticket.number]);
    await waitFor(async () => (await receipts()).length === 1, { what: 'the receipt' });
    const runAgain = async () => {
      const ctx = t.app.unitOfWork(null);
      await ctx.em.transactional(async (em) => {
        const found = await em.findOneOrFail(Ticket, { number: ticket.number });
        const created = await em.findOneOrFail(TicketEvent, { ticket: found, kind: 'CREATED' as never });
        await sendReceipt(ctx.fork(em), found, created);
      });
    };
    await runAgain();
    expect(await receipts()).toEqual([{ in_reply_to: null, references: null }]);
    // Had the case come from a mail (the inbound side links it in the same transaction), the receipt answers it.
    await t.sql(`delete from mail_outbound m using ticket t where t.id = m.ticket_id and t.number = $1`, [ticket.number]);
    await t.sql(
      `insert into mail_inbound (dedupe_key, message_id, source, envelope_from, envelope_to, size, raw, received_at, status, ticket_id)
       select 'thread-1', 'fraga-1@extern.example', 'SMTP', 'tråd@extern.example', '[]', 1, '\\x00', now(), 'PROCESSED', id from ticket where number = $1`,
      [ticket.number],
    );
    await runAgain();
    expect(await receipts()).toEqual([{ in_reply_to: 'fraga-1@extern.example', references: ['fraga-1@extern.example'] }]);
  });

  it('refuses everyone but admins', async () => {
    for (const who of [A.agent, A.customer]) {
      const res = await t.gql(who, OutgoingMailsDocument, {});
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('answers a ticketId of no ticket with NOT_FOUND', async () => {
    const res = await t.gql(A.admin, OutgoingMailsDocument, { ticketId: 'VGlja2V0Ojk5OTk5OQ' });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('keeps one mail per history event: a second mail with the same cause is refused by the database', async () => {
    const [row] = await t.sql<{ source_key: string }>(`select source_key from mail_outbound where source_key is not null limit 1`);
    expect(row.source_key).toMatch(/^ticket-event:\d+$/);
    await expect(
      t.sql(`insert into mail_outbound (message_id, kind, to_address, subject, text, status, created_at, source_key) values ('dup@ssc.example', 'RECEIPT', 'x@example.org', 's', 't', 'QUEUED', now(), $1)`, [row.source_key]),
    ).rejects.toThrow(/mail_outbound_source_key_unique/);
  });
});
