import { DEV_TWILIO_TOKEN } from '../src/platform/config';
import { twilioSignature } from '../src/ivr/twilio/signature';
import { encodeCursor } from '../src/platform/pagination';
import { AgenciesDocument, InvoiceBasisMonthDocument, TicketsDocument, UsersSearchDocument } from './generated/graphql';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { watchLog } from '../src/platform/log';

let t: TestApp;
let errorLog: string[];

beforeAll(async () => {
  t = await startTestApp({ worker: false });
});
afterAll(() => t?.stop());
// Bad input is the client's mistake: nothing of it reaches the server's error log.
let unwatch: () => void;
beforeEach(() => {
  errorLog = [];
  unwatch = watchLog((entry) => entry.level >= 50 && errorLog.push(`${entry.part}: ${entry.msg}`));
});
afterEach(() => {
  unwatch();
  expect(errorLog).toEqual([]);
});

const base = () => `http://127.0.0.1:${t.port}`;
const codes = (errors: { extensions?: { code?: string } }[] | undefined) => errors?.map((e) => e.extensions?.code);

describe('issue 13 item 8: client mistakes are 400 / BAD_USER_INPUT, never a server fault', () => {
  const raw = async (body: Buffer | string, accept: string) => {
    const res = await fetch(`${base()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${await t.token(A.agent)}` }, body });
    return { status: res.status, json: (await res.json()) as { errors?: { extensions?: { code?: string } }[] } };
  };

  it.each(['application/json', 'application/graphql-response+json'])('answers syntax errors, invalid UTF-8 and every limit with HTTP 400 (%s)', async (accept) => {
    const cases: [string, Buffer | string, string][] = [
      ['syntax', JSON.stringify({ query: '{ viewer { role }' }), 'GRAPHQL_PARSE_FAILED'],
      ['invalid UTF-8', Buffer.concat([Buffer.from('{"query":"{ viewer { role } }","x":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]), 'BAD_REQUEST'],
      ['tokens', JSON.stringify({ query: `{ viewer { ${'role '.repeat(3001)}} }` }), 'GRAPHQL_PARSE_FAILED'],
      ['aliases', JSON.stringify({ query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }` }), 'GRAPHQL_VALIDATION_FAILED'],
      ['directives', JSON.stringify({ query: `{ ${'__typename @include(if: true) '.repeat(21)}}` }), 'GRAPHQL_VALIDATION_FAILED'],
      [
        'depth',
        JSON.stringify({ query: '{ tickets { edges { node { group { serviceArea { services { area { services { area { services { area { services { area { id } } } } } } } } } } } } } }' }),
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ];
    const got = [];
    for (const [name, body] of cases) {
      const res = await raw(body, accept);
      got.push([name, res.status, codes(res.json.errors)?.[0]]);
    }
    expect(got).toEqual(cases.map(([name, , code]) => [name, 400, code]));
  });

  it('answers crafted after cursors with BAD_USER_INPUT on every list', async () => {
    const crafted = [
      encodeCursor(['not a date', 1]),
      encodeCursor(['0000-01-01T00:00:00.000Z', 1]),
      encodeCursor(['2026-01-01T00:00:00.000Z', 1e308]),
      encodeCursor(['2026-01-01T00:00:00.000Z', -1]),
      encodeCursor(['2026-01-01T00:00:00.000Z', 2147483648]),
      encodeCursor(['2026-01-01T00:00:00.000Z', 1.5]),
      encodeCursor(['2026-01-01T00:00:00.000Z', '1']),
      encodeCursor(['\u0000', 1]),
      Buffer.from('[{"a":1},2]').toString('base64url'),
      Buffer.from('{"__proto__":1}').toString('base64url'),
      'not-base64-!!',
    ];
    const got = [];
    for (const after of crafted) {
      got.push(codes((await t.gql(A.agent, TicketsDocument, { first: 2, after })).errors)?.[0]);
      got.push(codes((await t.gql(A.agent, TicketsDocument, { first: 2, after, orderBy: { field: 'PRIORITY', direction: 'ASC' } })).errors)?.[0]);
      got.push(codes((await t.gql(A.agent, AgenciesDocument, { first: 2, after })).errors)?.[0]);
    }
    // The agencies list is keyed by (name, id): the first two are cursors of its shape (a text, an id)
    // and simply page on from that name.
    const expected = crafted.flatMap((_, n) => ['BAD_USER_INPUT', 'BAD_USER_INPUT', n < 2 ? undefined : 'BAD_USER_INPUT']);
    expect(got.map((code, i) => [crafted[Math.floor(i / 3)], i % 3, code])).toEqual(expected.map((code, i) => [crafted[Math.floor(i / 3)], i % 3, code]));
    // A real cursor still pages.
    const first = await t.gql(A.agent, AgenciesDocument, { first: 1 });
    const next = await t.gql(A.agent, AgenciesDocument, { first: 1, after: first.data!.agencies.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.agencies.edges).toHaveLength(1);
    expect(next.data!.agencies.edges[0].node.id).not.toBe(first.data!.agencies.edges[0].node.id);
  });

  it('answers malformed months with BAD_USER_INPUT naming the field', async () => {
    for (const month of ['0000-01', '2027-13', '99999-01', '2027-1']) {
      const res = await t.gql(A.admin, InvoiceBasisMonthDocument, { month });
      expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', ['month']]]);
    }
    const ok = await t.gql(A.admin, InvoiceBasisMonthDocument, { month: '2027-05' });
    expect(ok.errors).toBeUndefined();
  });

  it('answers an instant the database cannot hold with BAD_USER_INPUT', async () => {
    const res = await t.gql(A.agent, TicketsDocument, { first: 1, filter: { createdAfter: '-271821-04-20T00:00:00.000Z' } });
    expect(codes(res.errors)).toEqual(['BAD_USER_INPUT']);
    expect((await t.gql(A.agent, UsersSearchDocument, { search: 'Ada' })).errors).toBeUndefined();
  });

  it('answers unknown or crafted query parameters of the file routes with 400 BAD_USER_INPUT', async () => {
    const get = async (path: string, email: string = A.agent) => {
      const res = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${await t.token(email)}` } });
      return [res.status, codes(((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors)?.[0]];
    };
    expect(await get('/reports/sla/chart.svg?period=2026-Q3&chart=__proto__')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/reports/sla/chart.svg?period=2026-Q3&chart=constructor')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/reports/sla.csv?period=2026-Q3&__proto__=x')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/reports/sla.csv?period=2026-Q3&period=2026-Q2')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/reports/sla.csv?period=0000-Q1')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/reports/sla.csv?from=0000-01-01&to=0000-02-01')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/invoices/0000-01.csv', A.admin)).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/invoices/2027-05.csv?month=2027-06', A.admin)).toEqual([400, 'BAD_USER_INPUT']);
  });
});

describe('issue 13 item 9: TwiML cannot be injected, and the telephony account reads no files', () => {
  it('answers 403 to the TELEPHONY account on every file route', async () => {
    const statusOf = async (path: string) => (await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${await t.token(A.telephony)}` } })).status;
    expect([await statusOf('/invoices/2027-05.csv'), await statusOf('/reports/sla.csv?period=2026-Q3'), await statusOf('/reports/sla.pdf?period=2026-Q3'), await statusOf('/reports/sla/chart.svg?period=2026-Q3')]).toEqual([
      403, 403, 403, 403,
    ]);
    const basis = await t.gql(A.telephony, InvoiceBasisMonthDocument, { month: '2027-05' });
    expect(codes(basis.errors)).toEqual(['FORBIDDEN']);
  });

  it('writes nothing of a signed request into the TwiML of a refusal', async () => {
    const url = `${base()}/ivr/twilio/wait`;
    const params = { CallSid: 'CA--->x</Say><Dial>+46700000000</Dial><!--', From: '+46701234567', To: '+46101234567' };
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(DEV_TWILIO_TOKEN, url, params) },
      body: new URLSearchParams(params).toString(),
    });
    // Signed, so 200 with TwiML (issue 16 item 7): the fixed apology, nothing of the request.
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="Polly.Astrid" language="sv-SE">Ett tekniskt fel uppstod. Försök igen senare eller kontakta oss via kundwebben. Hej då.</Say><Hangup/></Response>',
    );
  });
});
