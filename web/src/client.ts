import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange, type Exchange } from 'urql';
import { bearerToken, onTokenRenewed } from './auth';
import { EMBEDDED_TYPES } from './gql/embedded-types';

/**
 * Types without an `id` (from the schema), embedded in their parent, never normalised on their own;
 * and the IVR menu's nodes, whose id ("main") is unique only within their menu version.
 */
const EMBEDDED = [...EMBEDDED_TYPES, 'IvrMenuNode'];

/** Drops every cached `field` of an entity (all argument sets), so the screens showing it query it again. */
function invalidateField(cache: Cache, entity: string | null, field: string): void {
  if (!entity) return;
  for (const f of cache.inspectFields(entity)) if (f.fieldName === field) cache.invalidate(entity, f.fieldName, f.arguments);
}

/** The queues' lists and counts: a changed ticket may enter or leave any of them. */
function invalidateQueues(cache: Cache): void {
  invalidateField(cache, 'Query', 'tickets');
}

function invalidateTimeline(cache: Cache, ticketId: string): void {
  const key = cache.keyOfEntity({ __typename: 'Ticket', id: ticketId });
  invalidateField(cache, key, 'history');
  invalidateField(cache, key, 'comments');
}

/** The mutations that change a ticket: its timeline and the queues it is in are read again. */
const TICKET_CHANGES = [
  'addTicketComment', 'assignTicket', 'setTicketStatus', 'resolveTicket', 'closeTicket', 'reopenTicket',
  'escalateTicket', 'referTicketToVendor', 'recordVendorResponse', 'returnTicket', 'updateTicket',
] as const;

/**
 * The built console sends each operation as the hash codegen gave it (`__meta__.hash`, the key of
 * web/src/gql/persisted-documents.json), for queries, mutations and subscriptions alike: a
 * production server runs nothing else. Over POST (Apollo's CSRF guard refuses a simple GET). An
 * unknown hash (PersistedQueryNotFound: a development server with an older manifest) is sent again
 * with its document. The development build (`npm run web:dev`) sends documents.
 */
const persisted: Exchange[] = import.meta.env.PROD
  ? [
      persistedExchange({
        preferGetForPersistedQueries: false,
        enableForMutation: true,
        enableForSubscriptions: true,
        generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? null,
      }),
    ]
  : [];

/**
 * The console's GraphQL client: a normalised cache keyed by the Node ids (a ticket changed by a
 * subscription or a mutation changes in place on every screen), HTTP for queries and mutations,
 * graphql-ws on the same /graphql URL for subscriptions, both with the bearer token: the current one
 * (`bearerToken()`, renewed in place by OIDC sign-in), else the session's `token`. After a renewal
 * the socket reconnects with the new token (the server closes one whose token expires), and its
 * subscriptions resume.
 */
export function createConsoleClient(token: string, onSocket?: (connected: boolean) => void): { client: Client; dispose(): void } {
  const bearer = () => `Bearer ${bearerToken() ?? token}`;
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({
    url: wsUrl,
    connectionParams: () => ({ authorization: bearer() }),
    lazy: true,
    retryAttempts: Infinity,
    on: { connected: () => onSocket?.(true), closed: () => onSocket?.(false) },
  });
  const client = new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    // POST with JSON: Apollo's CSRF guard refuses a GET without a preflight header, and bodies stay out of logs.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: bearer() } }),
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED.map((t) => [t, () => null])),
        updates: {
          Subscription: {
            ticketUpdated: (_result, _args, cache) => invalidateQueues(cache),
            // A ticket the queues had no id for (new, or moved into a group): every list may change.
            queueTicketChanged: (_result, _args, cache) => invalidateQueues(cache),
            ticketEvents: (_result, args, cache) => invalidateTimeline(cache, args.ticketId as string),
          },
          Mutation: Object.fromEntries(
            TICKET_CHANGES.map((name) => [
              name,
              (_result: unknown, args: Record<string, unknown>, cache: Cache) => {
                invalidateTimeline(cache, args.ticketId as string);
                invalidateQueues(cache);
              },
            ]),
          ),
        },
      }),
      ...persisted,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
      fetchExchange,
    ],
  });
  const stopRenewals = onTokenRenewed(() => ws.terminate());
  return {
    client,
    dispose: () => {
      stopRenewals();
      void ws.dispose();
    },
  };
}
