import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import type { NamedRef } from './ticket-history';

const ENTITIES = { User, SupportGroup, ServiceArea, Service } as const;

/** The named reference of a directory object for a history event; null for none. */
export async function namedRef(tx: Context, type: keyof typeof ENTITIES, id: number | null | undefined): Promise<NamedRef | null> {
  if (id === null || id === undefined) return null;
  const row = (await tx.em.findOne(ENTITIES[type] as never, id as never)) as { name: string } | null;
  return row ? { type, id, name: row.name } : null;
}

/** The same for an object already loaded. */
export const refOf = (type: keyof typeof ENTITIES, row: { id: number; name: string } | null | undefined): NamedRef | null =>
  row ? { type, id: row.id, name: row.name } : null;

/** A stored "Type:id" reference as a global ID. */
export function refToGlobalId(ref: string | null | undefined): string | null {
  const match = ref ? /^([A-Za-z]+):([0-9]+)$/.exec(ref) : null;
  return match ? toGlobalId(match[1], Number(match[2])) : null;
}
