import { badInput } from './errors';

/**
 * Opaque Relay global IDs: base64url of "Type:id". Clients must not parse them; the server checks
 * the type on the way in, so an agency ID passed as a ticket ID is a BAD_USER_INPUT.
 */
export function toGlobalId(type: string, id: number): string {
  let known = encoded.get(type);
  if (!known) encoded.set(type, (known = new Map()));
  let globalId = known.get(id);
  if (globalId === undefined) {
    globalId = Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
    // Only a bound on memory: the ids a server answers with again and again (a queue's) stay.
    if (known.size >= IDS_PER_TYPE) known.clear();
    known.set(id, globalId);
  }
  return globalId;
}

/**
 * IDs already encoded, per type: a queue page answers some 550 (its tickets, their people and
 * comments), and each took a Buffer and its base64 (~0.2 µs and garbage) where a lookup is 0.02 µs.
 */
const encoded = new Map<string, Map<number, string>>();
const IDS_PER_TYPE = 20_000;

export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 100) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  if (id > 2147483647) return null;
  return { type: match[1], id };
}

/** The numeric key of a global ID of the expected type, or a BAD_USER_INPUT naming the field. */
export function expectId(globalId: string, type: string, ...field: string[]): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(`not a ${type} ID`, ...field);
  return parsed.id;
}
