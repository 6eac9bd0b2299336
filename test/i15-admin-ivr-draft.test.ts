import { changesFrom, draftOf, inputOf, placeErrors, sameTree, type VersionNodes } from '../web/src/screens/admin/ivr-draft';

/** The IVR editor's pure helpers: where each error shows, what is unsaved, what changed against the published menu. */
const published: VersionNodes = {
  root: 'main',
  note: 'Publicerad',
  nodes: [
    { nodeId: 'main', prompt: { sv: 'Välkommen', en: 'Welcome' }, keys: [{ key: '1', action: { kind: 'QUEUE', serviceArea: 'PAYROLL' } }, { key: '2', action: { kind: 'MENU', node: 'finance' } }], timeoutSeconds: 8, maxTries: 3, fallback: { kind: 'SWITCHBOARD' } },
    { nodeId: 'finance', prompt: { sv: 'Ekonomi', en: 'Finance' }, keys: [{ key: '0', action: { kind: 'MAIN' } }], timeoutSeconds: 8, maxTries: 3, fallback: { kind: 'FIRST_FREE_AGENT' } },
  ],
};

describe('the IVR editor working copy', () => {
  it('round-trips a version into the input saveIvrMenuDraft takes', () => {
    const input = inputOf(draftOf(published));
    expect(input.root).toBe('main');
    expect(input.note).toBe('Publicerad');
    expect(input.nodes[0]).toEqual({
      id: 'main', promptSv: 'Välkommen', promptEn: 'Welcome', timeoutSeconds: 8, maxTries: 3,
      keys: [{ key: '1', action: { kind: 'QUEUE', node: null, serviceArea: 'PAYROLL' } }, { key: '2', action: { kind: 'MENU', node: 'finance', serviceArea: null } }],
      fallback: { kind: 'SWITCHBOARD', node: null, serviceArea: null },
    });
  });

  it('places a save error at the node of its index and a publish problem at the node of its id; the root and the rest apart', () => {
    const draft = draftOf(published);
    const placed = placeErrors(
      [
        { code: 'BAD_USER_INPUT', message: 'key 1 is given twice', field: ['input', 'nodes', '1', 'keys', '0', 'key'] },
        { code: 'BAD_USER_INPUT', message: 'main: unreachable from the root', field: ['nodes', 'main'] },
        { code: 'BAD_USER_INPUT', message: 'the root "x" is not a node', field: ['root'] },
        { code: 'BAD_USER_INPUT', message: 'at most 50 nodes', field: ['input', 'nodes'] },
      ],
      draft,
    );
    expect(placed.nodes[draft.nodes[1]!.uid]).toEqual({ messages: ['key 1 is given twice'], fields: { 'keys.0.key': 'key 1 is given twice' } });
    expect(placed.nodes[draft.nodes[0]!.uid]).toEqual({ messages: ['main: unreachable from the root'], fields: {} });
    expect(placed.root).toEqual(['the root "x" is not a node']);
    expect(placed.general).toEqual(['at most 50 nodes']);
  });

  it('knows unsaved changes (key order and prompt spaces aside) and each node\'s change against the published version', () => {
    const draft = draftOf(published);
    expect(sameTree(draft, published)).toBe(true);
    draft.nodes[0]!.keys.reverse();
    draft.nodes[0]!.promptSv = 'Välkommen ';
    expect(sameTree(draft, published)).toBe(true);
    draft.nodes[0]!.keys[0]!.key = '3';
    expect(sameTree(draft, published)).toBe(false);
    const changes = changesFrom({ ...draft, nodes: [draft.nodes[0]!, { ...draft.nodes[1]!, id: 'ekonomi' }] }, published);
    expect(Object.values(changes.byUid)).toEqual(['changed', 'added']);
    expect(changes.removed).toEqual(['finance']);
  });
});
