import { DEFAULT_ATTACHMENT_LIMITS } from '../src/platform/config';
import { CreateTicketDocument, CwArticleDeflectionsDocument, CwKnowledgeDeflectionsDocument, CwRecordDeflectionDocument } from './generated/graphql';
import { A, directoryIds, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let ids: Ids;
let ticketId: string;

/** A case Karin Kund registers in the customer web. */
async function webTicket(title: string): Promise<string> {
  const res = await t.gql(A.customer, CreateTicketDocument, {
    input: { title, description: 'Reseräkningen för oktober syns inte.', channel: 'WEB', serviceId: ids.travelExpenses, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
  });
  return res.data!.createTicket.ticket!.id;
}

async function upload(as: string | null, ticket: string, filename: string, body: Buffer, type = 'text/plain') {
  const headers: Record<string, string> = { 'content-type': type };
  if (as) headers.authorization = `Bearer ${await t.token(as)}`;
  const res = await fetch(`http://127.0.0.1:${t.port}/files/tickets/${ticket}/attachments?filename=${encodeURIComponent(filename)}`, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as any };
}

const countFiles = async (ticket: string) =>
  Number((await t.sql<{ n: string }>(`select count(*) as n from attachment where ticket_id = $1`, [Number(Buffer.from(ticket, 'base64').toString().split(':')[1])]))[0].n);

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
  ticketId = await webTicket('Min reseräkning har inte betalats ut');
});
afterAll(() => t?.stop());

describe('POST /files/tickets/<id>/attachments', () => {
  const NOTE = Buffer.from('Kvittot gäller tåget Stockholm–Göteborg den 3 oktober.\n');

  it("stores the customer's file on their agency's case: 201 with the ID, the cleaned name, the sniffed type and the size", async () => {
    const res = await upload(A.customer, ticketId, 'C:\\kvitton\\kvitto oktober.txt', NOTE, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ id: expect.any(String), filename: 'kvitto oktober.txt', contentType: 'text/plain', size: NOTE.length });
    const [row] = await t.sql(
      `select a.filename, a.content_type, a.declared_type, a.size, a.source, u.email from attachment a join app_user u on u.id = a.uploaded_by_id where a.id = $1`,
      [Number(Buffer.from(res.json.id, 'base64').toString().split(':')[1])],
    );
    expect(row).toEqual({ filename: 'kvitto oktober.txt', content_type: 'text/plain', declared_type: 'application/pdf', size: NOTE.length, source: 'WEB', email: A.customer });
  });

  it('lets staff who work the case upload too', async () => {
    expect((await upload(A.agent, ticketId, 'svar.txt', NOTE)).status).toBe(201);
  });

  it('is 401 without a token and stores nothing', async () => {
    const before = await countFiles(ticketId);
    const res = await upload(null, ticketId, 'x.txt', NOTE);
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await countFiles(ticketId)).toBe(before);
  });

  it("is 404 for another agency's customer (the case's existence not revealed) and stores nothing", async () => {
    const before = await countFiles(ticketId);
    const res = await upload(A.otherCustomer, ticketId, 'x.txt', NOTE);
    expect(res.status).toBe(404);
    expect(res.json.errors[0]).toEqual({ message: 'no such ticket', extensions: { code: 'NOT_FOUND', field: ['ticketId'] } });
    expect(await countFiles(ticketId)).toBe(before);
  });

  it('is 403 for staff who may read the case but not work it', async () => {
    expect((await upload(A.accountManager, ticketId, 'x.txt', NOTE)).status).toBe(403);
  });

  it('refuses an empty file with 400 and the attachments domain\'s message', async () => {
    const res = await upload(A.customer, ticketId, 'tom.txt', Buffer.alloc(0));
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toEqual({ message: 'the file is empty', extensions: { code: 'BAD_USER_INPUT', field: ['file'] } });
  });

  it('refuses a file over the per-file limit with 413', async () => {
    const before = await countFiles(ticketId);
    const res = await upload(A.customer, ticketId, 'stor.bin', Buffer.alloc(DEFAULT_ATTACHMENT_LIMITS.perFile + 1, 1), 'application/octet-stream');
    expect(res.status).toBe(413);
    expect(res.json.errors[0]).toEqual({ message: 'a file may be at most 20 MB', extensions: { code: 'BAD_USER_INPUT', field: ['file'] } });
    expect(await countFiles(ticketId)).toBe(before);
  });

  it('refuses a file that would take the case over its total with 400', async () => {
    const full = await webTicket('Ett ärende med många bilagor');
    const id = Number(Buffer.from(full, 'base64').toString().split(':')[1]);
    await t.sql(
      `insert into attachment (ticket_id, filename, content_type, size, sha256, data, source, uploaded_by_id, created_at)
       select $1, 'stor.bin', 'application/octet-stream', $2, repeat('0', 64), '\\x00', 'WEB', id, now() from app_user where email = $3`,
      [id, DEFAULT_ATTACHMENT_LIMITS.perCase - 10, A.customer],
    );
    const res = await upload(A.customer, full, 'kvitto.txt', NOTE);
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toEqual({ message: 'the files of one case may be at most 100 MB together', extensions: { code: 'BAD_USER_INPUT', field: ['file'] } });
    expect(await countFiles(full)).toBe(1);
  });
});

describe('recordDeflection', () => {
  let publicArticle: string;
  let internalArticle: string;
  const now = Date.now();
  const period = { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() };

  beforeAll(async () => {
    publicArticle = await t.id('Article', `select id from kb_article where title = 'Vilket datum betalas min reseräkning ut?'`);
    internalArticle = await t.id('Article', `select id from kb_article where title = 'Fel OB-tillägg på lönespecifikationen'`);
  });

  const deflections = () => t.sql<{ n: string }>(`select count(*) as n from kb_deflection`).then((r) => Number(r[0].n));

  it("counts a customer's answer for the article and the service, shown to staff only", async () => {
    const res = await t.gql(A.customer, CwRecordDeflectionDocument, { articleId: publicArticle, serviceAreaId: ids.payroll, serviceId: ids.travelExpenses });
    expect(res.data!.recordDeflection).toEqual({ article: { id: publicArticle, title: 'Vilket datum betalas min reseräkning ut?' }, userErrors: [] });
    await t.gql(A.customer2, CwRecordDeflectionDocument, { articleId: publicArticle, serviceAreaId: ids.payroll });
    const [row] = await t.sql(
      `select g.name as agency, u.email, s.code as area, v.code as service from kb_deflection d join agency g on g.id = d.agency_id join app_user u on u.id = d.user_id
         join service_area s on s.id = d.service_area_id left join service v on v.id = d.service_id order by d.id limit 1`,
    );
    expect(row).toEqual({ agency: 'Skatteverket', email: A.customer, area: 'PAYROLL', service: 'TRAVEL_EXPENSES' });
    expect((await t.gql(A.agent, CwArticleDeflectionsDocument, { id: publicArticle })).data!.article!.deflections).toBe(2);
    expect((await t.gql(A.customer, CwArticleDeflectionsDocument, { id: publicArticle })).data!.article!.deflections).toBeNull();
    expect((await t.gql(A.deliveryManager, CwKnowledgeDeflectionsDocument, period)).data!.knowledgeDeflections).toEqual([
      { serviceArea: { code: 'PAYROLL' }, service: { code: 'TRAVEL_EXPENSES' }, deflections: 1 },
      { serviceArea: { code: 'PAYROLL' }, service: null, deflections: 1 },
    ]);
  });

  it('refuses an internal article as not found, a service of another area, and staff; stores nothing', async () => {
    const before = await deflections();
    const internal = await t.gql(A.customer, CwRecordDeflectionDocument, { articleId: internalArticle, serviceAreaId: ids.payroll });
    expect(internal.data!.recordDeflection).toEqual({ article: null, userErrors: [{ code: 'NOT_FOUND', message: 'no such article', field: ['articleId'] }] });
    const wrongArea = await t.gql(A.customer, CwRecordDeflectionDocument, { articleId: publicArticle, serviceAreaId: ids.finance, serviceId: ids.travelExpenses });
    expect(wrongArea.data!.recordDeflection.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: 'the service is not in that service area', field: ['serviceId'] }]);
    const staff = await t.gql(A.agent, CwRecordDeflectionDocument, { articleId: publicArticle, serviceAreaId: ids.payroll });
    expect(staff.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await deflections()).toBe(before);
  });

  it('gives the figures per service to staff only, for a valid period', async () => {
    expect((await t.gql(A.customer, CwKnowledgeDeflectionsDocument, period)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const backwards = await t.gql(A.agent, CwKnowledgeDeflectionsDocument, { from: period.to, to: period.from });
    expect(backwards.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
