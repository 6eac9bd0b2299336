import { ServiceAreaCode } from '../directory/directory.enums';

/**
 * The IVR menu as data: a tree of nodes, each with its prompt, the keys it accepts and where each
 * leads, a timeout, and how many invalid or silent tries before its fallback. Pure: validation
 * and the call flow (call-flow.ts) take a menu and return values.
 */

export type MenuAction =
  | { kind: 'MENU'; node: string }
  | { kind: 'QUEUE'; serviceArea: ServiceAreaCode }
  | { kind: 'SWITCHBOARD' }
  | { kind: 'FIRST_FREE_AGENT' }
  | { kind: 'REPEAT' }
  | { kind: 'MAIN' };

/** Actions that end the menu: the call leaves the tree for a queue, the switchboard or an agent. */
export const isExit = (a: MenuAction): a is Extract<MenuAction, { kind: 'QUEUE' | 'SWITCHBOARD' | 'FIRST_FREE_AGENT' }> =>
  a.kind === 'QUEUE' || a.kind === 'SWITCHBOARD' || a.kind === 'FIRST_FREE_AGENT';

export interface Prompt {
  sv: string;
  en: string;
}

export interface MenuNode {
  prompt: Prompt;
  keys: Record<string, MenuAction>;
  timeoutSeconds: number;
  /** Invalid or silent tries before the fallback. */
  maxTries: number;
  fallback: MenuAction;
}

export interface Menu {
  root: string;
  nodes: Record<string, MenuNode>;
}

export const DTMF = /^[0-9*#]$/;

export interface MenuProblem {
  node: string | null;
  message: string;
}

/**
 * What must hold before a menu is published: the root exists; keys are DTMF characters and lead
 * to existing nodes; timeouts and tries are sensible; the fallback is not a repeat; every node is
 * reachable from the root; and from every node some way (a key or the fallback) leads out of the
 * tree, so no loop traps a caller.
 */
export function validateMenu(menu: Menu): MenuProblem[] {
  const problems: MenuProblem[] = [];
  const ids = Object.keys(menu.nodes);
  if (!menu.nodes[menu.root]) problems.push({ node: null, message: `the root "${menu.root}" is not a node` });
  const targetsOf = (node: MenuNode): string[] =>
    [...Object.values(node.keys), node.fallback].flatMap((a) => (a.kind === 'MENU' ? [a.node] : a.kind === 'MAIN' ? [menu.root] : []));

  for (const id of ids) {
    const node = menu.nodes[id];
    if (!node.prompt.sv.trim() || !node.prompt.en.trim()) problems.push({ node: id, message: 'a prompt needs Swedish and English text' });
    if (!Number.isInteger(node.timeoutSeconds) || node.timeoutSeconds < 1 || node.timeoutSeconds > 60) problems.push({ node: id, message: 'timeout must be 1 to 60 seconds' });
    if (!Number.isInteger(node.maxTries) || node.maxTries < 1 || node.maxTries > 10) problems.push({ node: id, message: 'tries must be 1 to 10' });
    if (Object.keys(node.keys).length === 0) problems.push({ node: id, message: 'a node accepts at least one key' });
    for (const [key, action] of Object.entries(node.keys)) {
      if (!DTMF.test(key)) problems.push({ node: id, message: `"${key}" is not a DTMF key` });
      if (action.kind === 'MENU' && !menu.nodes[action.node]) problems.push({ node: id, message: `key ${key} leads to "${action.node}", which is not a node` });
    }
    if (node.fallback.kind === 'REPEAT') problems.push({ node: id, message: 'the fallback cannot repeat the node' });
    if (node.fallback.kind === 'MENU' && !menu.nodes[node.fallback.node]) problems.push({ node: id, message: `the fallback leads to "${node.fallback.node}", which is not a node` });
  }

  // Reachable from the root.
  const reachable = new Set<string>();
  const stack = menu.nodes[menu.root] ? [menu.root] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (reachable.has(id) || !menu.nodes[id]) continue;
    reachable.add(id);
    stack.push(...targetsOf(menu.nodes[id]));
  }
  for (const id of ids) if (!reachable.has(id)) problems.push({ node: id, message: 'unreachable from the root' });

  // Every node can lead out of the tree (fixpoint over keys and fallback).
  const exits = new Set(ids.filter((id) => [...Object.values(menu.nodes[id].keys), menu.nodes[id].fallback].some(isExit)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of ids) {
      if (!exits.has(id) && targetsOf(menu.nodes[id]).some((t) => exits.has(t))) {
        exits.add(id);
        changed = true;
      }
    }
  }
  for (const id of ids) if (!exits.has(id)) problems.push({ node: id, message: 'a loop without an exit: no key or fallback ever leaves the menu' });
  return problems;
}
