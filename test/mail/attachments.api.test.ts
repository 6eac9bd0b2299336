import { AddTicketCommentDocument, AttachmentNodeDocument, TicketAttachmentsDocument, TicketsWithAttachmentsDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { attach as attachTo, PDF, PNG } from './attach';

let t: TestApp;
let ticketId: string;
const ids: Record<string, string> = {};

const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const NOTE = Buffer.from('Intern anteckning: ring upp Pär på lönekontoret.\n');

const attach = (ticket: string, filename: string, data: Buffer, comment?: string) => attachTo(t, ticket, filename, data, comment);

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  const dir = await directoryIds(t);
  ticketId = (await phoneTicket(t, dir)).id;
  const comment = async (visibility: 'PUBLIC' | 'INTERNAL', body: string) =>
    (await t.gql(A.agent, AddTicketCommentDocument, { ticketId, input: { body, visibility } })).data!.addTicketComment.comment!.id;
  ids.publicComment = await comment('PUBLIC', 'Här är skärmbilden.');
  ids.internalComment = await comment('INTERNAL', 'Intern notering.');
  ids.pdf = await attach(ticketId, 'C:\\Users\\pär\\lönespec oktober.pdf', PDF);
  ids.png = await attach(ticketId, 'skärmbild.png', PNG, ids.publicComment);
  ids.note = await attach(ticketId, 'anteckning.txt', NOTE, ids.internalComment);
  ids.html = await attach(ticketId, 'sida.html', HTML);
  ids.svg = await attach(ticketId, 'bild.svg', SVG);
});
afterAll(() => t?.stop());

const names = async (as: string) => (await t.gql(as, TicketAttachmentsDocument, { id: ticketId })).data?.ticket?.attachments.map((a) => a.filename) ?? null;

describe('attachments on a case', () => {
  it('lists every file for staff, with the sniffed type and size, and not those of internal comments for the customer', async () => {
    const staff = (await t.gql(A.agent, TicketAttachmentsDocument, { id: ticketId })).data!.ticket!;
    expect(staff.attachments.map((a) => [a.filename, a.contentType, a.size, a.source])).toEqual([
      ['lönespec oktober.pdf', 'application/pdf', PDF.length, 'MAIL'],
      ['skärmbild.png', 'image/png', PNG.length, 'MAIL'],
      ['anteckning.txt', 'text/plain', NOTE.length, 'MAIL'],
      ['sida.html', 'text/html', HTML.length, 'MAIL'],
      ['bild.svg', 'image/svg+xml', SVG.length, 'MAIL'],
    ]);
    expect(staff.attachments[0]).toMatchObject({ id: ids.pdf, downloadUrl: `/files/attachments/${ids.pdf}`, createdAt: '2026-11-30T12:00:00.000Z' });
    expect(staff.comments.edges.map((e) => [e.node.visibility, e.node.attachments.map((a) => a.filename)])).toEqual([
      ['PUBLIC', ['skärmbild.png']],
      ['INTERNAL', ['anteckning.txt']],
    ]);
    expect(await names(A.customer)).toEqual(['lönespec oktober.pdf', 'skärmbild.png', 'sida.html', 'bild.svg']);
    const customer = (await t.gql(A.customer, TicketAttachmentsDocument, { id: ticketId })).data!.ticket!;
    expect(customer.comments.edges.map((e) => e.node.attachments.map((a) => a.filename))).toEqual([['skärmbild.png']]);
    expect(await names(A.otherCustomer)).toBeNull();
    expect(await names(A.financeSpecialist)).toBeNull();
  });

  it('reads the files of a page of tickets in one statement (DataLoader)', async () => {
    const dir = await directoryIds(t);
    const other = (await phoneTicket(t, dir, { title: 'Ett andra ärende' })).id;
    await attach(other, 'andra.pdf', PDF);
    t.statements.count = 0;
    t.statements.log.length = 0;
    const page = (await t.gql(A.agent, TicketsWithAttachmentsDocument, {})).data!.tickets.edges.map((e) => [e.node.id, e.node.attachments.map((a) => a.filename)]);
    expect(page).toEqual([
      [other, ['andra.pdf']],
      [ticketId, ['lönespec oktober.pdf', 'skärmbild.png', 'anteckning.txt', 'sida.html', 'bild.svg']],
    ]);
    expect(t.statements.log.filter((q) => /from "attachment"/.test(q))).toHaveLength(1);
  });

  it('gives an attachment and the nested field through node(id:) only to those who may see it', async () => {
    const node = async (as: string, id: string) => (await t.gql(as, AttachmentNodeDocument, { id })).data!.node as Record<string, unknown> | null;
    expect(await node(A.customer, ids.png)).toMatchObject({ id: ids.png, filename: 'skärmbild.png', contentType: 'image/png' });
    expect(await node(A.customer, ids.note)).toBeNull();
    expect(await node(A.agent, ids.note)).toMatchObject({ filename: 'anteckning.txt' });
    expect(await node(A.otherCustomer, ids.pdf)).toBeNull();
    expect(await node(A.customer, ids.publicComment)).toEqual({ id: ids.publicComment, attachments: [{ filename: 'skärmbild.png' }] });
    expect(await node(A.customer, ids.internalComment)).toBeNull();
    expect(await node(A.agent, ids.internalComment)).toEqual({ id: ids.internalComment, attachments: [{ filename: 'anteckning.txt' }] });
  });

  it('downloads the bytes as an attachment with safe headers', async () => {
    const res = await t.get(A.customer, `/files/attachments/${ids.pdf}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    expect({
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      nosniff: res.headers.get('x-content-type-options'),
      csp: res.headers.get('content-security-policy'),
      cache: res.headers.get('cache-control'),
    }).toEqual({
      type: 'application/pdf',
      disposition: "attachment; filename*=UTF-8''l%C3%B6nespec%20oktober.pdf",
      nosniff: 'nosniff',
      csp: 'sandbox',
      cache: 'private, no-store',
    });
    for (const id of [ids.html, ids.svg]) {
      const active = await t.get(A.agent, `/files/attachments/${id}`);
      expect([active.status, active.headers.get('content-type'), active.headers.get('content-disposition')?.startsWith('attachment;')]).toEqual([200, 'application/octet-stream', true]);
    }
    const note = await t.get(A.agent, `/files/attachments/${ids.note}`);
    expect([note.headers.get('content-type'), await note.text()]).toEqual(['text/plain; charset=utf-8', NOTE.toString('utf8')]);
  });

  it('is 401 without a token and the same 404 for a file one may not see as for none at all', async () => {
    expect((await t.get(null, `/files/attachments/${ids.pdf}`)).status).toBe(401);
    const notFound = async (as: string, id: string) => {
      const res = await t.get(as, `/files/attachments/${id}`);
      return [res.status, ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code];
    };
    expect(await notFound(A.customer, ids.note)).toEqual([404, 'NOT_FOUND']);
    expect(await notFound(A.otherCustomer, ids.pdf)).toEqual([404, 'NOT_FOUND']);
    expect(await notFound(A.financeSpecialist, ids.pdf)).toEqual([404, 'NOT_FOUND']);
    expect(await notFound(A.agent, Buffer.from('Attachment:999999').toString('base64url'))).toEqual([404, 'NOT_FOUND']);
    expect(await notFound(A.agent, ticketId)).toEqual([404, 'NOT_FOUND']);
    expect(await notFound(A.agent, 'nonsense')).toEqual([404, 'NOT_FOUND']);
  });
});
