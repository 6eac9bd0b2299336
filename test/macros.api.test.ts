import { ApplySavedReplyDocument, CreateMacroDocument, UpdateMacroDocument, type CreateSavedReplyInput, type MacroFieldsFragment } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 20 part 1: macros, saved replies that change the ticket as well, applied in one transaction. */

let t: TestApp;
let ids: Ids;

async function macro(as: string, input: CreateSavedReplyInput): Promise<MacroFieldsFragment> {
  const res = await t.gql(as, CreateMacroDocument, { input });
  if (!res.data?.createSavedReply.savedReply) throw new Error(`createSavedReply failed: ${JSON.stringify(res)}`);
  return res.data.createSavedReply.savedReply;
}

/** Everything applying could have touched on a ticket: its row, its comments and its history. */
const ticketState = async (ticketId: number) => ({
  ticket: await t.sql('select status, tier, priority, impact, urgency, group_id, assignee_id, version from ticket where id = $1', [ticketId]),
  comments: await t.sql('select body, visibility from ticket_comment where ticket_id = $1 order by id', [ticketId]),
  events: await t.sql('select kind, field, from_value, to_value, note from ticket_event where ticket_id = $1 order by id', [ticketId]),
});
const rawId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const apply = (as: string, ticket: { id: string; version: number }, savedReplyId: string) =>
  t.gql(as, ApplySavedReplyDocument, { ticketId: ticket.id, input: { savedReplyId, expectedVersion: ticket.version } });

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

describe('macros: a saved reply with changes', () => {
  it('applies its comment, priority and status in one go, recorded in the history', async () => {
    const m = await macro(A.agent, {
      title: 'Begär underlag',
      body: 'Hej {{requester.name}}! Skicka lönebeskedet för {{ticket.number}}. /{{agent.name}}',
      scope: 'GROUP',
      groupId: ids.servicedesk,
      changes: { impact: 'LOW', urgency: 'LOW', status: 'WAITING_FOR_CUSTOMER' },
    });
    expect(m.isMacro).toBe(true);
    expect(m.changes).toEqual({ commentVisibility: 'PUBLIC', impact: 'LOW', urgency: 'LOW', status: 'WAITING_FOR_CUSTOMER', escalateTo: null });
    const ticket = await phoneTicket(t, ids);
    const before = await ticketState(rawId(ticket.id));
    const res = await apply(A.agent, ticket, m.id);
    expect(res.errors).toBeUndefined();
    const out = res.data!.applySavedReply;
    expect(out.userErrors).toEqual([]);
    expect(out.comment).toMatchObject({ body: `Hej Karin Kund! Skicka lönebeskedet för ${ticket.number}. /Anna Servicedesk`, visibility: 'PUBLIC' });
    expect(out.ticket).toMatchObject({ status: 'WAITING_FOR_CUSTOMER', impact: 'LOW', urgency: 'LOW', priority: 'P4', version: ticket.version + 1 });
    const { events } = await ticketState(rawId(ticket.id));
    // The reply's own changes, then what the SLA clocks did about them (stopped, paused).
    expect(events.slice(before.events.length).map((e) => [e.kind, e.field, e.to_value])).toEqual([
      ['COMMENTED', null, null],
      ['FIELD_CHANGED', 'impact', 'LOW'],
      ['FIELD_CHANGED', 'urgency', 'LOW'],
      ['FIELD_CHANGED', 'priority', 'P4'],
      ['STATUS_CHANGED', 'status', 'WAITING_FOR_CUSTOMER'],
      ['MACRO_APPLIED', null, null],
      ['SLA_CHANGED', 'FIRST_RESPONSE', 'MET'],
      ['SLA_CHANGED', 'RESOLUTION', 'PAUSED'],
    ]);
    expect(events.at(-3)!.note).toBe('Begär underlag');
    // Applied again: the status it already has is no change, the comment is added again.
    const again = await apply(A.agent, out.ticket!, m.id);
    expect(again.data!.applySavedReply.userErrors).toEqual([]);
    expect(again.data!.applySavedReply.ticket).toMatchObject({ status: 'WAITING_FOR_CUSTOMER', version: ticket.version + 2 });
  });

  it('escalates with an internal note, and a change the ticket refuses refuses everything', async () => {
    const m = await macro(A.agent, {
      title: 'Till Produktion Lön',
      body: 'Lönefråga för {{ticket.number}}, se samtalet.',
      scope: 'PERSONAL',
      changes: { commentVisibility: 'INTERNAL', impact: 'HIGH', urgency: 'HIGH', escalateToGroupId: ids.payrollGroup },
    });
    expect(m.changes.escalateTo).toEqual({ id: ids.payrollGroup, name: 'Produktion Lön' });
    const ticket = await phoneTicket(t, ids);
    const first = await apply(A.agent, ticket, m.id);
    expect(first.data!.applySavedReply.userErrors).toEqual([]);
    expect(first.data!.applySavedReply.comment!.visibility).toBe('INTERNAL');
    expect(first.data!.applySavedReply.ticket).toMatchObject({ status: 'NEW', tier: 'SECOND', priority: 'P1', group: { id: ids.payrollGroup } });

    // Now at the second line: the comment and the priority would pass, the escalation cannot.
    const escalated = first.data!.applySavedReply.ticket!;
    const before = await ticketState(rawId(ticket.id));
    const second = await apply(A.agent, escalated, m.id);
    expect(second.data!.applySavedReply).toEqual({
      ticket: null,
      comment: null,
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['savedReplyId'], message: 'nothing was applied: the escalation was refused (only a first-line ticket can be escalated to the second line)' }],
    });
    expect(await ticketState(rawId(ticket.id))).toEqual(before);
  });

  it('refuses, changing nothing: placeholders the ticket cannot fill, a stale version, a reply or ticket out of reach', async () => {
    const m = await macro(A.agent, { title: 'Ring upp', body: 'Vi ringer {{kund.telefon}}.', scope: 'PERSONAL', changes: { status: 'WAITING_FOR_CUSTOMER' } });
    const other = await macro(A.agent2, { title: 'Eriks makro', body: 'Hej.', scope: 'PERSONAL', changes: { status: 'WAITING_FOR_CUSTOMER' } });
    const ticket = await phoneTicket(t, ids);
    const before = await ticketState(rawId(ticket.id));
    const errorsOf = async (as: string, target: { id: string; version: number }, replyId: string) => (await apply(as, target, replyId)).data?.applySavedReply.userErrors;
    expect(await errorsOf(A.agent, ticket, m.id)).toEqual([
      { code: 'BAD_USER_INPUT', field: ['savedReplyId'], message: "the reply's text has placeholders this ticket cannot fill ({{kund.telefon}}): paste it and edit it instead" },
    ]);
    expect((await errorsOf(A.agent, { ...ticket, version: ticket.version + 5 }, other.id))?.[0].code).toBe('NOT_FOUND');
    const good = await macro(A.agent, { title: 'Vänta', body: 'Vi väntar på dig.', scope: 'PERSONAL', changes: { status: 'WAITING_FOR_CUSTOMER' } });
    expect((await errorsOf(A.agent, { ...ticket, version: ticket.version + 5 }, good.id))?.map((e) => e.code)).toEqual(['CONFLICT']);
    // A customer may read the ticket but uses no saved replies.
    const customer = await apply(A.customer, ticket, good.id);
    expect(customer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await ticketState(rawId(ticket.id))).toEqual(before);
  });

  it('checks the changes when saved: both of impact and urgency, a settable status, a second-line group', async () => {
    const rows = async () => (await t.sql<{ n: number }>('select count(*)::int as n from saved_reply'))[0].n;
    const n = await rows();
    const refusal = async (changes: CreateSavedReplyInput['changes']) =>
      (await t.gql(A.agent, CreateMacroDocument, { input: { title: 'Fel', body: 'Text', scope: 'PERSONAL', changes } })).data?.createSavedReply.userErrors;
    expect(await refusal({ impact: 'HIGH' })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'changes', 'impact'], message: 'a priority change needs both impact and urgency' }]);
    expect(await refusal({ status: 'RESOLVED' })).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'changes', 'status'], message: 'a saved reply may set the status to IN_PROGRESS or WAITING_FOR_CUSTOMER only' },
    ]);
    expect(await refusal({ escalateToGroupId: ids.servicedesk })).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'changes', 'escalateToGroupId'], message: 'a saved reply escalates to a second-line group only' },
    ]);
    expect(await refusal({ escalateToGroupId: ids.customer })).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'changes', 'escalateToGroupId'], message: 'not a SupportGroup ID' },
    ]);
    expect(await rows()).toBe(n);
  });

  it('replaces the changes as a whole on update, and keeps them when omitted', async () => {
    const m = await macro(A.agent, { title: 'Byt', body: 'Text', scope: 'PERSONAL', changes: { impact: 'LOW', urgency: 'LOW', status: 'IN_PROGRESS' } });
    const kept = await t.gql(A.agent, UpdateMacroDocument, { id: m.id, version: m.version, input: { title: 'Byt namn' } });
    expect(kept.data!.updateSavedReply.savedReply).toMatchObject({ title: 'Byt namn', isMacro: true, changes: { impact: 'LOW', urgency: 'LOW', status: 'IN_PROGRESS' } });
    const replaced = await t.gql(A.agent, UpdateMacroDocument, { id: m.id, version: kept.data!.updateSavedReply.savedReply!.version, input: { changes: { commentVisibility: 'INTERNAL' } } });
    expect(replaced.data!.updateSavedReply.savedReply).toMatchObject({
      isMacro: false,
      changes: { commentVisibility: 'INTERNAL', impact: null, urgency: null, status: null, escalateTo: null },
    });
  });
});
