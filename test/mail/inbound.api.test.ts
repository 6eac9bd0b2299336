import type { SendMailOptions } from 'nodemailer';
import { AssignTicketDocument, CloseTicketDocument, MergeTicketDocument, EscalateTicketDocument, ReferTicketToVendorDocument, ResolveTicketDocument, TicketDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { DESK, mailTo, processed as processed_ } from './inbound-support';

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ mail: { perSenderPerMinute: 100 } });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const send = (mail: SendMailOptions) => mailTo(t).send(mail);
const sendRaw = (from: string, raw: string | Buffer) => mailTo(t).sendRaw(from, raw);
const processed = (messageId: string) => processed_(t, messageId);

const ticketRow = async (id: number) =>
  (await t.sql<{ number: string; channel: string; status: string; title: string; description: string; requester: string; role: string; area: string }>(
    `select t.number, t.channel, t.status, t.title, t.description, u.email as requester, u.role, a.code as area
       from ticket t join app_user u on u.id = t.requester_id join service_area a on a.id = t.service_area_id where t.id = $1`,
    [id],
  ))[0];
const comments = (ticketId: number) => t.sql<{ body: string; visibility: string; author: string }>(`select c.body, c.visibility, u.email as author from ticket_comment c join app_user u on u.id = c.author_id where c.ticket_id = $1 order by c.id`, [ticketId]);
const count = async (sql: string) => (await t.sql<{ n: number }>(sql))[0].n;

describe('inbound mail over SMTP', () => {
  it('makes a new external mail a case: channel EMAIL, the sender its requester as an outside contact, the small PDF on it', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    await send({ from: '"Sven Leverantör" <sven@bygg.example>', to: 'lon@ssc.example', subject: 'Faktura 4711 saknar lönearter', text: 'Hej!\nVi saknar lönearter på fakturan.', messageId: '<new-1@bygg.example>', attachments: [{ filename: 'faktura', content: pdf, contentType: 'application/octet-stream' }, { filename: 'tom.txt', content: '' }] });
    const row = await processed('new-1@bygg.example');
    expect([row.status, row.outcome, row.note]).toEqual(['PROCESSED', 'CASE_CREATED', 'attachments skipped: tom.txt (0 bytes): the file is empty']);
    const ticket = await ticketRow(row.ticket_id!);
    expect(ticket).toMatchObject({ channel: 'EMAIL', status: 'NEW', title: 'Faktura 4711 saknar lönearter', description: 'Hej!\nVi saknar lönearter på fakturan.', requester: 'sven@bygg.example', role: 'EXTERNAL_CONTACT', area: 'PAYROLL' });
    expect(await t.sql(`select name, active from app_user where email = 'sven@bygg.example'`)).toEqual([{ name: 'Sven Leverantör', active: false }]);
    expect(await t.sql(`select filename, content_type, declared_type, size, source, comment_id from attachment where ticket_id = $1`, [row.ticket_id])).toEqual([
      { filename: 'faktura', content_type: 'application/pdf', declared_type: 'application/octet-stream', size: pdf.length, source: 'MAIL', comment_id: null },
    ]);
    expect(await t.sql(`select kind, note from ticket_event where ticket_id = $1 and kind = 'CREATED'`, [row.ticket_id])).toEqual([{ kind: 'CREATED', note: 'EMAIL' }]);
  });

  it('doubles nothing when a mail is delivered again or its job runs again', async () => {
    const mail = { from: 'dubbel@bygg.example', subject: 'Samma mejl två gånger', text: 'Hej', messageId: '<twice-1@bygg.example>' };
    await send(mail);
    const row = await processed('twice-1@bygg.example');
    expect((await send(mail)).response).toBe('250 OK: already received');
    await t.sql(`select graphile_worker.add_job('mail_process', json_build_object('inboundId', $1::int), job_key := 'again-' || $1)`, [row.id]);
    await waitFor(async () => (await count(`select count(*)::int as n from graphile_worker.jobs where key like 'again-%'`)) === 0, { what: 'the second run to finish' });
    expect(await count(`select count(*)::int as n from ticket t join app_user u on u.id = t.requester_id where u.email = 'dubbel@bygg.example'`)).toBe(1);
    expect(await count(`select count(*)::int as n from mail_inbound where message_id = 'twice-1@bygg.example'`)).toBe(1);
  });

  it('threads a reply by the case number in its subject and by In-Reply-To/References, trims the quote and reopens a resolved case', async () => {
    await send({ from: 'anna@konsult.example', subject: 'Fråga om avtal', text: 'Första frågan.', messageId: '<thread-1@konsult.example>' });
    const first = await processed('thread-1@konsult.example');
    const { number } = await ticketRow(first.ticket_id!);

    await send({ from: 'anna@konsult.example', subject: `SV: Fråga om avtal ${number}`, text: 'Ett tillägg.\n\nDen 1 dec. 2026 skrev Servicedesken <sd@ssc.example>:\n> Tack för ditt mejl.', messageId: '<thread-2@konsult.example>', attachments: [{ filename: 'bilaga.txt', content: 'Avtal nr 17\n' }] });
    expect(await processed('thread-2@konsult.example')).toMatchObject({ status: 'PROCESSED', outcome: 'COMMENT_ADDED', ticket_id: first.ticket_id });

    const gid = await t.id('Ticket', 'select $1::int as id', [first.ticket_id]);
    const read = async () => (await t.gql(A.agent, TicketDocument, { id: gid })).data!.ticket!;
    await t.gql(A.agent, AssignTicketDocument, { ticketId: gid, input: { expectedVersion: (await read()).version, assigneeId: ids.agent } });
    const resolved = await t.gql(A.agent, ResolveTicketDocument, { ticketId: gid, input: { expectedVersion: (await read()).version, resolution: 'Avtalet gäller.' } });
    expect(resolved.data?.resolveTicket.ticket?.status).toBe('RESOLVED');

    await send({ from: 'anna@konsult.example', subject: 'Re: ditt svar', text: 'Det stämmer inte.', messageId: '<thread-3@konsult.example>', inReplyTo: '<thread-1@konsult.example>', references: ['<thread-1@konsult.example>'] });
    expect(await processed('thread-3@konsult.example')).toMatchObject({ status: 'PROCESSED', outcome: 'COMMENT_ADDED', ticket_id: first.ticket_id });
    expect(await comments(first.ticket_id!)).toEqual([
      { body: 'Ett tillägg.', visibility: 'PUBLIC', author: 'anna@konsult.example' },
      { body: 'Det stämmer inte.', visibility: 'PUBLIC', author: 'anna@konsult.example' },
    ]);
    expect((await read()).status).toBe('IN_PROGRESS');
    expect(await count(`select count(*)::int as n from ticket_event where ticket_id = ${first.ticket_id} and kind = 'REOPENED'`)).toBe(1);
    expect(await t.sql(`select a.filename, a.content_type, a.source, c.body from attachment a join ticket_comment c on c.id = a.comment_id where a.ticket_id = $1`, [first.ticket_id])).toEqual([
      { filename: 'bilaga.txt', content_type: 'text/plain', source: 'MAIL', body: 'Ett tillägg.' },
    ]);
  });

  it('keeps a reply to a closed case for an agent instead of commenting or opening a case', async () => {
    await send({ from: 'olle@konsult.example', subject: 'Gammal fråga', text: 'Hej', messageId: '<closed-1@konsult.example>' });
    const first = await processed('closed-1@konsult.example');
    const gid = await t.id('Ticket', 'select $1::int as id', [first.ticket_id]);
    const version = async () => (await t.gql(A.agent, TicketDocument, { id: gid })).data!.ticket!.version;
    await t.gql(A.agent, AssignTicketDocument, { ticketId: gid, input: { expectedVersion: await version(), assigneeId: ids.agent } });
    await t.gql(A.agent, ResolveTicketDocument, { ticketId: gid, input: { expectedVersion: await version(), resolution: 'Besvarat.' } });
    const closed = await t.gql(A.agent, CloseTicketDocument, { ticketId: gid, input: { expectedVersion: await version() } });
    expect(closed.data?.closeTicket.ticket?.status).toBe('CLOSED');
    const tickets = await count(`select count(*)::int as n from ticket`);
    const { number } = await ticketRow(first.ticket_id!);
    await send({ from: 'olle@konsult.example', subject: `Re: Gammal fråga [${number}]`, text: 'En sak till.', messageId: '<closed-2@konsult.example>' });
    expect(await processed('closed-2@konsult.example')).toMatchObject({ status: 'NEEDS_REVIEW', outcome: 'CASE_CLOSED', note: `${number} is closed: an agent decides whether this mail starts a new case`, ticket_id: first.ticket_id });
    expect(await comments(first.ticket_id!)).toEqual([]);
    expect(await count(`select count(*)::int as n from ticket`)).toBe(tickets);
  });

  it("puts a reply to a merged duplicate (by its number or its mail) on the case it was merged into, from the duplicate's requester", async () => {
    await send({ from: 'greta@konsult.example', subject: 'Lönefil saknas', text: 'Filen kom inte.', messageId: '<merged-1@konsult.example>' });
    await send({ from: 'hugo@konsult.example', subject: 'Ingen lönefil', text: 'Vi fick ingen fil.', messageId: '<merged-2@konsult.example>' });
    const [target, duplicate] = [await processed('merged-1@konsult.example'), await processed('merged-2@konsult.example')];
    const [targetId, duplicateId] = [await t.id('Ticket', 'select $1::int as id', [target.ticket_id]), await t.id('Ticket', 'select $1::int as id', [duplicate.ticket_id])];
    const version = async (id: string) => (await t.gql(A.agent, TicketDocument, { id })).data!.ticket!.version;
    const merged = await t.gql(A.agent, MergeTicketDocument, { input: { sourceId: duplicateId, targetId, expectedVersion: await version(duplicateId) } });
    expect(merged.data?.mergeTicket.userErrors).toEqual([]);
    const { number } = await ticketRow(duplicate.ticket_id!);

    await send({ from: 'hugo@konsult.example', subject: `SV: Ingen lönefil ${number}`, text: 'Nu kom den, tack.', messageId: '<merged-3@konsult.example>' });
    expect(await processed('merged-3@konsult.example')).toMatchObject({ status: 'PROCESSED', outcome: 'COMMENT_ADDED', ticket_id: target.ticket_id });
    await send({ from: 'hugo@konsult.example', subject: 'Re: Lönefil', text: 'Här också.', messageId: '<merged-4@konsult.example>', inReplyTo: '<merged-2@konsult.example>' });
    expect(await processed('merged-4@konsult.example')).toMatchObject({ status: 'PROCESSED', outcome: 'COMMENT_ADDED', ticket_id: target.ticket_id });
    expect(await comments(target.ticket_id!)).toEqual([
      { body: 'Nu kom den, tack.', visibility: 'PUBLIC', author: 'hugo@konsult.example' },
      { body: 'Här också.', visibility: 'PUBLIC', author: 'hugo@konsult.example' },
    ]);
    expect(await comments(duplicate.ticket_id!)).toEqual([]);
  });

  it('leaves a bounce and an auto-reply alone: no case, no answer', async () => {
    const outboundBefore = await count(`select count(*)::int as n from mail_outbound`);
    const ticketsBefore = await count(`select count(*)::int as n from ticket`);
    const bounce = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.bygg.example>',
      `To: ${DESK}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <bounce-1@mx.bygg.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The mail could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.bygg.example',
      '',
      'Final-Recipient: rfc822; nobody@bygg.example',
      'Action: failed',
      'Status: 5.1.1',
      '--b1--',
      '',
    ].join('\r\n');
    await sendRaw('mailer-daemon@mx.bygg.example', bounce);
    await send({ from: 'semester@bygg.example', subject: 'Frånvaro: Faktura', text: 'Jag är på semester till måndag.', messageId: '<auto-1@bygg.example>', headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(await processed('bounce-1@mx.bygg.example')).toMatchObject({ status: 'IGNORED', outcome: 'BOUNCE', ticket_id: null });
    expect(await processed('auto-1@bygg.example')).toMatchObject({ status: 'IGNORED', outcome: 'AUTO_REPLY', ticket_id: null });
    expect(await count(`select count(*)::int as n from ticket`)).toBe(ticketsBefore);
    expect(await count(`select count(*)::int as n from mail_outbound`)).toBe(outboundBefore);
    expect(await count(`select count(*)::int as n from app_user where email in ('semester@bygg.example', 'mailer-daemon@mx.bygg.example')`)).toBe(0);
  });

  /** A phone case escalated to payroll and referred to Primula (support@primula.example). */
  async function referredToPrimula() {
    const created = await phoneTicket(t, ids);
    const version = async () => (await t.gql(A.agent, TicketDocument, { id: created.id })).data!.ticket!.version;
    await t.gql(A.agent, EscalateTicketDocument, { ticketId: created.id, input: { expectedVersion: await version(), groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } });
    const referred = await t.gql(A.payrollSpecialist, ReferTicketToVendorDocument, { ticketId: created.id, input: { expectedVersion: await version(), vendorId: ids.primula, question: 'Fel i version 4.2?' } });
    expect(referred.data?.referTicketToVendor.userErrors).toEqual([]);
    return created;
  }

  it("records a vendor's reply as the answer on its referral, with the vendor's reference", async () => {
    const created = await referredToPrimula();
    await send({ from: 'Primula Support <Support@Primula.example>', subject: `SV: Fel i version 4.2? [${created.number}] Ärendenr: PRI-4711`, text: 'Rättat i 4.2.1, installera uppdateringen.\n\nOn Mon, 30 Nov 2026 at 10:00, Servicedesk wrote:\n> Fel i version 4.2?', messageId: '<vendor-1@primula.example>' });
    const row = await processed('vendor-1@primula.example');
    expect(row).toMatchObject({ status: 'PROCESSED', outcome: 'REFERRAL_ANSWERED' });
    const ticketId = Number((await t.sql<{ id: number }>(`select id from ticket where number = $1`, [created.number]))[0].id);
    expect(row.ticket_id).toBe(ticketId);
    expect(await t.sql(`select answer, vendor_reference, answered_at is not null as answered from vendor_referral where ticket_id = $1`, [ticketId])).toEqual([
      { answer: 'Rättat i 4.2.1, installera uppdateringen.', vendor_reference: 'PRI-4711', answered: true },
    ]);
    expect((await t.gql(A.agent, TicketDocument, { id: created.id })).data!.ticket!.status).toBe('IN_PROGRESS');
    expect(await comments(ticketId)).toEqual([]);
  });

  it("takes a vendor's answer from another address of theirs when it answers the desk's referral mail (In-Reply-To)", async () => {
    const created = await referredToPrimula();
    const [referral] = await t.sql<{ id: number; ticket_id: number }>(`select r.id, r.ticket_id from vendor_referral r join ticket t on t.id = r.ticket_id where t.number = $1`, [created.number]);
    // The referral's question as the outbound side sends it (a mail_outbound row naming the referral).
    await t.sql(
      `insert into mail_outbound (message_id, kind, to_address, ticket_id, vendor_referral_id, subject, text, status, created_at) values ('question-1@ssc.example', 'VENDOR_REFERRAL', 'support@primula.example', $1, $2, 'Fråga', 'Fel i version 4.2?', 'SENT', now())`,
      [referral.ticket_id, referral.id],
    );
    await send({ from: 'anders@primula.example', subject: 'Re: Fråga', text: 'Ref: PRI-9000\nLöst i 4.2.2.', messageId: '<vendor-2@primula.example>', inReplyTo: '<question-1@ssc.example>' });
    expect(await processed('vendor-2@primula.example')).toMatchObject({ status: 'PROCESSED', outcome: 'REFERRAL_ANSWERED', ticket_id: referral.ticket_id });
    expect(await t.sql(`select answer, vendor_reference from vendor_referral where id = $1`, [referral.id])).toEqual([{ answer: 'Ref: PRI-9000\nLöst i 4.2.2.', vendor_reference: 'PRI-9000' }]);
    expect(await count(`select count(*)::int as n from app_user where email = 'anders@primula.example'`)).toBe(0);
  });

  it('decodes ISO-8859-1 and Windows-1252 Swedish text and keeps an HTML body clean of scripts', async () => {
    const latin1 = Buffer.from(
      ['From: Lisa <lisa@byra.example>', `To: ${DESK}`, 'Subject: =?ISO-8859-1?Q?L=F6neutbetalning?=', 'Message-ID: <latin1-1@byra.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=ISO-8859-1', 'Content-Transfer-Encoding: 8bit', '', 'Löneutbetalning för mars är felaktig, åäö ÅÄÖ', ''].join('\r\n'),
      'latin1',
    );
    await sendRaw('lisa@byra.example', latin1);
    const cp1252 = Buffer.concat([
      Buffer.from(['From: Per <per@byra.example>', `To: ${DESK}`, 'Subject: Kostnad', 'Message-ID: <cp1252-1@byra.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=windows-1252', 'Content-Transfer-Encoding: 8bit', '', 'Beloppet '].join('\r\n'), 'latin1'),
      Buffer.from([0x80, 0x20, 0x31, 0x32, 0x30, 0x20, 0x96, 0x20, 0xe5, 0xe4, 0xf6, 0x0d, 0x0a]),
    ]);
    await sendRaw('per@byra.example', cp1252);
    await send({ from: 'html@byra.example', subject: 'Skript i mejlet', messageId: '<html-1@byra.example>', html: '<p onclick="steal()">Hej <b>där</b></p><script>alert(1)</script><a href="javascript:alert(2)">klick</a><style>p{}</style>' });

    const l = await processed('latin1-1@byra.example');
    expect(await ticketRow(l.ticket_id!)).toMatchObject({ title: 'Löneutbetalning', description: 'Löneutbetalning för mars är felaktig, åäö ÅÄÖ' });
    const c = await processed('cp1252-1@byra.example');
    expect((await ticketRow(c.ticket_id!)).description).toBe('Beloppet € 120 – åäö');
    const h = await processed('html-1@byra.example');
    const [body] = await t.sql<{ html: string; text: string }>(`select b.html, b.text from mail_inbound_body b where b.inbound_id = $1`, [h.id]);
    expect(body.html).toBe('<p>Hej <b>där</b></p><a>klick</a>');
    expect(body.text).toBe('Hej där\n\nklick');
    expect((await ticketRow(h.ticket_id!)).description).toBe('Hej där\n\nklick');
  });

  it("answers a customer agency's staff member with the pointer to the customer web, and makes no case", async () => {
    const ticketsBefore = await count(`select count(*)::int as n from ticket`);
    await send({ from: A.customer, subject: 'Min lön', text: 'Hej, min lön är fel.', messageId: '<staff-1@skatteverket.example>' });
    expect(await processed('staff-1@skatteverket.example')).toMatchObject({ status: 'PROCESSED', outcome: 'STAFF_REDIRECTED', ticket_id: null });
    const out = await t.sql<{ kind: string; to_address: string; subject: string; text: string; in_reply_to: string; ticket_id: number | null }>(`select kind, to_address, subject, text, in_reply_to, ticket_id from mail_outbound where kind = 'STAFF_REDIRECT'`);
    expect(out.map((o) => [o.kind, o.to_address, o.subject, o.in_reply_to, o.ticket_id])).toEqual([['STAFF_REDIRECT', A.customer, 'Kontakta servicedesken via kundwebben eller telefon (Min lön)', 'staff-1@skatteverket.example', null]]);
    expect(out[0].text).toContain('Kundwebben: https://kundwebb.ssc.example');
    expect(await count(`select count(*)::int as n from ticket`)).toBe(ticketsBefore);
  });

  it('keeps malformed mail for review instead of dropping it', async () => {
    await sendRaw('trasig@bygg.example', ['Message-ID: <broken-1@bygg.example>', 'Subject: =?utf-8?B?trasig', 'Content-Type: multipart/mixed; boundary="never-closed"', '', '--never-closed', 'Content-Type: text/plain', '', 'halv'].join('\r\n'));
    expect(await processed('broken-1@bygg.example')).toMatchObject({ status: 'NEEDS_REVIEW', outcome: 'MALFORMED', note: 'the mail has no usable From address', ticket_id: null });
  });
});
