import { compoundParts } from './compounds';

/** What fillCompoundParts needs of a connection (an EntityManager, or pg through a wrapper). */
export interface SqlRunner {
  execute(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Computes the compound parts of the Swedish articles written by raw SQL (the seed, a bulk
 * import, rows from before the column existed: `head_parts` still null), in batches; the entity
 * keeps them on every write through the ORM. Returns how many articles it indexed.
 */
export async function fillCompoundParts(db: SqlRunner, batch = 2000): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = (await db.execute(
      `select id, language, title || ' ' || coalesce(summary, '') || ' ' || array_to_string(tags, ' ') as head, body
         from kb_article where head_parts is null order by id limit ${Math.max(1, Math.floor(batch))}`,
    )) as { id: number; language: string; head: string; body: string }[];
    if (!rows.length) return done;
    const out = rows.map((r) => ({ id: r.id, h: r.language === 'SV' ? compoundParts(r.head) : '', b: r.language === 'SV' ? compoundParts(r.body) : '' }));
    await db.execute(`update kb_article a set head_parts = x.h, body_parts = x.b from json_to_recordset(?::json) as x(id int, h text, b text) where a.id = x.id`, [JSON.stringify(out)]);
    done += rows.length;
  }
}
