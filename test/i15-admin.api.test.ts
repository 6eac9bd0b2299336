import { AdminCalendarHolidaysDocument, AdminPolicyVersionsDocument, AdminUpdatePolicyVersionedDocument, AdminMenuProblemsDocument, AdminPublishMenuDocument, AdminSaveMenuProblemsDocument, type IvrMenuInput } from './generated/graphql';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const node = (id: string, keys: IvrMenuInput['nodes'][number]['keys'], fallback: IvrMenuInput['nodes'][number]['fallback']) => ({
  id,
  promptSv: `Meny ${id}`,
  promptEn: `Menu ${id}`,
  keys,
  timeoutSeconds: 5,
  maxTries: 2,
  fallback,
});

describe('IvrMenuVersion.problems: what publish would refuse, before publishing', () => {
  it('the published menu has none; a draft lists each problem at its node, the same ones publish refuses', async () => {
    expect((await t.gql(A.agent, AdminMenuProblemsDocument, {})).data!.ivrMenu).toEqual({ version: 1, status: 'PUBLISHED', problems: [] });
    const saved = await t.gql(A.admin, AdminSaveMenuProblemsDocument, {
      input: {
        root: 'main',
        nodes: [
          node('main', [{ key: '1', action: { kind: 'MENU', node: 'nowhere' } }, { key: '9', action: { kind: 'SWITCHBOARD' } }], { kind: 'SWITCHBOARD' }),
          node('orphan', [{ key: '1', action: { kind: 'SWITCHBOARD' } }], { kind: 'SWITCHBOARD' }),
        ],
      },
    });
    expect(saved.data!.saveIvrMenuDraft.userErrors).toEqual([]);
    const draft = saved.data!.saveIvrMenuDraft.menu!;
    expect(draft.problems).toEqual([
      { node: 'main', field: ['nodes', 'main'], message: 'main: key 1 leads to "nowhere", which is not a node' },
      { node: 'orphan', field: ['nodes', 'orphan'], message: 'orphan: unreachable from the root' },
    ]);
    const refused = await t.gql(A.admin, AdminPublishMenuDocument, { version: draft.version });
    expect(refused.data!.publishIvrMenu.userErrors.map((e) => [e.field, e.message])).toEqual(draft.problems.map((p) => [p.field, p.message]));

    const root = await t.gql(A.admin, AdminSaveMenuProblemsDocument, { input: { root: 'start', nodes: [node('main', [{ key: '9', action: { kind: 'SWITCHBOARD' } }], { kind: 'SWITCHBOARD' })] } });
    expect(root.data!.saveIvrMenuDraft.menu!.problems).toEqual(expect.arrayContaining([{ node: null, field: ['root'], message: 'the root "start" is not a node' }]));

    const sound = await t.gql(A.admin, AdminSaveMenuProblemsDocument, { input: { root: 'main', nodes: [node('main', [{ key: '9', action: { kind: 'SWITCHBOARD' } }], { kind: 'SWITCHBOARD' })] } });
    expect(sound.data!.saveIvrMenuDraft.menu).toEqual({ version: 2, status: 'DRAFT', problems: [] });
    // A draft is for admins only, its problems with it.
    expect((await t.gql(A.agent, AdminMenuProblemsDocument, { version: 2 })).data!.ivrMenu).toBeNull();
  });
});

describe('BusinessCalendar.holidays: the public holidays a calendar follows', () => {
  it('Kontorstid (SE) lists 2027\'s holidays and eves in both languages; the 24x7 calendar has none', async () => {
    const res = await t.gql(A.agent, AdminCalendarHolidaysDocument, { year: 2027 });
    const [office, always] = res.data!.businessCalendars;
    expect(office.name).toBe('Kontorstid');
    expect(office.holidayCountry).toBe('SE');
    expect(office.holidays.length).toBe(16);
    expect(office.holidays.find((h) => h.date === '2027-06-25')).toEqual({ date: '2027-06-25', kind: 'HALF_DAY', nameSv: 'Midsommarafton', nameEn: 'Midsummer Eve' });
    expect(always.holidays).toEqual([]);
    const bad = await t.gql(A.agent, AdminCalendarHolidaysDocument, { year: 1999 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('SlaPolicy.version: an edit carries the version it read', () => {
  it('a stale expectedVersion is CONFLICT at input.expectedVersion and changes nothing; the current one saves and moves the version on', async () => {
    const policies = (await t.gql(A.admin, AdminPolicyVersionsDocument, {})).data!.slaPolicies;
    const p2 = policies.find((p) => p.name === 'Ekonomi P2')!;
    expect(p2).toMatchObject({ version: 1, resolutionMinutes: 480 });
    const saved = await t.gql(A.admin, AdminUpdatePolicyVersionedDocument, { policyId: p2.id, input: { expectedVersion: 1, resolutionMinutes: 540 } });
    expect(saved.data!.updateSlaPolicy).toEqual({ policy: { id: p2.id, version: 2, resolutionMinutes: 540 }, userErrors: [] });
    const stale = await t.gql(A.admin, AdminUpdatePolicyVersionedDocument, { policyId: p2.id, input: { expectedVersion: 1, resolutionMinutes: 600 } });
    expect(stale.data!.updateSlaPolicy).toEqual({
      policy: null,
      userErrors: [{ code: 'CONFLICT', message: 'the SLA policy is at version 2, not 1: reload it and try again', field: ['input', 'expectedVersion'] }],
    });
    const after = (await t.gql(A.admin, AdminPolicyVersionsDocument, {})).data!.slaPolicies.find((p) => p.id === p2.id)!;
    expect(after).toMatchObject({ version: 2, resolutionMinutes: 540 });
    // Without expectedVersion there is no check (the API's earlier callers), and the version still moves on.
    const unchecked = await t.gql(A.admin, AdminUpdatePolicyVersionedDocument, { policyId: p2.id, input: { resolutionMinutes: 480 } });
    expect(unchecked.data!.updateSlaPolicy.policy).toEqual({ id: p2.id, version: 3, resolutionMinutes: 480 });
  });
});
