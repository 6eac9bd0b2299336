import {
  CreateSavedReplyDocument,
  DeleteSavedReplyDocument,
  RenderSavedReplyDocument,
  SavedRepliesDocument,
  SavedReplyDocument,
  SavedReplyNodeDocument,
  SavedReplyPlaceholdersDocument,
  UpdateSavedReplyDocument,
  type CreateSavedReplyInput,
  type SavedReplyFieldsFragment,
} from './generated/graphql';
import { toGlobalId } from '../src/platform/global-id';
import { REPLY_LIMITS } from '../src/replies/reply-change.service';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let ids: Ids;
let admin: string;
/** The replies made in beforeAll, by title. */
const r: Record<string, SavedReplyFieldsFragment> = {};

const AGENT_BODY = 'Hej {{requester.name}}! Ärende {{ticket.number}} "{{ ticket.title }}" för {{agency.name}}. Ring {{kund.telefon}}. Hälsningar {{agent.name}}';

async function create(as: string, input: CreateSavedReplyInput): Promise<SavedReplyFieldsFragment> {
  const res = await t.gql(as, CreateSavedReplyDocument, { input });
  if (!res.data?.createSavedReply.savedReply) throw new Error(`createSavedReply failed: ${JSON.stringify(res)}`);
  return res.data.createSavedReply.savedReply;
}

async function titlesFor(as: string, vars: { ticketId?: string; search?: string } = {}) {
  const res = await t.gql(as, SavedRepliesDocument, { first: 100, ...vars });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { titles: res.data.savedReplies.edges.map((e) => e.node.title), totalCount: res.data.savedReplies.totalCount };
}

const rowCount = async () => (await t.sql<{ n: number }>('select count(*)::int as n from saved_reply'))[0].n;
const rowsNow = () => t.sql('select id, title, body, scope, owner_id, group_id, updated_by_id, updated_at, version from saved_reply order by id');

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
  admin = await t.id('User', 'select id from app_user where email = $1', [A.admin]);
  for (const [as, input] of [
    [A.admin, { title: 'Global hälsning', body: 'Tack för ditt ärende {{ticket.number}}.', scope: 'GLOBAL' }],
    [A.agent, { title: 'Agent privat', body: AGENT_BODY, scope: 'PERSONAL' }],
    [A.agent, { title: 'Servicedesk välkommen', body: 'Välkommen till Servicedesk.', scope: 'GROUP', groupId: ids.servicedesk }],
    [A.agent2, { title: 'Erik privat', body: 'Eriks egen text.', scope: 'PERSONAL' }],
    [A.payrollSpecialist, { title: 'Lön: OB-tillägg', body: 'OB-tillägget betalas ut nästa månad.', scope: 'GROUP', groupId: ids.payrollGroup }],
    [A.payrollSpecialist, { title: 'Lena privat', body: 'Lenas egen text.', scope: 'PERSONAL' }],
    [A.admin, { title: 'Ekonomi: faktura', body: 'Fakturan är betald.', scope: 'GROUP', groupId: ids.financeGroup }],
  ] as const) {
    const reply = await create(as, input as CreateSavedReplyInput);
    r[reply.title] = reply;
  }
});
afterAll(() => t?.stop());

describe('saved replies: who uses which', () => {
  it('lists exactly the replies each staff role may use, by title', async () => {
    const expected: Record<string, string[]> = {
      [A.agent]: ['Agent privat', 'Global hälsning', 'Servicedesk välkommen'],
      [A.agent2]: ['Erik privat', 'Global hälsning', 'Servicedesk välkommen'],
      [A.payrollSpecialist]: ['Global hälsning', 'Lena privat', 'Lön: OB-tillägg'],
      [A.financeSpecialist]: ['Ekonomi: faktura', 'Global hälsning'],
      [A.deliveryManager]: ['Global hälsning'],
      [A.accountManager]: ['Global hälsning'],
      // Every group's, no one's personal ones.
      [A.admin]: ['Ekonomi: faktura', 'Global hälsning', 'Lön: OB-tillägg', 'Servicedesk välkommen'],
    };
    for (const [as, titles] of Object.entries(expected)) expect([as, await titlesFor(as)]).toEqual([as, { titles, totalCount: titles.length }]);
  });

  it('records scope, owner, group and who created it', async () => {
    expect(r['Agent privat']).toMatchObject({ scope: 'PERSONAL', version: 1, owner: { id: ids.agent }, group: null, createdBy: { id: ids.agent }, updatedBy: { id: ids.agent } });
    expect(r['Ekonomi: faktura']).toMatchObject({ scope: 'GROUP', owner: null, group: { id: ids.financeGroup }, createdBy: { id: admin } });
    expect(r['Global hälsning']).toMatchObject({ scope: 'GLOBAL', owner: null, group: null });
  });

  it('pages by title with cursors, and searches title and body literally', async () => {
    const first = await t.gql(A.admin, SavedRepliesDocument, { first: 3 });
    expect(first.data?.savedReplies.edges.map((e) => e.node.title)).toEqual(['Ekonomi: faktura', 'Global hälsning', 'Lön: OB-tillägg']);
    expect(first.data?.savedReplies.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await t.gql(A.admin, SavedRepliesDocument, { first: 3, after: first.data!.savedReplies.pageInfo.endCursor });
    expect(next.data?.savedReplies.edges.map((e) => e.node.title)).toEqual(['Servicedesk välkommen']);
    expect(next.data?.savedReplies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await titlesFor(A.payrollSpecialist, { search: 'nästa månad' })).toEqual({ titles: ['Lön: OB-tillägg'], totalCount: 1 });
    expect(await titlesFor(A.agent, { search: '%' })).toEqual({ titles: [], totalCount: 0 });
    const bad = await t.gql(A.agent, SavedRepliesDocument, { after: 'not-a-cursor' });
    expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', ['after']]]);
  });

  it('for a ticket, leaves out the group replies of other groups than the ticket\'s, and needs a ticket you can see', async () => {
    const ticket = await phoneTicket(t, ids);
    expect(await titlesFor(A.admin, { ticketId: ticket.id })).toEqual({ titles: ['Global hälsning', 'Servicedesk välkommen'], totalCount: 2 });
    // The finance specialist cannot read a payroll ticket.
    const hidden = await t.gql(A.financeSpecialist, SavedRepliesDocument, { ticketId: ticket.id });
    expect(hidden.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', ['ticketId']]]);
  });

  it('node(id:) and savedReply(id:) find a reply you may use, and are null for one you may not', async () => {
    const node = await t.gql(A.agent, SavedReplyNodeDocument, { id: r['Agent privat'].id });
    expect(node.data?.node).toEqual({ __typename: 'SavedReply', id: r['Agent privat'].id, title: 'Agent privat' });
    const cases: [string, string][] = [
      [A.agent, 'Lena privat'],
      [A.admin, 'Agent privat'],
      [A.financeSpecialist, 'Servicedesk välkommen'],
      [A.customer, 'Global hälsning'],
      [A.telephony, 'Global hälsning'],
    ];
    for (const [as, title] of cases) {
      const byNode = await t.gql(as, SavedReplyNodeDocument, { id: r[title].id });
      const byId = await t.gql(as, SavedReplyDocument, { id: r[title].id });
      expect([as, title, byNode.errors, byNode.data?.node, byId.errors, byId.data?.savedReply]).toEqual([as, title, undefined, null, undefined, null]);
    }
  });

  it('refuses customers and the telephony gateway: they cannot list, create, render or read the placeholders', async () => {
    const before = await rowCount();
    const ticket = await phoneTicket(t, ids);
    for (const as of [A.customer, A.telephony]) {
      const list = await t.gql(as, SavedRepliesDocument, {});
      const made = await t.gql(as, CreateSavedReplyDocument, { input: { title: 'Kundens', body: 'text', scope: 'PERSONAL' } });
      const rendered = await t.gql(as, RenderSavedReplyDocument, { id: r['Global hälsning'].id, ticketId: ticket.id });
      const placeholders = await t.gql(as, SavedReplyPlaceholdersDocument, {});
      expect([as, ...[list, made, rendered, placeholders].map((res) => res.errors?.map((e) => e.extensions?.code))]).toEqual([as, ['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN']]);
    }
    expect(await rowCount()).toBe(before);
  });
});

describe('rendering a saved reply for a ticket', () => {
  it('fills each placeholder and leaves an unknown one as written, listed', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Fel på semesterlönen' });
    const res = await t.gql(A.agent, RenderSavedReplyDocument, { id: r['Agent privat'].id, ticketId: ticket.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.renderSavedReply).toEqual({
      text: `Hej Karin Kund! Ärende ${ticket.number} "Fel på semesterlönen" för Skatteverket. Ring {{kund.telefon}}. Hälsningar Anna Servicedesk`,
      unknownPlaceholders: ['{{kund.telefon}}'],
      unfilledPlaceholders: [],
      savedReply: { id: r['Agent privat'].id },
      ticket: { id: ticket.id, number: ticket.number },
    });
    // {{agent.name}} is whoever renders it.
    const byAdmin = await t.gql(A.admin, RenderSavedReplyDocument, { id: r['Global hälsning'].id, ticketId: ticket.id });
    expect(byAdmin.data?.renderSavedReply.text).toBe(`Tack för ditt ärende ${ticket.number}.`);
  });

  it('is NOT_FOUND for a ticket you cannot see or a reply you may not use', async () => {
    const ticket = await phoneTicket(t, ids);
    const hiddenTicket = await t.gql(A.financeSpecialist, RenderSavedReplyDocument, { id: r['Global hälsning'].id, ticketId: ticket.id });
    expect(hiddenTicket.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', ['ticketId']]]);
    const hiddenReply = await t.gql(A.agent, RenderSavedReplyDocument, { id: r['Lena privat'].id, ticketId: ticket.id });
    expect(hiddenReply.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', ['savedReplyId']]]);
  });

  it('lists the placeholders it knows', async () => {
    const res = await t.gql(A.agent, SavedReplyPlaceholdersDocument, {});
    expect(res.data?.savedReplyPlaceholders.map((p) => p.placeholder)).toEqual(['{{requester.name}}', '{{ticket.number}}', '{{ticket.title}}', '{{agency.name}}', '{{agent.name}}']);
  });
});

describe('changing saved replies', () => {
  const codes = (errors: { code: string; field?: string[] | null }[] | undefined) => errors?.map((e) => [e.code, e.field]);

  it('refuses bad input with a typed error naming the field, and saves nothing', async () => {
    const before = await rowsNow();
    const unknownGroup = toGlobalId('SupportGroup', 999_999);
    const cases: [string, CreateSavedReplyInput, string, string[]][] = [
      [A.agent, { title: '   ', body: 'text', scope: 'PERSONAL' }, 'BAD_USER_INPUT', ['input', 'title']],
      [A.agent, { title: 'x'.repeat(201), body: 'text', scope: 'PERSONAL' }, 'BAD_USER_INPUT', ['input', 'title']],
      [A.agent, { title: 'Titel', body: '', scope: 'PERSONAL' }, 'BAD_USER_INPUT', ['input', 'body']],
      [A.agent, { title: 'Titel', body: 'x'.repeat(10_001), scope: 'PERSONAL' }, 'BAD_USER_INPUT', ['input', 'body']],
      [A.agent, { title: 'Titel', body: 'text', scope: 'GROUP' }, 'BAD_USER_INPUT', ['input', 'groupId']],
      [A.agent, { title: 'Titel', body: 'text', scope: 'GROUP', groupId: unknownGroup }, 'BAD_USER_INPUT', ['input', 'groupId']],
      [A.agent, { title: 'Titel', body: 'text', scope: 'GROUP', groupId: ids.skatteverket }, 'BAD_USER_INPUT', ['input', 'groupId']],
      [A.agent, { title: 'Titel', body: 'text', scope: 'GROUP', groupId: ids.payrollGroup }, 'BAD_USER_INPUT', ['input', 'groupId']],
      [A.agent, { title: 'Titel', body: 'text', scope: 'PERSONAL', groupId: ids.servicedesk }, 'BAD_USER_INPUT', ['input', 'groupId']],
      [A.agent, { title: 'Titel', body: 'text', scope: 'GLOBAL' }, 'NOT_ALLOWED', ['input', 'scope']],
      [A.deliveryManager, { title: 'Titel', body: 'text', scope: 'GROUP', groupId: ids.servicedesk }, 'BAD_USER_INPUT', ['input', 'groupId']],
    ];
    for (const [as, input, code, field] of cases) {
      const res = await t.gql(as, CreateSavedReplyDocument, { input });
      expect([input, res.data?.createSavedReply.savedReply, codes(res.data?.createSavedReply.userErrors)]).toEqual([input, null, [[code, field]]]);
    }
    const reply = r['Servicedesk välkommen'];
    const updates: [Record<string, unknown>, string, string[]][] = [
      [{ title: '' }, 'BAD_USER_INPUT', ['input', 'title']],
      [{ body: 'x'.repeat(10_001) }, 'BAD_USER_INPUT', ['input', 'body']],
      [{ groupId: ids.payrollGroup }, 'BAD_USER_INPUT', ['input', 'groupId']],
      [{ scope: 'GLOBAL' }, 'NOT_ALLOWED', ['input', 'scope']],
      // A valid title with a bad body: the title is not saved either.
      [{ title: 'Ny titel', body: '  ' }, 'BAD_USER_INPUT', ['input', 'body']],
    ];
    for (const [input, code, field] of updates) {
      const res = await t.gql(A.agent, UpdateSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: reply.version, input });
      expect([input, res.data?.updateSavedReply.savedReply, codes(res.data?.updateSavedReply.userErrors)]).toEqual([input, null, [[code, field]]]);
    }
    expect(await rowsNow()).toEqual(before);
  });

  it('pages on after a reply whose title is as long as allowed, in three-byte characters', async () => {
    const title = '中'.repeat(REPLY_LIMITS.title);
    const reply = await create(A.agent, { title, body: 'Lång titel.', scope: 'PERSONAL' });
    const first = await t.gql(A.agent, SavedRepliesDocument, { first: 1, search: '中' });
    expect(first.data?.savedReplies.edges.map((e) => e.node.id)).toEqual([reply.id]);
    const next = await t.gql(A.agent, SavedRepliesDocument, { first: 1, search: '中', after: first.data!.savedReplies.pageInfo.endCursor });
    expect([next.errors, next.data?.savedReplies.edges]).toEqual([undefined, []]);
    const longer = await t.gql(A.agent, CreateSavedReplyDocument, { input: { title: title + '中', body: 'x', scope: 'PERSONAL' } });
    expect(codes(longer.data?.createSavedReply.userErrors)).toEqual([['BAD_USER_INPUT', ['input', 'title']]]);
    await t.gql(A.agent, DeleteSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: 1 });
  });

  it('answers a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const reply = await create(A.agent2, { title: 'Versionerad', body: 'Första.', scope: 'PERSONAL' });
    const first = await t.gql(A.agent2, UpdateSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: reply.version, input: { body: 'Andra.' } });
    expect(first.data?.updateSavedReply.savedReply).toMatchObject({ body: 'Andra.', version: reply.version + 1 });
    const before = await rowsNow();
    const stale = await t.gql(A.agent2, UpdateSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: reply.version, input: { body: 'Tredje.' } });
    expect(stale.data?.updateSavedReply).toEqual({
      savedReply: null,
      userErrors: [{ code: 'CONFLICT', message: 'the saved reply is at version 2, not 1: reload it and try again', field: ['expectedVersion'] }],
    });
    const staleDelete = await t.gql(A.agent2, DeleteSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: reply.version });
    expect(codes(staleDelete.data?.deleteSavedReply.userErrors)).toEqual([['CONFLICT', ['expectedVersion']]]);
    expect(await rowsNow()).toEqual(before);
  });

  it('lets only those who may manage a reply change or delete it', async () => {
    const before = await rowsNow();
    const tries: [string, string, string, string[]][] = [
      [A.agent, 'Global hälsning', 'NOT_ALLOWED', ['savedReplyId']],
      [A.agent, 'Lena privat', 'NOT_FOUND', ['savedReplyId']],
      [A.admin, 'Agent privat', 'NOT_FOUND', ['savedReplyId']],
      [A.financeSpecialist, 'Lön: OB-tillägg', 'NOT_FOUND', ['savedReplyId']],
    ];
    for (const [as, title, code, field] of tries) {
      const upd = await t.gql(as, UpdateSavedReplyDocument, { savedReplyId: r[title].id, expectedVersion: r[title].version, input: { body: 'Ändrad.' } });
      const del = await t.gql(as, DeleteSavedReplyDocument, { savedReplyId: r[title].id, expectedVersion: r[title].version });
      expect([as, title, codes(upd.data?.updateSavedReply.userErrors), codes(del.data?.deleteSavedReply.userErrors)]).toEqual([as, title, [[code, field]], [[code, field]]]);
    }
    expect(await rowsNow()).toEqual(before);
  });

  it('updates a reply, moves it to another scope, and deletes it', async () => {
    const reply = await create(A.payrollSpecialist, { title: 'Flyttas', body: 'Text.', scope: 'PERSONAL' });
    const moved = await t.gql(A.payrollSpecialist, UpdateSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: 1, input: { title: 'Flyttad', scope: 'GROUP', groupId: ids.payrollGroup } });
    expect(moved.data?.updateSavedReply).toMatchObject({ userErrors: [], savedReply: { title: 'Flyttad', scope: 'GROUP', owner: null, group: { id: ids.payrollGroup }, version: 2 } });
    expect((await titlesFor(A.admin)).titles).toContain('Flyttad');
    const global = await t.gql(A.admin, UpdateSavedReplyDocument, { savedReplyId: r['Global hälsning'].id, expectedVersion: 1, input: { title: 'Global hälsning', body: 'Tack! {{ticket.number}}' } });
    expect(global.data?.updateSavedReply.savedReply).toMatchObject({ body: 'Tack! {{ticket.number}}', version: 2, updatedBy: { id: admin }, createdBy: { id: admin } });
    const deleted = await t.gql(A.payrollSpecialist, DeleteSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: 2 });
    expect(deleted.data?.deleteSavedReply).toEqual({ deletedSavedReplyId: reply.id, userErrors: [] });
    expect(await t.sql('select id from saved_reply where title = $1', ['Flyttad'])).toEqual([]);
    expect((await titlesFor(A.payrollSpecialist)).titles).toEqual(['Global hälsning', 'Lena privat', 'Lön: OB-tillägg']);
  });
});

describe('the saved replies migration', () => {
  it('goes down (table and type gone) and up again', async () => {
    const migrator = t.app.orm.getMigrator();
    await migrator.down({ to: 'Migration20261130081000_OrderFirstOrderedAt' });
    try {
      expect(await t.sql(`select to_regclass('saved_reply') as t, to_regtype('saved_reply_scope') as e`)).toEqual([{ t: null, e: null }]);
    } finally {
      await migrator.up();
    }
    expect(await rowCount()).toBe(0);
  });
});
