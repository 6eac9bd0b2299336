import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signDevToken } from '../../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../../src/platform/config';
import { DEMO_ACCOUNTS } from '../../seeds/directory';
import type { ChaosDatabase } from './cluster';

/** What the load clients act with: an agent's token and the ids a new ticket needs. */
export interface Actors {
  token: string;
  requesterId: string;
  serviceAreaId: string;
}

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

export async function actors(db: ChaosDatabase): Promise<Actors> {
  const [{ id: requester }] = await db.query<{ id: number }>(`select id from app_user where email = $1`, [DEMO_ACCOUNTS.customer]);
  const [{ id: area }] = await db.query<{ id: number }>(`select id from service_area where code = 'PAYROLL'`);
  return { token: await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.agent), requesterId: gid('User', requester), serviceAreaId: gid('ServiceArea', area) };
}

export interface Answer<T> {
  /** HTTP status; 0 when the request got no answer (refused, reset, or past the client's timeout). */
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  retryAfter?: string | null;
  /** The instance a load balancer says served it (its x-served-by header), if any. */
  servedBy?: string | null;
}

/** One GraphQL request over HTTP; never throws (a failure is in the answer). */
export async function gql<T = Record<string, never>>(baseUrl: string, token: string, query: string, variables: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<Answer<T>> {
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: Answer<T>['errors'] };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors, retryAfter: res.headers.get('retry-after'), servedBy: res.headers.get('x-served-by') };
  } catch {
    return { status: 0 };
  }
}

/** Acknowledged: 200 with data and no error. */
export const acknowledged = (a: Answer<unknown>) => a.status === 200 && !a.errors?.length && a.data !== undefined;

export const CREATE_TICKET = `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id number version } userErrors { code } } }`;
export const UPDATE_TICKET = `mutation($t: ID!, $i: UpdateTicketInput!) { updateTicket(ticketId: $t, input: $i) { ticket { id version title } userErrors { code } } }`;
export const ADD_COMMENT = `mutation($t: ID!, $b: String!) { addTicketComment(ticketId: $t, input: { body: $b, visibility: INTERNAL }) { userErrors { code } } }`;
export const TICKET_PAGE = `query($id: ID!) { node(id: $id) { ... on Ticket { id number title status version latestComments(limit: 5) { body } } } }`;

export const ticketInput = (a: Actors, title: string, impact = 'MEDIUM', urgency = 'HIGH') => ({
  title,
  description: 'Chaos test',
  channel: 'PHONE',
  requesterId: a.requesterId,
  serviceAreaId: a.serviceAreaId,
  category: 'INCIDENT',
  impact,
  urgency,
});

type Created = { createTicket: { ticket: { id: string; number: string; version: number } | null } };

/** A ticket made through the API (setup, not measured). */
export async function createTicket(baseUrl: string, a: Actors, title: string, impact?: string, urgency?: string): Promise<{ id: string; number: string; version: number }> {
  const res = await gql<Created>(baseUrl, a.token, CREATE_TICKET, { i: ticketInput(a, title, impact, urgency) });
  const ticket = res.data?.createTicket.ticket;
  if (!ticket) throw new Error(`createTicket failed: ${JSON.stringify(res)}`);
  return ticket;
}

/** The database ids of a ticket's history events, in order (what a follower of ticketEvents must receive). */
export async function ticketEventIds(db: ChaosDatabase, ticketGid: string): Promise<string[]> {
  const id = Number(Buffer.from(ticketGid, 'base64url').toString().split(':')[1]);
  return (await db.query<{ id: number }>(`select id from ticket_event where ticket_id = $1 order by id`, [id])).map((r) => gid('TicketEvent', r.id));
}

const TICKET_EVENTS = `subscription($t: ID!, $after: ID) { ticketEvents(ticketId: $t, after: $after) { id at } }`;

/**
 * A console following one ticket's history over graphql-ws as a client should: when its socket
 * closes for any reason it connects again (at `url()`, after a short pause) and resumes with
 * `after` = the last event it saw. Records every event with the time it arrived.
 */
export class Follower {
  readonly received: { id: string; at: number; receivedAt: number }[] = [];
  reconnects = 0;
  errors = 0;
  /** Events that arrived a second time (a resume that repeated one). */
  repeats = 0;
  private readonly seen = new Set<string>();
  private client: WsClient | null = null;
  private stopped = false;
  connected = false;

  constructor(
    private readonly url: () => string,
    private readonly token: string,
    readonly ticketId: string,
  ) {}

  start(): this {
    this.connect();
    return this;
  }

  private connect(): void {
    if (this.stopped) return;
    const last = this.received.at(-1)?.id ?? null;
    const client = createClient({
      url: this.url(),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: { authorization: `Bearer ${this.token}` },
      on: { connected: () => (this.connected = true), closed: () => (this.connected = false) },
    });
    this.client = client;
    let again = false;
    const reconnect = () => {
      if (again || this.stopped) return;
      again = true;
      this.reconnects++;
      void client.dispose();
      setTimeout(() => this.connect(), 200);
    };
    client.on('closed', reconnect);
    client.subscribe<{ ticketEvents: { id: string; at: string } }>(
      { query: TICKET_EVENTS, variables: { t: this.ticketId, after: last } },
      {
        next: (msg) => {
          if (msg.errors) this.errors++;
          const e = msg.data?.ticketEvents;
          if (!e) return;
          if (this.seen.has(e.id)) this.repeats++;
          else this.seen.add(e.id), this.received.push({ id: e.id, at: Date.parse(e.at), receivedAt: Date.now() });
        },
        error: reconnect,
        complete: reconnect,
      },
    );
  }

  ids(): string[] {
    return this.received.map((r) => r.id);
  }

  /** The longest time between two events arriving (a subscriber's gap). */
  longestGapMs(): number {
    let gap = 0;
    for (let i = 1; i < this.received.length; i++) gap = Math.max(gap, this.received[i].receivedAt - this.received[i - 1].receivedAt);
    return gap;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }
}
