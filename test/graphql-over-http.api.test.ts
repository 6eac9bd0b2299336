import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { auditServer, type AuditResult } from 'graphql-http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let plain: { server: Server; apollo: ApolloServer; url: string };

/** Plain Apollo Server 5 on express 5, as its documentation sets it up: the baseline. */
async function startPlainApollo() {
  const apollo = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, apollo, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  plain = await startPlainApollo();
});
afterAll(async () => {
  await plain?.apollo.stop();
  await new Promise((resolve) => plain?.server.close(resolve));
  await t?.stop();
});

const notOk = (results: AuditResult[]) => results.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.status} ${r.name}`);

describe('GraphQL-over-HTTP audit (graphql-http auditServer)', () => {
  it('shows no warning or error beyond plain Apollo Server 5', async () => {
    const baseline = notOk(await auditServer({ url: plain.url }));
    const ours = notOk(await auditServer({ url: t.url }));
    // What plain Apollo Server 5 does not do, and so neither do we:
    // - three MAYs: GET with form-encoded bodies, and `variables` as a URL-encoded JSON string in GETs
    //   (Apollo reads GET variables but the audit's form is not among the ones it accepts);
    // - three SHOULDs about application/json: Apollo answers parse, validation and variable-coercion
    //   failures with 400 under application/json too (the spec's legacy-client SHOULD asks for 200);
    //   it is a deliberate Apollo choice, and a 400 is what our clients and the issue ask for.
    // Before issue 13 we failed two more: 556A and 74FF, 400 on parse and validation failures under
    // application/graphql-response+json (armor's limits threw out of parse/validate: HTTP 500).
    const expected = [
      '5A70 notice MAY accept application/x-www-form-urlencoded formatted GET requests',
      'D6D5 notice MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
      '6A70 notice MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
      '572B warn SHOULD use 200 status code on document parsing failure when accepting application/json',
      'FDE2 warn SHOULD use 200 status code on document validation failure when accepting application/json',
      '7B9B warn SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ];
    expect(baseline).toEqual(expected);
    expect(ours).toEqual(expected);
  });
});

describe('keep-alive', () => {
  it('keeps an idle connection open past Node\'s default 5 s, so a client reusing it is not reset', async () => {
    const { request, Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = () =>
      new Promise<{ status: number; localPort: number; keepAlive: string }>((resolve, reject) => {
        const req = request(t.url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, localPort: req.socket!.localPort!, keepAlive: String(res.headers['keep-alive']) }));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ query: '{ __typename }' }));
      });
    try {
      const first = await post();
      expect(first).toMatchObject({ status: 200, keepAlive: 'timeout=65' });
      // Idle past the old 5 s: the scenario itself, not a wait for something to happen.
      await new Promise((r) => setTimeout(r, 5_500));
      const second = await post();
      // The same socket, still open: the server did not close it under the client.
      expect(second).toEqual({ ...first });
    } finally {
      agent.destroy();
    }
  });
});
