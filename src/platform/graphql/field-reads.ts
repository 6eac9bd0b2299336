/**
 * What each field of an object type reads of its root object, for a page that fetches only the
 * columns its selection needs (the ticket page's related rows): GraphQL field name → the entity
 * properties its resolver reads. A field not listed reads more than can be told here (a resolver
 * with rules or loads of its own, a field another domain adds), and a selection asking it fetches
 * the whole row, as before. Each list sits beside the type it describes; an object fetched so
 * throws on any other property it is asked (read-model.ts), so a list that says too little fails
 * loudly instead of answering a wrong null.
 */
export type FieldReads = Readonly<Record<string, readonly string[]>>;

/** The properties a selection's fields read (always `id`; sorted), or null when one of them is not listed: the whole row. Pure. */
export function propsRead(fields: Iterable<string>, reads: FieldReads): string[] | null {
  const props = new Set<string>(['id']);
  for (const field of fields) {
    if (field === '__typename') continue;
    const read = Object.hasOwn(reads, field) ? reads[field] : undefined;
    if (!read) return null;
    for (const prop of read) props.add(prop);
  }
  return [...props].sort();
}
