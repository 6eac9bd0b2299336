import { DTMF, isExit, type Menu, type MenuAction, type MenuNode, type Prompt } from './ivr-menu';

/** Where a call is in the menu. */
export interface CallPosition {
  node: string;
  /** Invalid or silent tries at this node. */
  tries: number;
}

export type CallInput = { digits: string } | { silence: true };

export type StepResult =
  /** Stay in the menu: say this prompt (with an "invalid choice" note when `invalid`). */
  | { kind: 'PROMPT'; position: CallPosition; prompt: Prompt; timeoutSeconds: number; invalid: boolean }
  /** Leave the menu: to a queue, the switchboard or the first free agent. */
  | { kind: 'EXIT'; action: Extract<MenuAction, { kind: 'QUEUE' | 'SWITCHBOARD' | 'FIRST_FREE_AGENT' }>; viaFallback: boolean };

/** The first prompt of a call. */
export function startOfCall(menu: Menu): StepResult {
  return promptAt(menu, { node: menu.root, tries: 0 }, false);
}

function promptAt(menu: Menu, position: CallPosition, invalid: boolean): StepResult {
  const node = menu.nodes[position.node];
  return { kind: 'PROMPT', position, prompt: node.prompt, timeoutSeconds: node.timeoutSeconds, invalid };
}

function follow(menu: Menu, from: CallPosition, action: MenuAction, viaFallback: boolean): StepResult {
  if (isExit(action)) return { kind: 'EXIT', action, viaFallback };
  switch (action.kind) {
    case 'MENU':
      return promptAt(menu, { node: action.node, tries: 0 }, false);
    case 'MAIN':
      return promptAt(menu, { node: menu.root, tries: 0 }, false);
    case 'REPEAT':
      // Repeating is a choice, not a failed try.
      return promptAt(menu, from, false);
  }
}

/**
 * One step of the call flow. A known key is followed; an unknown key or silence counts a try and
 * replays the node, until its tries run out and the node's fallback takes the call. Only the first
 * digit counts (the menu takes one key per node). Pure.
 */
export function step(menu: Menu, at: CallPosition, input: CallInput): StepResult {
  const node = menu.nodes[at.node];
  if (!node) throw new RangeError(`no node "${at.node}" in this menu version`);
  const key = 'digits' in input ? input.digits.charAt(0) : '';
  if ('digits' in input && input.digits.length > 0 && ![...input.digits].every((c) => DTMF.test(c))) throw new RangeError('digits must be DTMF characters (0-9, *, #)');
  const action = key ? node.keys[key] : undefined;
  if (action) return follow(menu, at, action, false);
  // Staying on the line is a choice where the menu offers it: the node's fallback is also one of
  // its keys ("press 9 or stay on the line"), so silence takes that route at once.
  if (!key && isDefaultRoute(node)) return follow(menu, at, node.fallback, false);
  const tries = at.tries + 1;
  if (tries >= node.maxTries) return follow(menu, { node: at.node, tries }, node.fallback, true);
  // Silence is not an invalid choice: the prompt is replayed without the "invalid choice" note.
  return promptAt(menu, { node: at.node, tries }, key !== '');
}

/** Whether a node's fallback is a route it offers as a key: then silence means "take it". Pure. */
export function isDefaultRoute(node: MenuNode): boolean {
  const same = (a: MenuAction, b: MenuAction) => JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
  return isExit(node.fallback) && Object.values(node.keys).some((a) => same(a, node.fallback));
}
