import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { runMutation, type MutationOutcome } from '../platform/graphql/mutation';
import { expectId } from '../platform/global-id';
import { User } from '../directory/user.entity';
import { canPublishArticles } from './knowledge-access';
import { ArticleLanguage } from './knowledge.enums';
import { KnowledgeErrorCode, knowledgeError } from './knowledge.errors';
import { SynonymEvent, SynonymGroup } from './synonym.entity';
import { sameSynonymGroupExists, synonymRows } from './synonyms.sql';

/**
 * The synonym lists knowledge editors keep, one per language: groups of words or phrases that mean
 * the same to the desk. Search applies them at query time (knowledge-search.service.ts): a question
 * word matching one term of a group also matches the group's other terms. Reading and changing the
 * lists: knowledge editors and admins. Every change is kept in kb_synonym_event.
 */

export const SYNONYM_LIMITS = { terms: 10, term: 60 } as const;

/** A group's terms, as search compares them: the stems (in its language) of each term's words. */
export interface SynonymEntry {
  terms: string[];
  /** For each term: its lexemes, space-separated (to_tsvector of the language). */
  keys: string[];
}

let cached: { at: number; byLanguage: Map<ArticleLanguage, SynonymEntry[]> } | null = null;
const TTL_MS = 30_000;

/** Forgets the cached lists (after a change in this process; other processes pick it up within 30 s). */
export function forgetSynonyms(): void {
  cached = null;
}

/** Every synonym group with its terms' lexemes, by language (cached). */
export async function synonymEntries(em: EntityManager): Promise<Map<ArticleLanguage, SynonymEntry[]>> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.byLanguage;
  const rows = await synonymRows(em);
  const byLanguage = new Map<ArticleLanguage, SynonymEntry[]>();
  for (const r of rows) byLanguage.set(r.language, [...(byLanguage.get(r.language) ?? []), { terms: r.terms, keys: r.keys }]);
  cached = { at: Date.now(), byLanguage };
  return byLanguage;
}

function requireEditor(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (!canPublishArticles(viewer)) throw forbidden('synonyms are kept by knowledge editors and admins');
  return viewer;
}

/** The terms as stored: trimmed, single spaces, lower-case, once each. Pure. */
export function normaliseTerms(terms: string[]): string[] {
  return [...new Set(terms.map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
}

export async function listSynonyms(ctx: Context, language: ArticleLanguage): Promise<SynonymGroup[]> {
  requireEditor(ctx);
  return ctx.em.find(SynonymGroup, { language }, { orderBy: { id: 'asc' } });
}

export async function addSynonymGroup(ctx: Context, language: ArticleLanguage, input: string[]): Promise<MutationOutcome<SynonymGroup>> {
  const viewer = requireEditor(ctx);
  return runMutation(ctx, async (tx) => {
    const terms = normaliseTerms(input);
    if (terms.length < 2) throw knowledgeError(KnowledgeErrorCode.SYNONYM_TERMS_TOO_FEW);
    if (terms.length > SYNONYM_LIMITS.terms) throw knowledgeError(KnowledgeErrorCode.SYNONYM_TERMS_TOO_MANY, { max: SYNONYM_LIMITS.terms });
    const i = terms.findIndex((t) => t.length > SYNONYM_LIMITS.term || /[\u0000-\u001f]/.test(t));
    if (i >= 0) throw knowledgeError(KnowledgeErrorCode.SYNONYM_TERM_MALFORMED, { max: SYNONYM_LIMITS.term, index: i });
    if (await sameSynonymGroupExists(tx.em, language, terms)) throw knowledgeError(KnowledgeErrorCode.SYNONYM_GROUP_EXISTS);
    const at = new Date();
    const actor = tx.em.getReference(User, viewer.userId);
    const group = tx.em.create(SynonymGroup, { language, terms, createdBy: actor, createdAt: at });
    await tx.em.flush();
    tx.em.create(SynonymEvent, { groupId: group.id, language, terms, action: 'ADDED', actor, at });
    await tx.em.flush();
    forgetSynonyms();
    return group;
  });
}

export async function removeSynonymGroup(ctx: Context, id: string): Promise<MutationOutcome<SynonymGroup>> {
  const viewer = requireEditor(ctx);
  return runMutation(ctx, async (tx) => {
    const group = await tx.em.findOne(SynonymGroup, { id: expectId(id, 'SynonymGroup', 'groupId') });
    if (!group) throw knowledgeError(KnowledgeErrorCode.SYNONYM_GROUP_NOT_FOUND);
    tx.em.create(SynonymEvent, { groupId: group.id, language: group.language, terms: group.terms, action: 'REMOVED', actor: tx.em.getReference(User, viewer.userId), at: new Date() });
    const removed = { ...group } as SynonymGroup;
    tx.em.remove(group);
    await tx.em.flush();
    forgetSynonyms();
    return removed;
  });
}

export async function synonymHistory(ctx: Context, language: ArticleLanguage): Promise<SynonymEvent[]> {
  requireEditor(ctx);
  return ctx.em.find(SynonymEvent, { language }, { orderBy: { id: 'desc' }, limit: 200, populate: ['actor'] });
}
