import type { IvrActionKind, IvrMenuInput, ServiceAreaCode } from '../../gql/graphql';

/**
 * The IVR editor's working copy of a menu tree, as its inputs hold it (strings), with a stable
 * `uid` per node and key so React keeps focus while ids and keys are edited. Pure: no React.
 */

export const ACTION_KINDS: IvrActionKind[] = ['MENU', 'QUEUE', 'SWITCHBOARD', 'FIRST_FREE_AGENT', 'REPEAT', 'MAIN'];
export const AREA_CODES: ServiceAreaCode[] = ['PAYROLL', 'FINANCE', 'ECOMMERCE'];

export interface ActionDraft { kind: IvrActionKind; node: string; serviceArea: ServiceAreaCode | '' }
export interface KeyDraft { uid: string; key: string; action: ActionDraft }
export interface NodeDraft {
  uid: string;
  id: string;
  promptSv: string;
  promptEn: string;
  timeoutSeconds: string;
  maxTries: string;
  keys: KeyDraft[];
  fallback: ActionDraft;
}
export interface MenuDraft { root: string; note: string; nodes: NodeDraft[] }
/** A user error as the menu mutations give it. */
export interface MenuUserError { code: string; message: string; field?: readonly string[] | null }

/** A version as the API gives it (the node id aliased as nodeId: see IvrEditor's query). */
export interface VersionNodes {
  root: string;
  note?: string | null;
  nodes: readonly {
    nodeId: string;
    prompt: { sv: string; en: string };
    keys: readonly { key: string; action: { kind: IvrActionKind; node?: string | null; serviceArea?: ServiceAreaCode | null } }[];
    timeoutSeconds: number;
    maxTries: number;
    fallback: { kind: IvrActionKind; node?: string | null; serviceArea?: ServiceAreaCode | null };
  }[];
}

let next = 0;
export const uid = (prefix: string) => `${prefix}${++next}`;

const actionDraft = (a: VersionNodes['nodes'][number]['fallback']): ActionDraft => ({ kind: a.kind, node: a.node ?? '', serviceArea: a.serviceArea ?? '' });

export function draftOf(version: VersionNodes, note = version.note ?? ''): MenuDraft {
  return {
    root: version.root,
    note,
    nodes: version.nodes.map((n) => ({
      uid: uid('n'),
      id: n.nodeId,
      promptSv: n.prompt.sv,
      promptEn: n.prompt.en,
      timeoutSeconds: String(n.timeoutSeconds),
      maxTries: String(n.maxTries),
      keys: n.keys.map((k) => ({ uid: uid('k'), key: k.key, action: actionDraft(k.action) })),
      fallback: actionDraft(n.fallback),
    })),
  };
}

export function emptyNode(id: string): NodeDraft {
  return { uid: uid('n'), id, promptSv: '', promptEn: '', timeoutSeconds: '5', maxTries: '3', keys: [], fallback: { kind: 'SWITCHBOARD', node: '', serviceArea: '' } };
}

export const emptyKey = (): KeyDraft => ({ uid: uid('k'), key: '', action: { kind: 'SWITCHBOARD', node: '', serviceArea: '' } });

const int = (s: string) => (/^-?\d+$/.test(s.trim()) ? Number(s.trim()) : 0);
const actionInput = (a: ActionDraft) => ({
  kind: a.kind,
  node: a.kind === 'MENU' ? a.node || null : null,
  serviceArea: a.kind === 'QUEUE' ? a.serviceArea || null : null,
});

/** The saveIvrMenuDraft input: the whole tree. A number the inputs cannot read goes as 0, for the API to refuse at publish. */
export function inputOf(d: MenuDraft): IvrMenuInput {
  return {
    root: d.root,
    note: d.note.trim() || null,
    nodes: d.nodes.map((n) => ({
      id: n.id.trim(),
      promptSv: n.promptSv,
      promptEn: n.promptEn,
      timeoutSeconds: int(n.timeoutSeconds),
      maxTries: int(n.maxTries),
      keys: n.keys.map((k) => ({ key: k.key.trim(), action: actionInput(k.action) })),
      fallback: actionInput(n.fallback),
    })),
  };
}

/** Whether the working copy says the same as a saved version (trimmed prompts as the API keeps them). */
export function sameTree(d: MenuDraft, saved: VersionNodes | null): boolean {
  if (!saved) return false;
  const norm = (i: IvrMenuInput) => JSON.stringify({ ...i, nodes: i.nodes.map((n) => ({ ...n, promptSv: n.promptSv.trim(), promptEn: n.promptEn.trim(), keys: [...n.keys].sort((a, b) => a.key.localeCompare(b.key)) })).sort((a, b) => a.id.localeCompare(b.id)) });
  return norm(inputOf(d)) === norm(inputOf(draftOf(saved, d.note)));
}

/** Each node of the working copy against the published version: new, changed, or the same (null); and the ids it no longer has. */
export function changesFrom(d: MenuDraft, published: VersionNodes | null): { byUid: Record<string, 'added' | 'changed' | null>; removed: string[] } {
  const byUid: Record<string, 'added' | 'changed' | null> = {};
  if (!published) return { byUid, removed: [] };
  const before = inputOf(draftOf(published));
  const now = inputOf(d);
  const key = (n: IvrMenuInput['nodes'][number]) => JSON.stringify({ ...n, keys: [...n.keys].sort((a, b) => a.key.localeCompare(b.key)) });
  d.nodes.forEach((n, i) => {
    const old = before.nodes.find((o) => o.id === n.id.trim());
    byUid[n.uid] = !old ? 'added' : key(old) === key(now.nodes[i]!) ? null : 'changed';
  });
  const ids = new Set(now.nodes.map((n) => n.id));
  return { byUid, removed: before.nodes.map((n) => n.id).filter((id) => !ids.has(id)) };
}

/** User errors and publish problems sorted to where the editor shows them. */
export interface PlacedErrors {
  /** By node uid: messages about the node, and by field inside it ("id", "keys.1.key", "keys.0.action.node", "fallback"…). */
  nodes: Record<string, { messages: string[]; fields: Record<string, string> }>;
  root: string[];
  general: string[];
}
export const NOTHING_PLACED: PlacedErrors = { nodes: {}, root: [], general: [] };

/**
 * Places each error at its node: a save error names ["input", "nodes", <index>, …] of the tree as
 * sent; a publish problem names ["nodes", <node id>] or ["root"].
 */
export function placeErrors(errors: readonly MenuUserError[], sent: MenuDraft): PlacedErrors {
  const out: PlacedErrors = { nodes: {}, root: [], general: [] };
  const at = (uidOf: string) => (out.nodes[uidOf] ??= { messages: [], fields: {} });
  for (const e of errors) {
    const f = e.field ?? [];
    if (f[0] === 'input' && f[1] === 'nodes' && f[2] !== undefined && sent.nodes[Number(f[2])]) {
      const node = at(sent.nodes[Number(f[2])]!.uid);
      const inner = f.slice(3).join('.');
      if (inner) node.fields[inner] = node.fields[inner] ? `${node.fields[inner]} ${e.message}` : e.message;
      node.messages.push(e.message);
    } else if (f[0] === 'nodes' && f[1] !== undefined && sent.nodes.some((n) => n.id.trim() === f[1])) {
      at(sent.nodes.find((n) => n.id.trim() === f[1])!.uid).messages.push(e.message);
    } else if ((f[0] === 'root' || (f[0] === 'input' && f[1] === 'root'))) out.root.push(e.message);
    else out.general.push(e.message);
  }
  return out;
}
