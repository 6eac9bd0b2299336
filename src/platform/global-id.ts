import { badInput } from './errors';

/**
 * Opaque Relay global IDs: base64url of "Type:id". Clients must not parse them; the server checks
 * the type on the way in, so an agency ID passed as a ticket ID is a BAD_USER_INPUT.
 */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

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
