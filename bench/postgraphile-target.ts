import Module from 'node:module';
import { createServer } from 'node:http';
import path from 'node:path';
import { Pool } from 'pg';

/**
 * The queue bench's peer: PostGraphile 4 serving the bench database as it is (tables exposed
 * as-is, no RLS, no auth: a throughput peer, not a product), development only. PostGraphile's
 * `condition` argument matches equality only, so the first-line queue (tier FIRST, open statuses)
 * is a set-returning SQL function marked `@sortable`; PostGraphile inlines it, orders and pages it,
 * and nests the relations with its lateral JSON sub-selects, one statement per request.
 *
 * Run as a process of its own (`node postgraphile-target.js <databaseUrl>`, as the bench forks it):
 * PostGraphile 4 needs graphql 15 (its own nested copy), while some of its hoisted helpers would
 * load the app's graphql 16 ("another module or realm"), so here every `graphql` resolves to its copy.
 */
const QUEUE_FUNCTION = `
  create or replace function bench_first_line_queue() returns setof ticket language sql stable as $$
    select * from ticket t where t.tier = 'FIRST' and t.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER')
  $$;
  comment on function bench_first_line_queue() is E'@sortable';`;

/** The same page as the API's AgentQueue and the raw SQL baseline: 50 tickets in queue order, their relations and 3 latest comments. */
export const POSTGRAPHILE_QUEUE_QUERY = `query AgentQueue {
  benchFirstLineQueue(first: 50, orderBy: [PRIORITY_ASC, CREATED_AT_ASC, ID_ASC]) {
    nodes { id number title priority status
      agency: agencyByAgencyId { id name employeeCount }
      requester: appUserByRequesterId { id name }
      group: supportGroupByGroupId { id name }
      assignee: appUserByAssigneeId { id name }
      latestComments: ticketCommentsByTicketId(first: 3, orderBy: [CREATED_AT_DESC, ID_DESC]) { nodes { id body visibility author: appUserByAuthorId { id name } } } }
  }
}`;

function postgraphileWithItsGraphql(): typeof import('postgraphile') {
  const own = path.dirname(require.resolve('graphql/package.json', { paths: [path.dirname(require.resolve('postgraphile/package.json'))] }));
  const resolver = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
  const resolve = resolver._resolveFilename;
  resolver._resolveFilename = (request, ...rest) =>
    request === 'graphql' || request.startsWith('graphql/') ? resolve.call(Module, own + request.slice('graphql'.length), ...rest) : resolve.call(Module, request, ...rest);
  return require('postgraphile') as typeof import('postgraphile');
}

export async function startPostGraphile(databaseUrl: string): Promise<{ port: number; close(): Promise<void> }> {
  const { postgraphile } = postgraphileWithItsGraphql();
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(QUEUE_FUNCTION);
  const handler = postgraphile(pool, 'public', {
    disableDefaultMutations: true,
    graphiql: false,
    watchPg: false,
    disableQueryLog: true,
    setofFunctionsContainNulls: false,
    legacyRelations: 'omit',
    ignoreRBAC: true,
    ignoreIndexes: true,
    retryOnInitFail: false,
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      await new Promise((r) => server.close(r));
      handler.release();
      await pool.end();
    },
  };
}

if (require.main === module) {
  startPostGraphile(process.argv[2]).then(
    (server) => process.send!({ port: server.port }),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
