import {
  CreateWebhookEndpointDocument,
  EscalateTicketDocument,
  MergeCaseViewDocument,
  MergeCommentDocument,
  MergeTicketDocument,
  ReferTicketToVendorDocument,
  ResolveTicketDocument,
  CloseTicketDocument,
  SplitTicketDocument,
  TicketEventsDocument,
  type MergeTicketInput,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { closeSubscribers, subscribeOver } from './support/ws';

/** Issue 20 part 2: merging a duplicate into another case, and splitting a comment off into a new one. */

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
});
afterEach(() => closeSubscribers());
afterAll(() => t?.stop());

const rawId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const view = async (as: string, id: string) => (await t.gql(as, MergeCaseViewDocument, { id })).data!.ticket;
const comment = async (as: string, ticketId: string, body: string, visibility: 'PUBLIC' | 'INTERNAL' = 'PUBLIC') => {
  const res = await t.gql(as, MergeCommentDocument, { ticketId, input: { body, visibility } });
  if (!res.data?.addTicketComment.comment) throw new Error(JSON.stringify(res));
  return res.data.addTicketComment.comment.id;
};
const merge = (as: string, input: MergeTicketInput) => t.gql(as, MergeTicketDocument, { input });
const fileOn = (ticketId: string, commentId: string | null, name: string) =>
  t.sql(
    `insert into attachment (ticket_id, comment_id, filename, content_type, size, sha256, data, source, uploaded_by_id, created_at)
     select $1, $2, $3, 'text/plain', 3, repeat('0', 64), 'abc'::bytea, 'WEB', u.id, now() from app_user u where u.email = $4`,
    [rawId(ticketId), commentId && rawId(commentId), name, A.agent],
  );
/** Everything a merge could touch on two cases: rows, comments, files, history, SLA timers and outcomes. */
const state = async (...ticketIds: string[]) => {
  const keys = ticketIds.map(rawId);
  return {
    tickets: await t.sql('select id, status, closure_reason, merged_into_id, version from ticket where id = any($1) order by id', [keys]),
    comments: await t.sql('select id, ticket_id, merged_from_id from ticket_comment where ticket_id = any($1) order by id', [keys]),
    files: await t.sql('select id, ticket_id from attachment where ticket_id = any($1) order by id', [keys]),
    events: await t.sql('select count(*)::int as n from ticket_event where ticket_id = any($1)', [keys]),
    timers: await t.sql('select ticket_id, metric, state, due_at, stopped_at, paused_ms from sla_timer where ticket_id = any($1) order by id', [keys]),
    outcomes: await t.sql('select count(*)::int as n from sla_outcome where ticket_id = any($1)', [keys]),
  };
};
const historyOf = <E extends { kind: string }>(ticket: { history: { edges: { node: E }[] } }): E[] => ticket.history.edges.map((e) => e.node);

describe('mergeTicket', () => {
  it("moves the duplicate's comments and files to the target, closes it MERGED with a pointer, and leaves the target's SLA as it was", async () => {
    const source = await phoneTicket(t, ids, { title: 'Lönen saknas igen', description: 'Samma fel som förra veckan.' });
    const target = await phoneTicket(t, ids);
    const fromCustomer = await comment(A.customer, source.id, 'Har ni hittat felet?');
    const note = await comment(A.agent, source.id, 'Dubblett av det andra ärendet.', 'INTERNAL');
    await fileOn(source.id, fromCustomer, 'lonebesked.txt');
    const before = await state(target.id);
    const sourceNow = (await view(A.agent, source.id))!;
    expect(sourceNow.availableActions).toContain('MERGE');

    const res = await merge(A.agent, { sourceId: source.id, targetId: target.id, expectedVersion: sourceNow.version, reason: 'Samma fråga' });
    expect(res.errors).toBeUndefined();
    const out = res.data!.mergeTicket;
    expect(out.userErrors).toEqual([]);
    expect(out.source).toMatchObject({ status: 'CLOSED', closureReason: 'MERGED', mergedInto: { id: target.id, number: target.number }, availableActions: [], comments: { edges: [] } });
    expect(out.target).toMatchObject({ status: 'NEW', mergedInto: null, mergedFrom: [{ id: source.id, number: source.number, title: 'Lönen saknas igen', description: 'Samma fel som förra veckan.' }], version: target.version + 1 });
    // The duplicate's story on the target, in order, each comment marked with where it was written.
    expect(out.target!.comments.edges.map((e) => [e.node.body, e.node.visibility, e.node.author!.name, e.node.mergedFrom?.number])).toEqual([
      ['Har ni hittat felet?', 'PUBLIC', 'Karin Kund', source.number],
      ['Dubblett av det andra ärendet.', 'INTERNAL', 'Anna Servicedesk', source.number],
    ]);
    expect(out.target!.comments.edges.map((e) => e.node.id)).toEqual([fromCustomer, note]);

    const sourceHistory = historyOf(out.source!);
    const merging = sourceHistory.slice(sourceHistory.findIndex((e) => e.kind === 'MERGED_INTO')).map((e) => [e.kind, e.field, e.toValue, e.note]);
    expect(merging.slice(0, 3)).toEqual([
      ['MERGED_INTO', 'mergedInto', target.number, 'Samma fråga'],
      ['STATUS_CHANGED', 'status', 'CLOSED', null],
      ['CLOSED', 'closureReason', 'MERGED', target.number],
    ]);
    // Then each clock, stopped without being measured (in the engine's order of its timers).
    expect(merging.slice(3).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['SLA_CHANGED', 'FIRST_RESPONSE', 'NOT_MEASURED', expect.stringContaining('stopped, not measured (closed MERGED)')],
      ['SLA_CHANGED', 'RESOLUTION', 'NOT_MEASURED', expect.stringContaining('stopped, not measured (closed MERGED)')],
    ]);
    expect(sourceHistory.find((e) => e.kind === 'MERGED_INTO')).toMatchObject({ toId: target.id, visibility: 'PUBLIC' });
    // The target's history gains the merge and nothing else: no SLA entry, its timers untouched.
    expect(historyOf(out.target!).slice(-1)).toEqual([
      { kind: 'MERGED_FROM', field: 'mergedFrom', fromValue: source.number, toValue: null, fromId: source.id, toId: null, note: 'Samma fråga', visibility: 'PUBLIC' },
    ]);
    const after = await state(target.id);
    expect(after.timers).toEqual(before.timers);
    expect(after.outcomes).toEqual(before.outcomes);
    // Not measured: neither met nor breached, so the SLA report has no outcome for the duplicate.
    expect(await t.sql('select metric, state from sla_timer where ticket_id = $1 order by metric', [rawId(source.id)])).toEqual([
      { metric: 'FIRST_RESPONSE', state: 'NOT_MEASURED' },
      { metric: 'RESOLUTION', state: 'NOT_MEASURED' },
    ]);
    expect(await t.sql('select count(*)::int as n from sla_outcome where ticket_id = $1', [rawId(source.id)])).toEqual([{ n: 0 }]);
    expect(await t.sql('select filename, ticket_id from attachment where ticket_id = any($1)', [[rawId(source.id), rawId(target.id)]])).toEqual([
      { filename: 'lonebesked.txt', ticket_id: rawId(target.id) },
    ]);
  });

  it("shows a customer of the agency the merge and the public comments only; another agency's customer sees neither case", async () => {
    const source = await phoneTicket(t, ids);
    const target = await phoneTicket(t, ids);
    await comment(A.customer, source.id, 'Publik fråga');
    await comment(A.agent, source.id, 'Intern anteckning', 'INTERNAL');
    const res = await merge(A.agent, { sourceId: source.id, targetId: target.id, expectedVersion: (await view(A.agent, source.id))!.version });
    expect(res.data!.mergeTicket.userErrors).toEqual([]);

    const seen = (await view(A.customer2, target.id))!;
    expect(seen.comments.edges.map((e) => [e.node.body, e.node.mergedFrom?.number])).toEqual([
      ['Publik fråga', source.number],
    ]);
    expect(seen.mergedFrom).toEqual([{ id: source.id, number: source.number, title: source.title, description: source.description }]);
    expect((await view(A.customer2, source.id))!.mergedInto).toEqual({ id: target.id, number: target.number });
    expect(await view(A.otherCustomer, target.id)).toBeNull();
    expect(await view(A.otherCustomer, source.id)).toBeNull();
  });

  it('refuses bad merges with typed errors and changes nothing', async () => {
    const source = await phoneTicket(t, ids);
    const target = await phoneTicket(t, ids);
    const otherAgency = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    const resolved = await phoneTicket(t, ids);
    await t.gql(A.agent, ResolveTicketDocument, { ticketId: resolved.id, input: { resolution: 'Klart.', expectedVersion: resolved.version } });
    const merged = await phoneTicket(t, ids);
    expect((await merge(A.agent, { sourceId: merged.id, targetId: resolved.id, expectedVersion: merged.version })).data!.mergeTicket.userErrors[0].code).toBe('INVALID_TRANSITION');
    const mergedAway = await phoneTicket(t, ids);
    expect((await merge(A.agent, { sourceId: mergedAway.id, targetId: merged.id, expectedVersion: mergedAway.version })).data!.mergeTicket.userErrors).toEqual([]);
    const before = await state(source.id, target.id);
    const v = source.version;

    const cases: [string, MergeTicketInput, { code: string; message: string; field: string[] | null }][] = [
      ['itself', { sourceId: source.id, targetId: source.id, expectedVersion: v }, { code: 'BAD_USER_INPUT', message: 'a case cannot be merged into itself: pick another target', field: ['input', 'targetId'] }],
      ['another agency', { sourceId: source.id, targetId: otherAgency.id, expectedVersion: v }, { code: 'NOT_ALLOWED', message: 'the cases belong to different agencies: a case is merged only into a case of its own agency', field: ['input', 'targetId'] }],
      ['a resolved target', { sourceId: source.id, targetId: resolved.id, expectedVersion: v }, { code: 'INVALID_TRANSITION', message: `${resolved.number} is RESOLVED: merge into an open case (reopen it first if it is resolved)`, field: ['input', 'targetId'] }],
      ['a merged target', { sourceId: source.id, targetId: mergedAway.id, expectedVersion: v }, { code: 'INVALID_TRANSITION', message: `${mergedAway.number} was itself merged into ${merged.number}: merge into ${merged.number} instead`, field: ['input', 'targetId'] }],
      ['a stale source', { sourceId: source.id, targetId: target.id, expectedVersion: v + 1 }, { code: 'CONFLICT', message: `the ticket is at version ${v}, not ${v + 1}: reload it and try again`, field: ['input', 'expectedVersion'] }],
      ['a stale target', { sourceId: source.id, targetId: target.id, expectedVersion: v, targetExpectedVersion: target.version + 5 }, { code: 'CONFLICT', message: `the target ticket is at version ${target.version}, not ${target.version + 5}: reload it and try again`, field: ['input', 'targetExpectedVersion'] }],
      ['a closed source', { sourceId: mergedAway.id, targetId: target.id, expectedVersion: mergedAway.version + 1 }, { code: 'INVALID_TRANSITION', message: 'a CLOSED ticket cannot be merged into another; only an open one', field: null }],
      ['a reason too long', { sourceId: source.id, targetId: target.id, expectedVersion: v, reason: 'x'.repeat(2001) }, { code: 'BAD_USER_INPUT', message: 'reason may have at most 2000 characters', field: ['input', 'reason'] }],
      ['a source id of another type', { sourceId: ids.agent, targetId: target.id, expectedVersion: v }, expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'sourceId'] })],
    ];
    for (const [what, input, error] of cases) {
      const res = await merge(A.agent, input);
      expect([what, res.errors, res.data?.mergeTicket]).toEqual([what, undefined, { source: null, target: null, userErrors: [error] }]);
    }
    expect(await state(source.id, target.id)).toEqual(before);
  });

  it('refuses a source that waits for a vendor (its answer must not land on a closed duplicate)', async () => {
    const source = await phoneTicket(t, ids);
    const target = await phoneTicket(t, ids);
    const escalated = await t.gql(A.agent, EscalateTicketDocument, { ticketId: source.id, input: { groupId: ids.payrollGroup, reason: 'Lönefråga', expectedVersion: source.version } });
    const referred = await t.gql(A.payrollSpecialist, ReferTicketToVendorDocument, {
      ticketId: source.id,
      input: { vendorId: ids.primula, question: 'Fel i version 4.2?', expectedVersion: escalated.data!.escalateTicket.ticket!.version },
    });
    const version = referred.data!.referTicketToVendor.ticket!.version;
    expect((await view(A.agent, source.id))!.availableActions).not.toContain('MERGE');
    const res = await merge(A.agent, { sourceId: source.id, targetId: target.id, expectedVersion: version });
    expect(res.data!.mergeTicket.userErrors).toEqual([{ code: 'INVALID_TRANSITION', message: 'record the vendor response or return the ticket before merging it', field: null }]);
  });

  it('is FORBIDDEN to customers and roles that may not work both cases; a case you may not read is NOT_FOUND', async () => {
    const source = await phoneTicket(t, ids);
    const target = await phoneTicket(t, ids);
    const input = { sourceId: source.id, targetId: target.id, expectedVersion: source.version };
    const before = await state(source.id, target.id);
    for (const as of [A.customer, A.deliveryManager, A.admin, A.payrollSpecialist]) {
      const res = await merge(as, input);
      expect([as, res.errors?.[0].extensions?.code]).toEqual([as, 'FORBIDDEN']);
    }
    // The payroll specialist works their own group's case, but may not reach into the Servicedesk's.
    const escalated = await t.gql(A.agent, EscalateTicketDocument, { ticketId: source.id, input: { groupId: ids.payrollGroup, reason: 'Lönefråga', expectedVersion: source.version } });
    const asSpecialist = await merge(A.payrollSpecialist, { ...input, expectedVersion: escalated.data!.escalateTicket.ticket!.version });
    expect(asSpecialist.errors?.[0]).toMatchObject({ message: 'your role may not merge into this ticket', extensions: { code: 'FORBIDDEN' } });
    const unreadable = await merge(A.financeSpecialist, input);
    expect(unreadable.data!.mergeTicket.userErrors).toEqual([{ code: 'NOT_FOUND', message: 'no such ticket', field: ['input', 'sourceId'] }]);
    const after = await state(source.id, target.id);
    expect({ ...after, tickets: after.tickets.map((r) => ({ ...r, version: 0 })), events: [] }).toEqual({ ...before, tickets: before.tickets.map((r) => ({ ...r, version: 0 })), events: [] });
    expect(after.tickets.map((r) => r.closure_reason)).toEqual([null, null]);
  });

  it('rolls everything back when a step fails midway (the files cannot move)', async () => {
    const source = await phoneTicket(t, ids);
    const target = await phoneTicket(t, ids);
    await fileOn(source.id, await comment(A.customer, source.id, 'Bifogar filen'), 'underlag.txt');
    const version = (await view(A.agent, source.id))!.version;
    const before = await state(source.id, target.id);
    await t.sql(`create function refuse_file_move() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await t.sql(`create trigger refuse_file_move before update on attachment for each row execute function refuse_file_move()`);
    try {
      const res = await merge(A.agent, { sourceId: source.id, targetId: target.id, expectedVersion: version });
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.errors)).not.toContain('disk full');
    } finally {
      await t.sql('drop trigger refuse_file_move on attachment');
      await t.sql('drop function refuse_file_move()');
    }
    expect(await state(source.id, target.id)).toEqual(before);
  });

  it('tells subscribers and webhooks of both cases (TicketChanged)', async () => {
    const hook = await t.gql(A.admin, CreateWebhookEndpointDocument, { input: { url: 'https://hooks.example/merge', description: 'Sammanslagning', eventKinds: ['CASE_CHANGED'] } });
    expect(hook.data!.createWebhookEndpoint.userErrors).toEqual([]);
    const source = await phoneTicket(t, ids);
    const target = await phoneTicket(t, ids);
    const live = subscribeOver(t.port, A.agent, TicketEventsDocument, { ticketId: target.id }, (d) => d.ticketEvents);
    await waitFor(async () => {
      await comment(A.agent, target.id, 'Prenumerationen lever?', 'INTERNAL');
      return live.received.length > 0 ? true : null;
    }, { what: 'the subscription is live' });
    expect((await merge(A.agent, { sourceId: source.id, targetId: target.id, expectedVersion: source.version })).data!.mergeTicket.userErrors).toEqual([]);
    const got = await waitFor(() => live.received.find((e) => e.kind === 'MERGED_FROM') ?? null, { what: 'MERGED_FROM on the target, live' });
    expect(got).toMatchObject({ field: 'mergedFrom', fromValue: source.number, visibility: 'PUBLIC' });

    const bodies = (await t.sql<{ body: string }>(`select body from webhook_delivery where event_kind = 'CASE_CHANGED' order by id`)).map((r) => JSON.parse(r.body));
    const about = (n: string) => bodies.filter((b) => b.data.case.number === n).flatMap((b) => b.data.changes.map((c: { kind: string; to?: string; from?: string }) => [c.kind, c.from ?? null, c.to ?? null]));
    expect(about(source.number)).toEqual(expect.arrayContaining([['MERGED_INTO', null, target.number], ['CLOSED', null, null]]));
    expect(about(target.number)).toEqual(expect.arrayContaining([['MERGED_FROM', source.number, null]]));
  });
});

describe('splitTicket', () => {
  it("makes a new case of a public comment through the registration path, its SLA started as a new case's, pointing both ways", async () => {
    const source = await phoneTicket(t, ids);
    const commentId = await comment(A.customer, source.id, 'En sak till: leverantörsfakturan från Dustin är inte betald.\nDen förföll i måndags.');
    await fileOn(source.id, commentId, 'faktura.txt');
    const res = await t.gql(A.agent, SplitTicketDocument, { input: { commentId, serviceId: ids.supplierInvoices, impact: 'LOW', urgency: 'LOW', category: 'QUESTION' } });
    expect(res.errors).toBeUndefined();
    const out = res.data!.splitTicket;
    expect(out.userErrors).toEqual([]);
    const created = out.ticket!;
    expect(created).toMatchObject({
      title: 'En sak till: leverantörsfakturan från Dustin är inte betald.',
      description: 'En sak till: leverantörsfakturan från Dustin är inte betald.\nDen förföll i måndags.',
      status: 'NEW', tier: 'FIRST', priority: 'P4', channel: 'PHONE',
      agency: { id: ids.skatteverket }, requester: { id: ids.customer }, serviceArea: { id: ids.finance }, service: { id: ids.supplierInvoices },
    });
    const createdHistory = historyOf((await view(A.agent, created.id))!);
    expect(createdHistory.map((e) => [e.kind, e.field, e.toValue ?? e.fromValue])).toEqual([
      ['CREATED', null, created.number],
      ['SPLIT_FROM', 'splitFrom', source.number],
      ['SLA_CHANGED', 'FIRST_RESPONSE', 'RUNNING'],
      ['SLA_CHANGED', 'RESOLUTION', 'RUNNING'],
    ]);
    expect(createdHistory[1]).toMatchObject({ fromId: source.id });
    expect(out.source!.history.edges.at(-1)!.node).toEqual({ kind: 'SPLIT_TO', field: 'splitTo', toValue: created.number, toId: created.id });
    // The comment stays; its file is copied onto the new case.
    expect((await view(A.agent, source.id))!.comments.edges.map((e) => e.node.id)).toEqual([commentId]);
    expect(await t.sql('select filename, comment_id from attachment where ticket_id = $1', [rawId(created.id)])).toEqual([{ filename: 'faktura.txt', comment_id: null }]);
    expect(await t.sql('select metric, state from sla_timer where ticket_id = $1 order by metric', [rawId(created.id)])).toEqual([
      { metric: 'FIRST_RESPONSE', state: 'RUNNING' },
      { metric: 'RESOLUTION', state: 'RUNNING' },
    ]);
  });

  it('refuses what may not be split, and changes nothing', async () => {
    const source = await phoneTicket(t, ids);
    const internal = await comment(A.agent, source.id, 'Intern anteckning om en annan sak', 'INTERNAL');
    const open = await comment(A.customer, source.id, 'En ny fråga om semester');
    const closed = await phoneTicket(t, ids);
    const onClosed = await comment(A.customer, closed.id, 'Fråga innan stängning');
    const r = await t.gql(A.agent, ResolveTicketDocument, { ticketId: closed.id, input: { resolution: 'Klart.', expectedVersion: (await view(A.agent, closed.id))!.version } });
    await t.gql(A.agent, CloseTicketDocument, { ticketId: closed.id, input: { expectedVersion: r.data!.resolveTicket.ticket!.version } });
    const count = async () => (await t.sql<{ n: number }>('select count(*)::int as n from ticket'))[0].n;
    const tickets = await count();

    const split = (as: string, input: object) => t.gql(as, SplitTicketDocument, { input: input as never });
    const refusals: [string, object, object][] = [
      ['internal', { commentId: internal }, { code: 'NOT_ALLOWED', field: ['input', 'commentId'] }],
      ['closed', { commentId: onClosed }, { code: 'INVALID_TRANSITION', message: 'a closed ticket is final: nothing is split off it', field: null }],
      ['no comment', { commentId: Buffer.from('TicketComment:999999').toString('base64url') }, { code: 'NOT_FOUND', message: 'no such comment', field: ['input', 'commentId'] }],
      ['short title', { commentId: open, title: 'ab' }, { code: 'BAD_USER_INPUT', message: 'title needs at least 3 characters', field: ['input', 'title'] }],
      ['stale', { commentId: open, expectedVersion: 1 }, { code: 'CONFLICT', field: ['input', 'expectedVersion'] }],
    ];
    for (const [what, input, error] of refusals) {
      const res = await split(A.agent, input);
      expect([what, res.data!.splitTicket.userErrors]).toEqual([what, [expect.objectContaining(error)]]);
    }
    expect((await split(A.customer, { commentId: open })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await split(A.financeSpecialist, { commentId: open })).data!.splitTicket.userErrors).toEqual([{ code: 'NOT_FOUND', message: 'no such ticket', field: ['input', 'commentId'] }]);
    expect(await count()).toBe(tickets);
  });
});
