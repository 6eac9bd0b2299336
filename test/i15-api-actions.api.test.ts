import {
  AddTicketCommentDocument,
  AssignTicketDocument,
  CloseTicketDocument,
  EscalateTicketDocument,
  MergeTicketDocument,
  RecordVendorResponseDocument,
  ReferTicketToVendorDocument,
  ReopenTicketDocument,
  ResolveTicketDocument,
  ReturnTicketDocument,
  SetTicketStatusDocument,
  SplitTicketDocument,
  TicketActionsDocument,
  UpdateTicketDocument,
  type TicketAction,
  type TicketActionsQuery,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

/**
 * Issue 15: `Ticket.availableActions` lists exactly the actions whose mutation the API accepts.
 * For each role and state, every action NOT listed is tried on one fixture ticket (a refusal
 * changes nothing, so they share it) and must be refused by the permission or the workflow; every
 * action listed is tried on a fresh ticket in that state and must be accepted.
 */

let t: TestApp;
let ids: Ids;
let lon2: string;

beforeAll(async () => {
  t = await startTestApp();
  ids = await directoryIds(t);
  lon2 = await t.id('User', 'select id from app_user where email = $1', ['lon2@ssc.example']);
});
afterAll(() => t?.stop());

type Ticket = NonNullable<TicketActionsQuery['ticket']>;
type State = 'NEW/FIRST' | 'IN_PROGRESS/FIRST' | 'WAITING_FOR_CUSTOMER/FIRST' | 'NEW/SECOND' | 'WAITING_FOR_VENDOR/THIRD' | 'IN_PROGRESS/THIRD' | 'RESOLVED/FIRST' | 'CLOSED/FIRST';

const ACTIONS: TicketAction[] = ['ASSIGN', 'ESCALATE', 'REFER_TO_VENDOR', 'RECORD_VENDOR_RESPONSE', 'RETURN', 'SET_STATUS', 'RESOLVE', 'CLOSE', 'REOPEN', 'UPDATE', 'COMMENT', 'MERGE', 'SPLIT'];

async function read(as: string, id: string): Promise<Ticket | null> {
  const res = await t.gql(as, TicketActionsDocument, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.ticket ?? null;
}

/** The outcome of a mutation: ACCEPTED, or the refusal's code (top-level error or first user error). */
function outcome(res: GraphQLResponse<Record<string, { userErrors: { code: string }[] }>>): string {
  if (res.errors?.length) return String(res.errors[0].extensions?.code);
  const payload = Object.values(res.data!)[0];
  return payload.userErrors.length ? payload.userErrors[0].code : 'ACCEPTED';
}

/** Tries the action's mutation with valid input for the ticket as it is. */
async function attempt(as: string, action: TicketAction, ticket: Ticket, groupIsServicedesk: boolean): Promise<string> {
  const base = { ticketId: ticket.id };
  const v = { expectedVersion: ticket.version };
  const run = (doc: unknown, input: object) => t.gql(as, doc as never, { ...base, input: { ...v, ...input } } as never) as Promise<GraphQLResponse<never>>;
  switch (action) {
    case 'ASSIGN':
      return outcome(await run(AssignTicketDocument, { assigneeId: groupIsServicedesk ? ids.agent2 : lon2 }));
    case 'ESCALATE':
      return outcome(await run(EscalateTicketDocument, { groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' }));
    case 'REFER_TO_VENDOR':
      return outcome(await run(ReferTicketToVendorDocument, { vendorId: ids.primula, question: 'Fel i version 4.2?' }));
    case 'RECORD_VENDOR_RESPONSE':
      return outcome(await run(RecordVendorResponseDocument, { answer: 'Rättat i 4.2.1' }));
    case 'RETURN':
      return outcome(await run(ReturnTicketDocument, { reason: 'Tillbaka ett steg' }));
    case 'SET_STATUS':
      return outcome(await run(SetTicketStatusDocument, { status: ticket.status === 'IN_PROGRESS' ? 'WAITING_FOR_CUSTOMER' : 'IN_PROGRESS' }));
    case 'RESOLVE':
      return outcome(await run(ResolveTicketDocument, { resolution: 'Korrigerat.' }));
    case 'CLOSE':
      return outcome(await run(CloseTicketDocument, {}));
    case 'REOPEN':
      return outcome(await run(ReopenTicketDocument, { reason: 'Felet kvarstår' }));
    case 'UPDATE':
      return outcome(await run(UpdateTicketDocument, { title: 'Ändrad rubrik' }));
    case 'COMMENT':
      return outcome(await t.gql(as, AddTicketCommentDocument, { ...base, input: { body: 'En kommentar', visibility: 'PUBLIC' } }));
    case 'MERGE': {
      // Into a fresh case the viewer works too: the Servicedesk's, or the payroll group's for a second-line source.
      const target = await phoneTicket(t, ids);
      if (!groupIsServicedesk) await t.gql(A.agent, EscalateTicketDocument, { ticketId: target.id, input: { groupId: ids.payrollGroup, reason: 'Lönefråga', expectedVersion: target.version } });
      return outcome(await t.gql(as, MergeTicketDocument, { input: { sourceId: ticket.id, targetId: target.id, expectedVersion: ticket.version } }));
    }
    case 'SPLIT': {
      // A public comment written straight into the table: a closed ticket can have one from before it closed.
      const rawTicketId = Number(Buffer.from(ticket.id, 'base64url').toString().split(':')[1]);
      const [row] = await t.sql<{ id: number }>(
        `insert into ticket_comment (ticket_id, author_id, body, visibility, created_at) select $1, id, 'En ny fråga', 'PUBLIC', now() from app_user where email = $2 returning id`,
        [rawTicketId, A.customer],
      );
      return outcome(await t.gql(as, SplitTicketDocument, { input: { commentId: Buffer.from(`TicketComment:${row.id}`).toString('base64url') } }));
    }
  }
}

/** A new ticket (Skatteverket's customer, payroll) moved into the state by the agent and the payroll specialist. */
async function inState(state: State): Promise<{ id: string; servicedesk: boolean }> {
  const created = await phoneTicket(t, ids);
  const id = created.id;
  const step = async (as: string, action: TicketAction, extra?: Partial<Ticket>) => {
    const ticket = { ...(await read(A.agent, id))!, ...extra };
    const result = await attempt(as, action, ticket, true);
    if (result !== 'ACCEPTED') throw new Error(`fixture ${state}: ${action} answered ${result}`);
  };
  const assignAgent = async () => {
    const ticket = (await read(A.agent, id))!;
    const res = await t.gql(A.agent, AssignTicketDocument, { ticketId: id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } });
    if (outcome(res as never) !== 'ACCEPTED') throw new Error(`fixture ${state}: assign ${JSON.stringify(res)}`);
  };
  switch (state) {
    case 'NEW/FIRST':
      break;
    case 'IN_PROGRESS/FIRST':
      await assignAgent();
      break;
    case 'WAITING_FOR_CUSTOMER/FIRST':
      await assignAgent();
      await step(A.agent, 'SET_STATUS');
      break;
    case 'NEW/SECOND':
      await step(A.agent, 'ESCALATE');
      break;
    case 'WAITING_FOR_VENDOR/THIRD':
      await step(A.agent, 'ESCALATE');
      await step(A.payrollSpecialist, 'REFER_TO_VENDOR');
      break;
    case 'IN_PROGRESS/THIRD':
      await step(A.agent, 'ESCALATE');
      await step(A.payrollSpecialist, 'REFER_TO_VENDOR');
      await step(A.payrollSpecialist, 'RECORD_VENDOR_RESPONSE');
      break;
    case 'RESOLVED/FIRST':
      await assignAgent();
      await step(A.agent, 'RESOLVE');
      break;
    case 'CLOSED/FIRST':
      await assignAgent();
      await step(A.agent, 'RESOLVE');
      await step(A.agent, 'CLOSE');
      break;
  }
  const [status, tier] = state.split('/');
  const ticket = (await read(A.agent, id))!;
  if (ticket.status !== status || ticket.tier !== tier) throw new Error(`fixture ${state} is ${ticket.status}/${ticket.tier}`);
  return { id, servicedesk: tier === 'FIRST' };
}

const REFUSALS = ['FORBIDDEN', 'INVALID_TRANSITION'];

/** Lists the actions, then checks each against its mutation; returns the list and what the mutations said. */
async function check(as: string, state: State): Promise<{ listed: TicketAction[]; verdicts: Record<string, string> }> {
  const shared = await inState(state);
  const ticket = await read(as, shared.id);
  if (!ticket) throw new Error(`${as} cannot read a ${state} ticket`);
  const listed = ticket.availableActions;
  const verdicts: Record<string, string> = {};
  for (const action of ACTIONS.filter((a) => !listed.includes(a))) {
    const now = (await read(A.agent, shared.id))!;
    const result = await attempt(as, action, now, shared.servicedesk);
    verdicts[action] = REFUSALS.includes(result) ? 'refused' : result;
  }
  for (const action of listed) {
    const fresh = await inState(state);
    const result = await attempt(as, action, (await read(A.agent, fresh.id))!, fresh.servicedesk);
    verdicts[action] = result === 'ACCEPTED' ? 'accepted' : result;
  }
  return { listed, verdicts };
}

const expectedVerdicts = (listed: TicketAction[]) => Object.fromEntries(ACTIONS.map((a) => [a, listed.includes(a) ? 'accepted' : 'refused']));

const CASES: [string, string, State, TicketAction[]][] = [
  ['agent', A.agent, 'NEW/FIRST', ['ASSIGN', 'ESCALATE', 'SET_STATUS', 'RESOLVE', 'UPDATE', 'COMMENT', 'MERGE', 'SPLIT']],
  ['agent', A.agent, 'WAITING_FOR_CUSTOMER/FIRST', ['ASSIGN', 'ESCALATE', 'SET_STATUS', 'RESOLVE', 'UPDATE', 'COMMENT', 'MERGE', 'SPLIT']],
  ['agent', A.agent, 'WAITING_FOR_VENDOR/THIRD', ['ASSIGN', 'RECORD_VENDOR_RESPONSE', 'RETURN', 'UPDATE', 'COMMENT', 'SPLIT']],
  ['agent', A.agent, 'RESOLVED/FIRST', ['CLOSE', 'REOPEN', 'COMMENT', 'SPLIT']],
  ['agent', A.agent, 'CLOSED/FIRST', []],
  ['payroll specialist', A.payrollSpecialist, 'NEW/SECOND', ['ASSIGN', 'REFER_TO_VENDOR', 'RETURN', 'SET_STATUS', 'RESOLVE', 'UPDATE', 'COMMENT', 'MERGE', 'SPLIT']],
  ['payroll specialist', A.payrollSpecialist, 'IN_PROGRESS/THIRD', ['ASSIGN', 'RETURN', 'SET_STATUS', 'RESOLVE', 'UPDATE', 'COMMENT', 'MERGE', 'SPLIT']],
  ['payroll specialist (a first-line ticket of another group)', A.payrollSpecialist, 'IN_PROGRESS/FIRST', []],
  ['delivery manager', A.deliveryManager, 'IN_PROGRESS/FIRST', []],
  ['admin', A.admin, 'RESOLVED/FIRST', []],
  ['requesting customer', A.customer, 'IN_PROGRESS/FIRST', ['COMMENT']],
  ['requesting customer', A.customer, 'RESOLVED/FIRST', ['REOPEN', 'COMMENT']],
  ["requester's colleague", A.customer2, 'RESOLVED/FIRST', ['COMMENT']],
];

describe('Ticket.availableActions', () => {
  it.each(CASES.map(([who, as, state, expected]) => ({ who, as, state, expected })))(
    'lists for the $who at $state exactly what the mutations accept',
    async ({ as, state, expected }) => {
      const { listed, verdicts } = await check(as, state);
      expect(listed).toEqual(expected);
      expect(verdicts).toEqual(expectedVerdicts(listed));
    },
    60_000,
  );
});
