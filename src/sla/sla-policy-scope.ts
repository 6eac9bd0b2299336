import { FlushMode } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import { SlaPolicy } from './sla-policy.entity';
import { slaError, SlaErrorCode } from './sla.errors';

/**
 * One active policy per scope and rank. A policy whose scope (area, priority, service, agency) is
 * exactly another active policy's used to be saved and never applied (the matcher took the older
 * one); now it is refused naming the policy in the way, unless the admin ranks it explicitly.
 */
export async function checkScope(tx: Context, policy: SlaPolicy, rank: number | null | undefined): Promise<void> {
  if (rank !== undefined && rank !== null) {
    if (!Number.isInteger(rank) || rank < 1 || rank > 99) throw slaError(SlaErrorCode.POLICY_RANK_OUT_OF_RANGE);
    policy.rank = rank;
  }
  if (!policy.active) return;
  const sameScope = await tx.em.find(
    SlaPolicy,
    {
      serviceArea: policy.serviceArea.id,
      priority: policy.priority,
      service: policy.service?.id ?? null,
      agency: policy.agency?.id ?? null,
      active: true,
      rank: policy.rank,
      ...(policy.id ? { id: { $ne: policy.id } } : {}),
    },
    // Not flushed first: this policy's unsaved scope would meet the unique index before the typed error.
    { orderBy: { id: 'asc' }, limit: 1, flushMode: FlushMode.COMMIT },
  );
  const [taken] = sameScope;
  if (!taken) return;
  throw slaError(rank === undefined || rank === null ? SlaErrorCode.POLICY_SCOPE_TAKEN : SlaErrorCode.POLICY_RANK_TAKEN, { name: taken.name, rank: taken.rank });
}
