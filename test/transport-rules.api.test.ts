import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Production: introspection off, no suggestions. Both transports must say exactly the same. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ production: true, worker: false });
});
afterAll(() => t?.stop());

/** The errors graphql-ws answers `query` with (resolves on the first error or completion, within a deadline). */
async function overWs(query: string): Promise<{ message: string; extensions?: { code?: string } }[]> {
  const token = await t.token(A.agent);
  const client = createClient({ url: `ws://127.0.0.1:${t.port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  try {
    return await new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error('no answer over graphql-ws within 10 s')), 10_000);
      let done = false;
      const finish = (errors: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(deadline);
        resolve(errors as { message: string }[]);
      };
      client.subscribe({ query }, { next: (msg) => msg.errors && finish(msg.errors), error: (e) => finish(Array.isArray(e) ? e : [e]), complete: () => finish([]) });
    });
  } finally {
    await client.dispose();
  }
}

async function overHttp(query: string) {
  return t.post({ query }, { authorization: `Bearer ${await t.token(A.agent)}` });
}

const messages = (errors: { message: string; extensions?: { code?: string } }[] | undefined) => errors?.map((e) => [e.extensions?.code, e.message]);

describe('issue 13 item 4: the same validation rules on every transport', () => {
  it('refuses introspection over graphql-ws as over HTTP', async () => {
    // (graphql-js' own rule and wording, "more that" in the token message below included.)
    const expected = [
      ['GRAPHQL_VALIDATION_FAILED', 'GraphQL introspection has been disabled, but the requested query contained the field "__schema".'],
      ['GRAPHQL_VALIDATION_FAILED', 'GraphQL introspection has been disabled, but the requested query contained the field "types".'],
    ];
    const http = await overHttp('{ __schema { types { name } } }');
    expect(http.status).toBe(400);
    expect(messages(http.json.errors)).toEqual(expected);
    // graphql-ws runs queries too, not only subscriptions.
    expect(messages(await overWs('{ __schema { types { name } } }'))).toEqual(expected);
  });

  it('gives no "Did you mean" suggestions over graphql-ws', async () => {
    expect(messages(await overWs('subscription { slaBreachd { id } }'))).toEqual([['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "slaBreachd" on type "Subscription".']]);
    const http = await overHttp('{ tickts { totalCount } }');
    expect(messages(http.json.errors)).toEqual([['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "tickts" on type "Query".']]);
  });

  it('applies the token limit over graphql-ws as over HTTP', async () => {
    const ids = Array.from({ length: 3000 }, () => 'id').join(' ');
    const expected = [['GRAPHQL_PARSE_FAILED', 'Syntax Error: Document contains more that 3000 tokens. Parsing aborted.']];
    expect(messages(await overWs(`subscription { slaBreached { ${ids} } }`))).toEqual(expected);
    const http = await overHttp(`{ viewer { ${ids} } }`);
    expect(http.status).toBe(400);
    expect(messages(http.json.errors)).toEqual(expected);
  });

  it('applies the alias and depth limits over graphql-ws', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    expect(messages(await overWs(`subscription { slaBreached { ${aliases} } }`))).toEqual([['GRAPHQL_VALIDATION_FAILED', 'Syntax Error: Aliases limit of 15 exceeded, found 16.']]);
  });
});
