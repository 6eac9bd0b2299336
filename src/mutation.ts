import { OptimisticLockError } from '@mikro-orm/core';
import { createLoaders, type Context } from './context';
import { UserErrorCode, UserFacingError } from './platform/errors';

export interface UserErrorValue {
  code: UserErrorCode;
  message: string;
  field?: string[];
}

/**
 * Runs one mutation in one transaction. A UserFacingError (or a lost optimistic-lock race) rolls
 * everything back and comes back as `userErrors`; any other error propagates as a fault (and rolls
 * back too). Work queued on `afterCommit` runs only once the transaction has committed.
 */
export async function runMutation<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<{ result: T | null; userErrors: UserErrorValue[] }> {
  let tx: Context | undefined;
  try {
    const result = await ctx.em.transactional(async (em) => {
      tx = { ...ctx, em, loaders: createLoaders(em, ctx.viewer, ctx.clock), beforeCommit: [], afterCommit: [] };
      const result = await work(tx);
      // Hooks may add hooks (an SLA change records history): run until none is left.
      for (let i = 0; i < tx.beforeCommit.length; i++) await tx.beforeCommit[i]();
      return result;
    });
    for (const hook of tx?.afterCommit ?? []) hook();
    return { result, userErrors: [] };
  } catch (err) {
    if (err instanceof UserFacingError) return { result: null, userErrors: err.toUserErrors() };
    if (err instanceof OptimisticLockError)
      return {
        result: null,
        userErrors: [{ code: UserErrorCode.CONFLICT, message: 'the ticket was changed by someone else; reload it and try again', field: ['input', 'expectedVersion'] }],
      };
    throw err;
  }
}
