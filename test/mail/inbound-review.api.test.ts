import type { SendMailOptions } from 'nodemailer';
import { AgencyMailSettingsDocument, InboundMailsDocument, SetAgencyMailSettingsDocument } from '../generated/graphql';
import { A, directoryIds, type Ids } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { mailTo, processed as processed_ } from './inbound-support';

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ mail: { perSenderPerMinute: 100 } });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const send = (mail: SendMailOptions) => mailTo(t).send(mail);
const processed = (messageId: string) => processed_(t, messageId);

describe("an agency's answer to its own staff", () => {
  it('is set by an admin, checked, and used (in English when the mail says so)', async () => {
    const input = { redirectTextSv: 'Använd Skatteverkets kundwebb.', redirectTextEn: "Please use the Swedish Tax Agency's customer web.", webUrl: 'https://kund.skatteverket.example', phone: '+46 8 123 45 67' };
    expect((await t.gql(A.customer, SetAgencyMailSettingsDocument, { agencyId: ids.skatteverket, input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(A.admin, SetAgencyMailSettingsDocument, { agencyId: ids.skatteverket, input: { ...input, phone: 'ring mig' } });
    expect(bad.data?.setAgencyMailSettings).toEqual({ settings: null, userErrors: [{ code: 'BAD_USER_INPUT', message: 'not a valid phone number', field: ['input', 'phone'] }] });
    const ok = await t.gql(A.admin, SetAgencyMailSettingsDocument, { agencyId: ids.skatteverket, input });
    expect(ok.data?.setAgencyMailSettings).toEqual({ settings: { ...input, agency: { name: 'Skatteverket' } }, userErrors: [] });
    expect((await t.gql(A.admin, AgencyMailSettingsDocument, { agencyId: ids.forsakringskassan })).data?.agencyMailSettings).toMatchObject({ redirectTextSv: null, phone: null, updatedAt: null });

    await send({ from: A.customer2, subject: 'My salary', text: 'Hello, my salary is wrong.', messageId: '<staff-en@skatteverket.example>', headers: { 'Content-Language': 'en' } });
    expect(await processed('staff-en@skatteverket.example')).toMatchObject({ status: 'PROCESSED', outcome: 'STAFF_REDIRECTED' });
    const [out] = await t.sql<{ subject: string; text: string; html: string }>(`select subject, text, html from mail_outbound where to_address = $1`, [A.customer2]);
    expect(out.subject).toBe('Contact the service desk on the customer web or by phone (My salary)');
    expect(out.text).toBe(
      "Hello Johan Kollega,\n\nPlease use the Swedish Tax Agency's customer web.\n\nCustomer web: https://kund.skatteverket.example\nPhone: +46 8 123 45 67\n\n-- \nKind regards\nThe service desk\nThis is an automatic answer; your mail has not become a case.\n",
    );
    expect(out.html).toContain('<html lang="en">');
  });
});

describe('the received mail list', () => {
  it('shows agents what needs review and the outcomes, the raw source to admins only, page by page', async () => {
    await send({ from: 'ny@firma.example', subject: 'Hjälp med fakturan', text: 'Hej!', messageId: '<list-1@firma.example>' });
    await mailTo(t).sendRaw('trasig@firma.example', 'Message-ID: <list-2@firma.example>\r\nSubject: utan avsändare\r\n\r\nhalv\r\n');
    await processed('list-1@firma.example');
    await processed('list-2@firma.example');

    const review = await t.gql(A.agent, InboundMailsDocument, { statuses: ['NEEDS_REVIEW'] });
    expect(review.errors).toBeUndefined();
    expect(review.data?.inboundMails.totalCount).toBe(1);
    expect(review.data?.inboundMails.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ messageId: 'list-2@firma.example', envelopeFrom: 'trasig@firma.example', fromAddress: null, subject: 'utan avsändare', text: 'halv', status: 'NEEDS_REVIEW', outcome: 'MALFORMED', note: 'the mail has no usable From address', rawSource: null, ticket: null }),
    ]);

    const first = await t.gql(A.agent, InboundMailsDocument, { first: 1 });
    const newest = first.data!.inboundMails;
    expect(newest.pageInfo.hasNextPage).toBe(true);
    expect(newest.edges.map((e) => e.node.messageId)).toEqual(['list-2@firma.example']);
    const next = await t.gql(A.agent, InboundMailsDocument, { first: 1, after: newest.pageInfo.endCursor });
    const created = next.data!.inboundMails.edges[0].node;
    expect(created).toMatchObject({ messageId: 'list-1@firma.example', fromAddress: 'ny@firma.example', subject: 'Hjälp med fakturan', status: 'PROCESSED', outcome: 'CASE_CREATED', rawSource: null });
    expect(created.ticket?.number).toMatch(/^SSC-\d{4}-\d{6}$/);

    const asAdmin = await t.gql(A.admin, InboundMailsDocument, { statuses: ['NEEDS_REVIEW'] });
    expect(asAdmin.data?.inboundMails.edges[0].node.rawSource).toBe('Message-ID: <list-2@firma.example>\r\nSubject: utan avsändare\r\n\r\nhalv\r\n');
    expect((await t.gql(A.customer, InboundMailsDocument, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
