import { ServiceAreaCode } from '../directory/directory.enums';
import { startOfCall, step, type CallPosition, type StepResult } from './call-flow';
import { validateMenu, type Menu } from './ivr-menu';
import { SEED_MENU } from './seed-menu';

const at = (r: StepResult): CallPosition => {
  if (r.kind !== 'PROMPT') throw new Error(`expected a prompt, got ${JSON.stringify(r)}`);
  return r.position;
};
const press = (position: CallPosition, digits: string) => step(SEED_MENU, position, { digits });
const silence = (position: CallPosition) => step(SEED_MENU, position, { silence: true });
const main = at(startOfCall(SEED_MENU));

describe('the seeded menu', () => {
  it('validates', () => {
    expect(validateMenu(SEED_MENU)).toEqual([]);
  });

  it('greets and offers the main menu in Swedish and English', () => {
    const start = startOfCall(SEED_MENU);
    expect(start).toMatchObject({ kind: 'PROMPT', position: { node: 'main', tries: 0 }, timeoutSeconds: 8, invalid: false });
    if (start.kind === 'PROMPT') {
      expect(start.prompt.sv).toMatch(/^Välkommen till Statens servicecenter/);
      expect(start.prompt.en).toMatch(/^Welcome to the SSC/);
    }
  });

  it.each([
    ['1', { kind: 'EXIT', action: { kind: 'QUEUE', serviceArea: ServiceAreaCode.PAYROLL }, viaFallback: false }],
    ['9', { kind: 'EXIT', action: { kind: 'SWITCHBOARD' }, viaFallback: false }],
  ])('main menu key %s', (key, expected) => {
    expect(press(main, key)).toEqual(expected);
  });

  it('main menu key 2 opens the finance and e-commerce choices, whose keys lead to their queues', () => {
    const finance = at(press(main, '2'));
    expect(finance).toEqual({ node: 'finance', tries: 0 });
    expect(press(finance, '1')).toEqual({ kind: 'EXIT', action: { kind: 'QUEUE', serviceArea: ServiceAreaCode.FINANCE }, viaFallback: false });
    expect(press(finance, '2')).toEqual({ kind: 'EXIT', action: { kind: 'QUEUE', serviceArea: ServiceAreaCode.ECOMMERCE }, viaFallback: false });
  });

  it('star repeats a node without counting a try; 0 returns to the main menu', () => {
    expect(press(main, '*')).toMatchObject({ kind: 'PROMPT', position: { node: 'main', tries: 0 }, invalid: false });
    const finance = at(press(main, '2'));
    const onceWrong = at(press(finance, '7'));
    expect(onceWrong).toEqual({ node: 'finance', tries: 1 });
    expect(press(onceWrong, '*')).toMatchObject({ position: { node: 'finance', tries: 1 }, invalid: false });
    expect(press(finance, '0')).toMatchObject({ position: { node: 'main', tries: 0 } });
  });

  it('invalid keys replay the node with a note, then fall back: main to the switchboard', () => {
    let position = main;
    for (const key of ['5', '#']) {
      const r = press(position, key);
      expect(r).toMatchObject({ kind: 'PROMPT', invalid: true });
      position = at(r);
    }
    expect(position.tries).toBe(2);
    expect(press(position, '0')).toEqual({ kind: 'EXIT', action: { kind: 'SWITCHBOARD' }, viaFallback: true });
  });

  it('staying on the line (silence) reaches the switchboard at once on the main menu (its offered default), the first free agent after the tries in the submenu', () => {
    // "tryck 9 eller dröj kvar": the fallback is one of the keys, so the first silence takes it.
    expect(silence(main)).toEqual({ kind: 'EXIT', action: { kind: 'SWITCHBOARD' }, viaFallback: false });
    let finance = at(press(main, '2'));
    // Silence is not an invalid choice: the submenu is replayed without the note.
    expect(silence(finance)).toMatchObject({ kind: 'PROMPT', invalid: false, position: { node: 'finance', tries: 1 } });
    finance = at(silence(finance));
    finance = at(press(finance, '8'));
    expect(silence(finance)).toEqual({ kind: 'EXIT', action: { kind: 'FIRST_FREE_AGENT' }, viaFallback: true });
  });

  it('refuses digits that are not DTMF, and nodes of another menu version', () => {
    expect(() => press(main, '1a')).toThrow(/DTMF/);
    expect(() => step(SEED_MENU, { node: 'gone', tries: 0 }, { digits: '1' })).toThrow(/no node/);
  });
});

describe('validateMenu', () => {
  const base = (): Menu => JSON.parse(JSON.stringify(SEED_MENU));
  const messages = (menu: Menu) => validateMenu(menu).map((p) => `${p.node}: ${p.message}`);

  it('finds keys that lead nowhere, non-DTMF keys and a missing root', () => {
    const menu = base();
    menu.nodes.main.keys['3'] = { kind: 'MENU', node: 'nowhere' };
    menu.nodes.main.keys['x'] = { kind: 'SWITCHBOARD' };
    expect(messages(menu)).toEqual(['main: key 3 leads to "nowhere", which is not a node', 'main: "x" is not a DTMF key']);
    expect(messages({ ...base(), root: 'start' })).toEqual(expect.arrayContaining(['null: the root "start" is not a node']));
  });

  it('finds unreachable nodes', () => {
    const menu = base();
    menu.nodes.orphan = { ...menu.nodes.finance };
    expect(messages(menu)).toEqual(['orphan: unreachable from the root']);
  });

  it('finds a loop without an exit', () => {
    const menu: Menu = {
      root: 'a',
      nodes: {
        a: { prompt: { sv: 'A', en: 'A' }, keys: { '1': { kind: 'MENU', node: 'b' } }, timeoutSeconds: 5, maxTries: 2, fallback: { kind: 'MENU', node: 'b' } },
        b: { prompt: { sv: 'B', en: 'B' }, keys: { '1': { kind: 'MENU', node: 'a' }, '*': { kind: 'REPEAT' } }, timeoutSeconds: 5, maxTries: 2, fallback: { kind: 'MAIN' } },
      },
    };
    expect(messages(menu)).toEqual(['a: a loop without an exit: no key or fallback ever leaves the menu', 'b: a loop without an exit: no key or fallback ever leaves the menu']);
    menu.nodes.b.keys['9'] = { kind: 'SWITCHBOARD' };
    expect(messages(menu)).toEqual([]);
  });

  it('finds bad timeouts, tries, empty prompts and a repeating fallback', () => {
    const menu = base();
    Object.assign(menu.nodes.finance, { timeoutSeconds: 0, maxTries: 0, fallback: { kind: 'REPEAT' } });
    menu.nodes.finance.prompt.en = ' ';
    expect(messages(menu)).toEqual([
      'finance: a prompt needs Swedish and English text',
      'finance: timeout must be 1 to 60 seconds',
      'finance: tries must be 1 to 10',
      'finance: the fallback cannot repeat the node',
    ]);
  });
});
