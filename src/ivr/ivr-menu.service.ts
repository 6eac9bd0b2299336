import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../platform/context';
import { Role, ServiceAreaCode } from '../directory/directory.enums';
import { runMutation } from '../platform/graphql/mutation';
import { DomainError, forbidden } from '../platform/errors';
import { requireViewer } from '../platform/auth/viewer';
import { DTMF, validateMenu, type Menu, type MenuAction, type MenuNode } from './ivr-menu';
import { IvrEntryPoint, IvrMenuVersion } from './ivr-menu-version.entity';
import { MenuVersionStatus } from './ivr.enums';
import { lockMenuDrafts, nextMenuVersion } from './ivr.sql';
import { IVR_READERS } from './call-access';
import { ivrError, IvrErrorCode, problemText } from './ivr.errors';
import { auditDraft, auditPublish, menuSnapshot } from './ivr-menu-audit';

/** Published and retired versions never change: their trees are cached by row id for the call flow. */
const frozen = new Map<number, Menu>();

export async function menuOf(em: EntityManager, versionId: number): Promise<Menu> {
  const cached = frozen.get(versionId);
  if (cached) return cached;
  const version = await em.findOneOrFail(IvrMenuVersion, versionId);
  if (version.status !== MenuVersionStatus.DRAFT) frozen.set(versionId, version.definition);
  return version.definition;
}


/** `ivrMenu(version)`: the published tree, or a given version (drafts: admins only). */
export async function findMenuVersion(ctx: Context, version?: number | null): Promise<IvrMenuVersion | null> {
  const viewer = requireViewer(ctx);
  if (!IVR_READERS.has(viewer.role)) throw forbidden('the IVR menu is for staff and the telephony gateway');
  if (version === undefined || version === null) return ctx.em.findOne(IvrMenuVersion, { status: MenuVersionStatus.PUBLISHED });
  const found = await ctx.em.findOne(IvrMenuVersion, { version });
  if (found?.status === MenuVersionStatus.DRAFT && viewer.role !== Role.ADMIN) return null;
  return found;
}

export async function findMenuVersionById(ctx: Context, id: number): Promise<IvrMenuVersion | null> {
  const viewer = requireViewer(ctx);
  if (!IVR_READERS.has(viewer.role)) return null;
  const found = await ctx.em.findOne(IvrMenuVersion, { id });
  return found?.status === MenuVersionStatus.DRAFT && viewer.role !== Role.ADMIN ? null : found;
}

/** The numbers calls arrive on (staff and the gateway). */
export async function listEntryPoints(ctx: Context): Promise<IvrEntryPoint[]> {
  const viewer = requireViewer(ctx);
  if (!IVR_READERS.has(viewer.role)) throw forbidden('entry points are for staff and the telephony gateway');
  return ctx.em.find(IvrEntryPoint, {}, { orderBy: { id: 'asc' } });
}

export async function findEntryPoint(ctx: Context, id: number): Promise<IvrEntryPoint | null> {
  const viewer = requireViewer(ctx);
  return IVR_READERS.has(viewer.role) ? ctx.em.findOne(IvrEntryPoint, { id }) : null;
}

export async function listMenuVersions(ctx: Context): Promise<IvrMenuVersion[]> {
  requireAdmin(ctx);
  return ctx.em.find(IvrMenuVersion, {}, { orderBy: { version: 'desc' } });
}

function requireAdmin(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.ADMIN) throw forbidden('only an admin edits and publishes the IVR menu');
  return viewer;
}

/** The GraphQL input of a menu: nodes as a list, keys as a list (GraphQL has no maps). */
export interface MenuActionInputValue {
  kind: MenuActionKindValue;
  node?: string | null;
  serviceArea?: ServiceAreaCode | null;
}
export type MenuActionKindValue = MenuAction['kind'];
export interface MenuNodeInputValue {
  id: string;
  promptSv: string;
  promptEn: string;
  keys: { key: string; action: MenuActionInputValue }[];
  timeoutSeconds: number;
  maxTries: number;
  fallback: MenuActionInputValue;
}
export interface MenuInputValue {
  root: string;
  nodes: MenuNodeInputValue[];
  note?: string | null;
}

const LIMITS = { nodes: 50, keys: 12, prompt: 1000, id: 40, note: 500 };
const NODE_ID = /^[a-z][a-z0-9_-]{0,39}$/;

/** Turns the input into a menu, refusing what is malformed (the tree's soundness is checked on publish). */
export function menuFromInput(input: MenuInputValue): Menu {
  if (!input.nodes.length || input.nodes.length > LIMITS.nodes) throw ivrError(IvrErrorCode.MENU_NODE_COUNT, { max: LIMITS.nodes });
  const nodes: Record<string, MenuNode> = {};
  input.nodes.forEach((n, i) => {
    const at = (...f: string[]) => ['input', 'nodes', String(i), ...f];
    if (!NODE_ID.test(n.id)) throw ivrError(IvrErrorCode.MENU_NODE_ID_MALFORMED, { field: at('id') });
    if (nodes[n.id]) throw ivrError(IvrErrorCode.MENU_NODE_ID_DUPLICATE, { id: n.id, field: at('id') });
    if (n.promptSv.length > LIMITS.prompt || n.promptEn.length > LIMITS.prompt)
      throw ivrError(IvrErrorCode.MENU_PROMPT_TOO_LONG, { max: LIMITS.prompt, field: at('promptSv') });
    if (n.keys.length > LIMITS.keys) throw ivrError(IvrErrorCode.MENU_NODE_KEYS_TOO_MANY, { max: LIMITS.keys, field: at('keys') });
    const keys: Record<string, MenuAction> = {};
    n.keys.forEach((k, j) => {
      if (!DTMF.test(k.key)) throw ivrError(IvrErrorCode.MENU_KEY_NOT_DTMF, { key: k.key, field: at('keys', String(j), 'key') });
      if (keys[k.key]) throw ivrError(IvrErrorCode.MENU_KEY_DUPLICATE, { key: k.key, field: at('keys', String(j), 'key') });
      keys[k.key] = actionFromInput(k.action, at('keys', String(j), 'action'));
    });
    nodes[n.id] = {
      prompt: { sv: n.promptSv.trim(), en: n.promptEn.trim() },
      keys,
      timeoutSeconds: n.timeoutSeconds,
      maxTries: n.maxTries,
      fallback: actionFromInput(n.fallback, at('fallback')),
    };
  });
  return { root: input.root, nodes };
}

function actionFromInput(a: MenuActionInputValue, field: string[]): MenuAction {
  switch (a.kind) {
    case 'MENU':
      if (!a.node) throw ivrError(IvrErrorCode.MENU_ACTION_WITHOUT_NODE, { field });
      return { kind: 'MENU', node: a.node };
    case 'QUEUE':
      if (!a.serviceArea) throw ivrError(IvrErrorCode.QUEUE_ACTION_WITHOUT_AREA, { field });
      return { kind: 'QUEUE', serviceArea: a.serviceArea };
    default:
      return { kind: a.kind };
  }
}

/**
 * Saves the admin's draft: the one draft is replaced, or a new draft is started with the next
 * version number. Drafts may be unfinished; nothing calls use changes.
 */
export function saveMenuDraft(ctx: Context, input: MenuInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireAdmin(tx);
    const definition = menuFromInput(input);
    const note = input.note?.trim() || undefined;
    if (note && note.length > LIMITS.note) throw ivrError(IvrErrorCode.MENU_NOTE_TOO_LONG, { max: LIMITS.note });
    // Serialise draft edits: two admins saving at once must not both start a draft.
    await lockMenuDrafts(tx.em);
    const now = tx.clock.now();
    let draft = await tx.em.findOne(IvrMenuVersion, { status: MenuVersionStatus.DRAFT });
    const before = draft && menuSnapshot(draft);
    if (draft) Object.assign(draft, { definition, note, updatedAt: now });
    else {
      const next = await nextMenuVersion(tx.em);
      draft = tx.em.create(IvrMenuVersion, {
        version: next,
        status: MenuVersionStatus.DRAFT,
        definition,
        note,
        createdBy: viewer.userId,
        createdAt: now,
        updatedAt: now,
      } as never) as IvrMenuVersion;
    }
    await tx.em.flush();
    await auditDraft(tx, draft, before);
    return draft;
  });
}

/**
 * Publishes the draft `version`: it must be sound (validateMenu); the version published until now
 * is retired, and calls in progress keep the one they started with.
 */
export function publishMenu(ctx: Context, version: number) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireAdmin(tx);
    await lockMenuDrafts(tx.em);
    const draft = await tx.em.findOne(IvrMenuVersion, { version }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!draft) throw ivrError(IvrErrorCode.MENU_VERSION_NOT_FOUND, { version });
    if (draft.status !== MenuVersionStatus.DRAFT) throw ivrError(IvrErrorCode.MENU_VERSION_NOT_DRAFT, { version, status: draft.status });
    const problems = validateMenu(draft.definition);
    if (problems.length) throw new MenuProblems(problems.map((p) => ({ node: p.node, message: p.message })));
    const before = menuSnapshot(draft);
    const current = await tx.em.findOne(IvrMenuVersion, { status: MenuVersionStatus.PUBLISHED }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (current) {
      current.status = MenuVersionStatus.RETIRED;
      await tx.em.flush();
    }
    Object.assign(draft, { status: MenuVersionStatus.PUBLISHED, publishedAt: tx.clock.now(), publishedBy: viewer.userId });
    await tx.em.flush();
    await auditPublish(tx, draft, before, current);
    return draft;
  });
}

/** Every problem found on publish, each as its own user error pointing at its node. */
export class MenuProblems extends DomainError<IvrErrorCode.MENU_NOT_PUBLISHABLE> {
  constructor(readonly problems: { node: string | null; message: string }[]) {
    const summary = ivrError(IvrErrorCode.MENU_NOT_PUBLISHABLE, { problems });
    super(summary.reason, { code: summary.code, message: summary.message, field: summary.field });
  }

  override toUserErrors() {
    return this.problems.map((p) => ({ code: this.code, message: problemText(p), field: p.node ? ['nodes', p.node] : ['root'] }));
  }
}
