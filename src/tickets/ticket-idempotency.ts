import { createHash } from 'node:crypto';
import { fromGlobalId } from '../platform/global-id';
import type { CreateTicketInputValue } from './ticket-input';

/**
 * The fingerprint stored with an idempotency key: a SHA-256 of the create input as the server
 * reads it (text trimmed, e-mail lower-cased, IDs by what they name, absent and empty alike), so
 * that a retry of the same request matches and a different request under the same key does not.
 * Pure.
 */
export function idempotencyHash(input: CreateTicketInputValue): string {
  const trim = (v: string | null | undefined) => (v ?? '').trim() || null;
  const id = (v: string | null | undefined) => {
    const raw = trim(v);
    if (!raw) return null;
    const parsed = fromGlobalId(raw);
    return parsed ? `${parsed.type}:${parsed.id}` : raw;
  };
  const normalised = [
    trim(input.title),
    trim(input.description),
    input.channel,
    id(input.agencyId),
    id(input.requesterId),
    input.externalRequester ? [trim(input.externalRequester.email)?.toLowerCase() ?? null, trim(input.externalRequester.name)] : null,
    id(input.serviceAreaId),
    id(input.serviceId),
    input.category,
    input.impact,
    input.urgency,
  ];
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}
