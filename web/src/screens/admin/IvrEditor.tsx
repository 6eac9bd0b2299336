import { useId, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminIvrVersionsQuery, IvrActionKind, ServiceAreaCode } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Crumb, isForbidden, NotAllowed, QueryState } from './admin-common';
import {
  ACTION_KINDS, AREA_CODES, changesFrom, draftOf, emptyKey, emptyNode, inputOf, NOTHING_PLACED, placeErrors, sameTree,
  type ActionDraft, type MenuDraft, type NodeDraft, type PlacedErrors,
} from './ivr-draft';
import { apiErrorMessage } from '../../components/ApiError';

/*
 * The node's `id` is aliased: it is unique only within its version, so the normalised cache must
 * not key nodes of two versions ("main" in the draft and in the published one) as one entity.
 */
const VersionFields = graphql(`
  fragment AdminIvrVersion on IvrMenuVersion {
    id version status root note createdAt publishedAt
    publishedBy { id name }
    nodes {
      nodeId: id
      prompt { sv en }
      keys { key action { kind node serviceArea } }
      timeoutSeconds maxTries
      fallback { kind node serviceArea }
    }
    problems { node field message }
  }
`);
void VersionFields;

const Versions = graphql(`
  query AdminIvrVersions {
    ivrMenuVersions { ...AdminIvrVersion }
  }
`);

const SaveDraft = graphql(`
  mutation AdminSaveIvrDraft($input: IvrMenuInput!) {
    saveIvrMenuDraft(input: $input) {
      menu { ...AdminIvrVersion }
      userErrors { code message field }
    }
  }
`);

const Publish = graphql(`
  mutation AdminPublishIvr($version: Int!) {
    publishIvrMenu(version: $version) {
      menu { ...AdminIvrVersion }
      userErrors { code message field }
    }
  }
`);

type Version = AdminIvrVersionsQuery['ivrMenuVersions'][number];

/** What a key (or the fallback) does: the kind, and the node or queue it needs. */
function ActionEditor({ action, onChange, nodeIds, labels, errors, allowRepeat }: {
  action: ActionDraft;
  onChange(a: ActionDraft): void;
  nodeIds: string[];
  labels: { kind: string; target: string; area: string };
  errors: { kind?: string; node?: string; area?: string };
  allowRepeat: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const targets = action.node && !nodeIds.includes(action.node) ? [...nodeIds, action.node] : nodeIds;
  const err = errors.node ?? errors.area;
  return (
    <div className="ivr-action">
      <select aria-label={labels.kind} value={action.kind} onChange={(e) => onChange({ ...action, kind: e.target.value as IvrActionKind })}>
        {ACTION_KINDS.filter((k) => allowRepeat || k !== 'REPEAT' || action.kind === 'REPEAT').map((k) => <option key={k} value={k}>{t(`admin.ivr.kind.${k}`)}</option>)}
      </select>
      {action.kind === 'MENU' && (
        <select aria-label={labels.target} value={action.node} aria-invalid={errors.node ? true : undefined} aria-describedby={err ? `${id}-err` : undefined}
          onChange={(e) => onChange({ ...action, node: e.target.value })}>
          <option value="">{t('admin.ivr.noTarget')}</option>
          {targets.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      )}
      {action.kind === 'QUEUE' && (
        <select aria-label={labels.area} value={action.serviceArea} aria-invalid={errors.area ? true : undefined} aria-describedby={err ? `${id}-err` : undefined}
          onChange={(e) => onChange({ ...action, serviceArea: e.target.value as ServiceAreaCode | '' })}>
          <option value="">{t('admin.ivr.noTarget')}</option>
          {AREA_CODES.map((a) => <option key={a} value={a}>{t(`admin.ivr.areaCode.${a}`)}</option>)}
        </select>
      )}
      {err && <p id={`${id}-err`} className="error field-error" lang="en">{err}</p>}
    </div>
  );
}

/** One node: its problems first, then id, prompts, timing, keys and fallback. */
function NodeCard({ node, index, isRoot, nodeIds, change, placed, problems, onChange, onRemove, isNew }: {
  node: NodeDraft;
  /** Just added: its id field takes the focus. */
  isNew: boolean;
  index: number;
  isRoot: boolean;
  nodeIds: string[];
  change: 'added' | 'changed' | null | undefined;
  placed: { messages: string[]; fields: Record<string, string> } | undefined;
  problems: string[];
  onChange(n: NodeDraft): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const f = placed?.fields ?? {};
  // Keyboard: a key added takes the focus at its digit; a key removed leaves it on "add a key".
  const [newKey, setNewKey] = useState<string | null>(null);
  const addKey = useRef<HTMLButtonElement>(null);
  const messages = [...(placed?.messages ?? []), ...problems];
  const name = node.id || `#${index + 1}`;
  const set = (change: Partial<NodeDraft>) => onChange({ ...node, ...change });
  const input = (field: 'id' | 'promptSv' | 'promptEn' | 'timeoutSeconds' | 'maxTries', label: string, multiline = false) => {
    const err = f[field];
    const props = {
      id: `${id}-${field}`,
      value: node[field],
      'aria-invalid': err ? (true as const) : undefined,
      'aria-describedby': err ? `${id}-${field}-err` : undefined,
    };
    return (
      <div className={`admin-field ivr-${field}`}>
        <label htmlFor={props.id}>{label}</label>
        {multiline ? <textarea {...props} rows={3} onChange={(e) => set({ [field]: e.target.value })} /> : <input {...props} autoFocus={field === 'id' && isNew} onChange={(e) => set({ [field]: e.target.value })} />}
        {err && <p id={`${id}-${field}-err`} className="error field-error" lang="en">{err}</p>}
      </div>
    );
  };
  return (
    <section className={`card ivr-node${messages.length ? ' has-problems' : ''}`} aria-labelledby={`${id}-title`} data-node={node.id}>
      <h3 id={`${id}-title`}>
        {t('admin.ivr.node', { id: name })}
        {isRoot && <span className="badge">{t('admin.ivr.node.isRoot')}</span>}
        {change && <span className={`badge ivr-${change}`}>{t(change === 'added' ? 'admin.ivr.node.added' : 'admin.ivr.node.changed')}</span>}
      </h3>
      {messages.length > 0 && (
        <div className="ivr-problems" role="group" aria-label={t('admin.ivr.problemsAt', { id: name })}>
          <ul>{messages.map((m, i) => <li key={i} className="error" lang="en">{m}</li>)}</ul>
        </div>
      )}
      <div className="admin-grid">
        {input('id', t('admin.ivr.node.id'))}
        {input('timeoutSeconds', t('admin.ivr.node.timeout'))}
        {input('maxTries', t('admin.ivr.node.maxTries'))}
      </div>
      <div className="admin-grid two">
        {input('promptSv', t('admin.ivr.node.promptSv'), true)}
        {input('promptEn', t('admin.ivr.node.promptEn'), true)}
      </div>
      <h4>{t('admin.ivr.node.keys')}</h4>
      {node.keys.length === 0 ? <p className="muted">{t('admin.ivr.node.noKeys')}</p> : (
        <table className="admin-table ivr-keys">
          <thead><tr><th scope="col">{t('admin.ivr.key')}</th><th scope="col">{t('admin.ivr.action')}</th><th scope="col"><span className="sr-only">{t('admin.cal.closure.removeShort')}</span></th></tr></thead>
          <tbody>
            {node.keys.map((k, j) => {
              const n = j + 1;
              const keyErr = f[`keys.${j}.key`];
              const setKey = (change: Partial<typeof k>) => set({ keys: node.keys.map((x) => (x.uid === k.uid ? { ...x, ...change } : x)) });
              return (
                <tr key={k.uid} data-key={k.key}>
                  <td>
                    <input className="ivr-digit" maxLength={1} autoFocus={k.uid === newKey} aria-label={t('admin.ivr.keyLabel', { n, node: name })} value={k.key}
                      aria-invalid={keyErr ? true : undefined} aria-describedby={keyErr ? `${id}-k${j}-err` : undefined}
                      onChange={(e) => setKey({ key: e.target.value })} />
                    {keyErr && <p id={`${id}-k${j}-err`} className="error field-error" lang="en">{keyErr}</p>}
                  </td>
                  <td>
                    <ActionEditor action={k.action} nodeIds={nodeIds} allowRepeat onChange={(action) => setKey({ action })}
                      labels={{ kind: t('admin.ivr.actionLabel', { n, node: name }), target: t('admin.ivr.targetLabel', { n, node: name }), area: t('admin.ivr.areaLabel', { n, node: name }) }}
                      errors={{ node: f[`keys.${j}.action.node`], area: f[`keys.${j}.action.serviceArea`] ?? f[`keys.${j}.action`] }} />
                  </td>
                  <td>
                    <button type="button" className="secondary" aria-label={t('admin.ivr.key.remove', { n, node: name })} onClick={() => { set({ keys: node.keys.filter((x) => x.uid !== k.uid) }); addKey.current?.focus(); }}>×</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" className="secondary" ref={addKey} onClick={() => { const k = emptyKey(); setNewKey(k.uid); set({ keys: [...node.keys, k] }); }}>{t('admin.ivr.key.add')}</button>
      <h4>{t('admin.ivr.node.fallback')}</h4>
      <ActionEditor action={node.fallback} nodeIds={nodeIds} allowRepeat={false} onChange={(fallback) => set({ fallback })}
        labels={{ kind: t('admin.ivr.fallbackAction', { node: name }), target: t('admin.ivr.fallbackTarget', { node: name }), area: t('admin.ivr.fallbackArea', { node: name }) }}
        errors={{ node: f['fallback.node'] ?? f.fallback, area: f['fallback.serviceArea'] }} />
      <div className="ivr-node-actions">
        <button type="button" className="danger" disabled={isRoot} onClick={onRemove}>{t('admin.ivr.node.remove', { id: name })}</button>
      </div>
    </section>
  );
}

/** The working copy of one base (the saved draft, or a copy of the published version): edit, save, publish. */
function Editor({ base, draft: savedDraft, published, onSaved, onPublished }: {
  base: Version | null;
  draft: Version | null;
  published: Version | null;
  onSaved(version: number): void;
  onPublished(version: number): void;
}) {
  const { t } = useI18n();
  const [menu, setMenu] = useState<MenuDraft>(() => (base ? draftOf(base, base.status === 'DRAFT' ? (base.note ?? '') : '') : { root: 'main', note: '', nodes: [emptyNode('main')] }));
  const [placed, setPlaced] = useState<PlacedErrors>(NOTHING_PLACED);
  const [failure, setFailure] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [saving, save] = useMutation(SaveDraft);
  const [publishing, publish] = useMutation(Publish);
  const nodesHeading = useRef<HTMLHeadingElement>(null);
  const [newNode, setNewNode] = useState<string | null>(null);
  const nodeIds = menu.nodes.map((n) => n.id.trim()).filter(Boolean);
  const unsaved = !sameTree(menu, savedDraft) || (savedDraft?.note ?? '') !== menu.note.trim();
  const changes = useMemo(() => changesFrom(menu, published), [menu, published]);
  // The saved draft's problems (what publish would refuse), at the node of that id.
  // Shown at the node, a problem's "<node id>: " prefix says nothing more.
  const problemsOf = (n: NodeDraft) =>
    (savedDraft?.problems ?? []).filter((p) => p.node && p.node === n.id.trim()).map((p) => (p.message.startsWith(`${p.node}: `) ? p.message.slice(p.node!.length + 2) : p.message));
  const rootProblems = (savedDraft?.problems ?? []).filter((p) => !p.node).map((p) => p.message);
  const problemCount = savedDraft?.problems.length ?? 0;
  const blocked = !savedDraft ? t('admin.ivr.publishBlocked.noDraft') : unsaved ? t('admin.ivr.publishBlocked.unsaved') : problemCount ? t('admin.ivr.publishBlocked.problems', { count: problemCount }) : null;
  const setNode = (uid: string, n: NodeDraft) => setMenu((m) => {
    const old = m.nodes.find((x) => x.uid === uid)!;
    // Renaming a node renames the root and every MENU action that named it.
    const rename = (a: ActionDraft) => (old.id && a.kind === 'MENU' && a.node === old.id && n.id !== old.id ? { ...a, node: n.id } : a);
    const nodes = m.nodes.map((x) => (x.uid === uid ? n : x)).map((x) => ({ ...x, keys: x.keys.map((k) => ({ ...k, action: rename(k.action) })), fallback: rename(x.fallback) }));
    return { ...m, nodes, root: old.id && m.root === old.id ? n.id : m.root };
  });

  async function onSave() {
    setFailure(null);
    const sent = menu;
    const result = await save({ input: inputOf(sent) });
    if (isForbidden(result.error)) return setForbidden(true);
    const payload = result.data?.saveIvrMenuDraft;
    if (result.error || !payload) return setFailure(t('app.error', { message: apiErrorMessage(result.error, t) }));
    const placedNow = placeErrors(payload.userErrors, sent);
    setPlaced(placedNow);
    if (!payload.userErrors.length && payload.menu) onSaved(payload.menu.version);
  }

  async function onPublish() {
    if (!savedDraft) return;
    setFailure(null);
    const result = await publish({ version: savedDraft.version });
    if (isForbidden(result.error)) return setForbidden(true);
    const payload = result.data?.publishIvrMenu;
    if (result.error || !payload) return setFailure(t('app.error', { message: apiErrorMessage(result.error, t) }));
    setPlaced(placeErrors(payload.userErrors, menu));
    if (!payload.userErrors.length && payload.menu) onPublished(payload.menu.version);
  }

  if (forbidden) return <NotAllowed fromApi />;
  const placedCount = Object.values(placed.nodes).reduce((s, n) => s + n.messages.length, 0) + placed.root.length + placed.general.length;
  return (
    <form className="ivr-editor" noValidate aria-label={t('admin.ivr.title')} onSubmit={(e) => { e.preventDefault(); void onSave(); }}>
      <div className="card ivr-head">
        <p>{savedDraft ? t('admin.ivr.draft', { version: savedDraft.version }) : t('admin.ivr.noDraft')}{unsaved && savedDraft && <strong> {t('admin.ivr.unsaved')}</strong>}</p>
        <div className="admin-grid">
          <div className="admin-field">
            <label htmlFor="ivr-root">{t('admin.ivr.root')}</label>
            <select id="ivr-root" value={menu.root} aria-invalid={placed.root.length || rootProblems.length ? true : undefined} aria-describedby={placed.root.length || rootProblems.length ? 'ivr-root-err' : undefined}
              onChange={(e) => setMenu((m) => ({ ...m, root: e.target.value }))}>
              {(nodeIds.includes(menu.root) ? nodeIds : [menu.root, ...nodeIds]).map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
            {(placed.root.length > 0 || rootProblems.length > 0) && <p id="ivr-root-err" className="error field-error" lang="en">{[...placed.root, ...rootProblems].join(' ')}</p>}
          </div>
          <div className="admin-field wide">
            <label htmlFor="ivr-note">{t('admin.ivr.note')}</label>
            <input id="ivr-note" value={menu.note} onChange={(e) => setMenu((m) => ({ ...m, note: e.target.value }))} />
          </div>
        </div>
        {changes.removed.length > 0 && <p className="muted">{t('admin.ivr.removedNodes', { ids: changes.removed.join(', ') })}</p>}
        <div className="row admin-buttons">
          <button type="submit" disabled={saving.fetching}>{saving.fetching ? t('admin.saving') : t('admin.ivr.save')}</button>
          <button type="button" disabled={!!blocked || publishing.fetching} aria-describedby="ivr-publish-state" onClick={() => void onPublish()}>
            {savedDraft ? t('admin.ivr.publish', { version: savedDraft.version }) : t('admin.ivr.publishNothing')}
          </button>
          {base && base.status === 'DRAFT' && unsaved && <button type="button" className="secondary" onClick={() => { setMenu(draftOf(base)); setPlaced(NOTHING_PLACED); }}>{t('admin.ivr.reset')}</button>}
        </div>
        <p id="ivr-publish-state" className={blocked ? 'muted' : 'ok'}>{blocked ?? t('admin.ivr.problems.none')}</p>
        {(placedCount > 0 || failure) && (
          <div role="alert" className="error">
            {placedCount > 0 && <p>{t('admin.errors.summary')}</p>}
            {placed.general.map((m, i) => <p key={i} lang="en">{m}</p>)}
            {failure && <p>{failure}</p>}
          </div>
        )}
      </div>
      <h2 ref={nodesHeading} tabIndex={-1}>{t('admin.ivr.nodes')}</h2>
      {menu.nodes.map((n, i) => (
        <NodeCard key={n.uid} node={n} index={i} isRoot={n.id.trim() === menu.root} nodeIds={nodeIds} change={changes.byUid[n.uid]}
          placed={placed.nodes[n.uid]} problems={problemsOf(n)} isNew={n.uid === newNode}
          onChange={(next) => setNode(n.uid, next)}
          onRemove={() => { setMenu((m) => ({ ...m, nodes: m.nodes.filter((x) => x.uid !== n.uid) })); nodesHeading.current?.focus(); }} />
      ))}
      <button type="button" className="secondary" onClick={() => {
        let id = t('admin.ivr.node.new');
        for (let i = 2; menu.nodes.some((x) => x.id === id); i++) id = `${t('admin.ivr.node.new')}-${i}`;
        const node = emptyNode(id);
        setNewNode(node.uid);
        setMenu((m) => ({ ...m, nodes: [...m.nodes, node] }));
      }}>{t('admin.ivr.node.add')}</button>
    </form>
  );
}

/** /admin/ivr: the published version beside the draft, the editor, and every version. */
export default function IvrEditor() {
  const { t, dateTime } = useI18n();
  const [{ data, fetching, error }, reload] = useQuery({ query: Versions });
  const [flash, setFlash] = useState<string | null>(null);
  const versions = data?.ivrMenuVersions ?? [];
  const published = versions.find((v) => v.status === 'PUBLISHED') ?? null;
  const draft = versions.find((v) => v.status === 'DRAFT') ?? null;
  const base = draft ?? published;
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <section className="admin" aria-labelledby="ivr-title">
      <Crumb />
      <h1 id="ivr-title">{t('admin.ivr.title')}</h1>
      <p className="muted">{t('admin.ivr.intro')}</p>
      {!data ? <QueryState fetching={fetching} error={error} hasData={false} /> : (
        <>
          <div className="card ivr-published">
            <h2>{published ? t('admin.ivr.published', { version: published.version }) : t('admin.ivr.nonePublished')}</h2>
            {published?.publishedAt && <p className="muted">{t('admin.ivr.publishedMeta', { at: dateTime(published.publishedAt), by: published.publishedBy?.name ?? '—' })}</p>}
            {published?.note && <p>{published.note}</p>}
          </div>
          <p role="status" className="ok">{flash}</p>
          <Editor key={base ? base.id : 'empty'} base={base} draft={draft} published={published}
            onSaved={(version) => { setFlash(t('admin.ivr.saved', { version })); refresh(); }}
            onPublished={(version) => { setFlash(t('admin.ivr.published.done', { version })); refresh(); }} />
          <section className="card" aria-labelledby="ivr-versions">
            <h2 id="ivr-versions">{t('admin.ivr.versions')}</h2>
            <table className="admin-table">
              <thead><tr><th scope="col">{t('admin.ivr.version.col')}</th><th scope="col">{t('admin.ivr.status.col')}</th><th scope="col">{t('admin.ivr.created.col')}</th><th scope="col">{t('admin.ivr.publishedAt.col')}</th><th scope="col">{t('admin.ivr.note')}</th></tr></thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id} data-version={v.version}>
                    <td className="num">{v.version}</td>
                    <td>{t(`admin.ivr.status.${v.status}`)}</td>
                    <td>{dateTime(v.createdAt)}</td>
                    <td>{v.publishedAt ? dateTime(v.publishedAt) : '—'}</td>
                    <td>{v.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
}
