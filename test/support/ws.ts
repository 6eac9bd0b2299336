import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signDevToken } from '../../src/platform/auth/tokens';
import { TEST_SECRET } from './test-app';

/**
 * A graphql-ws subscriber signed in as `email` on the instance at `port`: collects what `pick`
 * takes of each result (or the errors) until closed.
 */
export function subscribeOver<R, V, T = R>(port: number, email: string, document: TypedDocumentNode<R, V>, variables?: V, pick: (data: R) => T = (d) => d as unknown as T) {
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: async () => ({ authorization: `Bearer ${await signDevToken(TEST_SECRET, email)}` }),
  });
  const received: T[] = [];
  const errors: unknown[] = [];
  client.subscribe<R>(
    { query: print(document), variables: (variables ?? {}) as Record<string, unknown> },
    { next: (msg) => (msg.errors ? errors.push(msg.errors) : msg.data && received.push(pick(msg.data as R))), error: (e) => errors.push(e), complete: () => undefined },
  );
  const close = async () => {
    open.delete(close);
    await client.dispose();
  };
  open.add(close);
  return { received, errors, close };
}

const open = new Set<() => Promise<void>>();

/** Closes every subscriber still open (an afterEach: a failed test leaves none live for the next). */
export async function closeSubscribers(): Promise<void> {
  for (const close of [...open]) await close();
}
