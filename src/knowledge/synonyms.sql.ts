import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../platform/db/sql';
import type { ArticleLanguage } from './knowledge.enums';

/** Every synonym group with each term's lexemes in its language (space-separated), by id. */
export function synonymRows(em: EntityManager): Promise<{ language: ArticleLanguage; terms: string[]; keys: string[] }[]> {
  return em.execute(
    `select g.language, g.terms,
            array(select array_to_string(tsvector_to_array(to_tsvector(kb_config(g.language), t)), ' ') from unnest(g.terms) with ordinality u(t, n) order by n) as keys
       from kb_synonym_group g order by g.id`,
  );
}

/** Whether the language's list already has a group of exactly these terms (in any order). */
export async function sameSynonymGroupExists(em: EntityManager, language: ArticleLanguage, terms: string[]): Promise<boolean> {
  const rows = await em.execute<{ id: number }[]>(`select id from kb_synonym_group where language = ? and terms @> ?::text[] and terms <@ ?::text[] limit 1`, [
    language,
    pgArray(terms),
    pgArray(terms),
  ]);
  return rows.length > 0;
}
