import { OptimisticLockError } from '@mikro-orm/core';
import type { Context } from '../context';
import { runClosingStatement } from '../db/closing-statement';
import { throughWriteGate } from '../db/write-gate';
import { staleVersion, UserErrorCode, UserFacingError, versionedOf } from '../errors';

export interface UserErrorValue {
  code: UserErrorCode;
  message: string;
  field?: string[];
}

export interface MutationOutcome<T> {
  result: T | null;
  userErrors: UserErrorValue[];
}

/** A mutation's payload: the result under the payload's field name, with the user errors. */
export async function payloadOf<K extends string, T>(key: K, outcome: Promise<MutationOutcome<T>>): Promise<{ [P in K]: T | null } & { userErrors: UserErrorValue[] }> {
  const { result, userErrors } = await outcome;
  return { [key]: result, userErrors } as { [P in K]: T | null } & { userErrors: UserErrorValue[] };
}

/**
 * Runs one mutation in one transaction. A UserFacingError (or a lost optimistic-lock race) rolls
 * everything back and comes back as `userErrors`; any other error propagates as a fault (and rolls
 * back too). The transaction has its own domain-event unit: gathered events (TicketChanged) are
 * settled after the work, before the commit; after-commit handlers run only once it committed.
 */
export async function runMutation<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<MutationOutcome<T>> {
  let tx: Context | undefined;
  // A transaction of its own (not a savepoint in a caller's) may commit with its closing statement.
  const own = !ctx.em.isInTransaction();
  const transaction = () =>
    ctx.em.transactional(async (em) => {
      // Assigned, not spread: a spread would drop the loaders (a getter of the unit's prototype).
      tx = Object.assign(ctx.fork(em), { domainEvents: ctx.domainEvents.begin() });
      const result = await work(tx);
      await tx.domainEvents.runPendingHandlers(tx);
      // The live events, webhook deliveries and such in one statement, after the ORM's writes and
      // with the COMMIT: the ORM's own flush and COMMIT then have nothing to send.
      await runClosingStatement(tx.em, tx.domainEvents, { commit: own });
      return result;
    });
  try {
    // A transaction of its own waits its turn (write-gate.ts); a savepoint is inside one already.
    const result = await (own ? throughWriteGate(ctx.em, transaction) : transaction());
    if (tx) await tx.domainEvents.committed(tx);
    return { result, userErrors: [] };
  } catch (err) {
    if (err instanceof UserFacingError) return { result: null, userErrors: err.toUserErrors() };
    if (err instanceof OptimisticLockError) return { result: null, userErrors: staleVersion(versionedOf(err.entity)).toUserErrors() };
    throw err;
  }
}
