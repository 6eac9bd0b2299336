import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { GroupKind, Tier } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { AuditList } from './AuditList';
import { GroupRouting } from './GroupRouting';
import { Field, FormStatus, useFormErrors } from './forms';
import { QueryState, useTitle } from './shared';
import { StaffPicker } from './StaffPicker';

const KINDS: GroupKind[] = ['SERVICEDESK', 'PRODUCTION', 'EXTERNAL_SECOND_LINE', 'THIRD_LINE'];
const TIERS: Tier[] = ['FIRST', 'SECOND', 'THIRD'];
/** The tier a kind works on: chosen with the kind, the API checks it. */
const TIER_OF: Record<GroupKind, Tier> = { SERVICEDESK: 'FIRST', PRODUCTION: 'SECOND', EXTERNAL_SECOND_LINE: 'SECOND', THIRD_LINE: 'THIRD' };

const GroupList = graphql(`
  query DirGroupList {
    groups { id name tier kind serviceArea { id name } members { id } }
  }
`);

export const AreaOptions = graphql(`
  query DirAreaOptions {
    serviceAreas { id name code }
  }
`);

const GroupNode = graphql(`
  query DirGroup($id: ID!) {
    node(id: $id) { ... on SupportGroup { id name tier kind version acceptsAnyArea serviceArea { id name } members { id name email role } } }
  }
`);

const CreateGroup = graphql(`
  mutation DirScreenCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) { group { id name } userErrors { code message field } }
  }
`);

const UpdateGroup = graphql(`
  mutation DirScreenUpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {
    updateGroup(groupId: $groupId, input: $input) { group { id name version acceptsAnyArea serviceArea { id name } } userErrors { code message field } }
  }
`);

const AddMember = graphql(`
  mutation DirScreenAddMember($groupId: ID!, $userId: ID!) {
    addGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }
  }
`);

const RemoveMember = graphql(`
  mutation DirScreenRemoveMember($groupId: ID!, $userId: ID!) {
    removeGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }
  }
`);

function AreaSelect({ value, onChange, ...p }: { id: string; value: string; onChange(v: string): void; 'aria-invalid'?: true; 'aria-describedby'?: string }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: AreaOptions });
  return (
    <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('dir.none')}</option>
      {data?.serviceAreas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
    </select>
  );
}

function NewGroupForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', kind: 'PRODUCTION' as GroupKind, tier: 'SECOND' as Tier, serviceAreaId: '' });
  const { errors, take } = useFormErrors(['name', 'kind', 'tier', 'serviceAreaId']);
  const [state, create] = useMutation(CreateGroup);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = take(await create({ input: { name: form.name, kind: form.kind, tier: form.tier, serviceAreaId: form.serviceAreaId || null } }));
    if (payload?.group) navigate(`/admin/directory/groups/${encodeURIComponent(payload.group.id)}`);
  };
  return (
    <form className="dir-form" noValidate onSubmit={submit} aria-labelledby="dir-group-new-h">
      <h3 id="dir-group-new-h">{t('dir.groups.new')}</h3>
      <FormStatus errors={errors} />
      <Field label={t('dir.group.name')} error={errors.fields.name}>{(p) => <input {...p} name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
      <Field label={t('dir.group.kind')} error={errors.fields.kind}>
        {(p) => (
          <select {...p} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as GroupKind, tier: TIER_OF[e.target.value as GroupKind] })}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`dir.kind.${k}` as MessageKey)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('dir.group.tier')} error={errors.fields.tier}>
        {(p) => (
          <select {...p} value={form.tier} onChange={(e) => setForm({ ...form, tier: e.target.value as Tier })}>
            {TIERS.map((x) => <option key={x} value={x}>{t(`tier.${x}` as MessageKey)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('dir.group.area')} error={errors.fields.serviceAreaId}>{(p) => <AreaSelect {...p} value={form.serviceAreaId} onChange={(v) => setForm({ ...form, serviceAreaId: v })} />}</Field>
      <div className="dir-actions"><button type="submit" disabled={state.fetching}>{t('dir.create')}</button></div>
    </form>
  );
}

export function GroupListScreen() {
  const { t } = useI18n();
  useTitle(t('dir.groups.title'));
  const [{ data, fetching, error }] = useQuery({ query: GroupList, requestPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="dir-groups-h">
      <h2 id="dir-groups-h">{t('dir.groups.title')}</h2>
      <QueryState fetching={fetching && !data} error={error} />
      {data && (
        <table className="dir-table">
          <thead>
            <tr>
              <th scope="col">{t('dir.group.name')}</th>
              <th scope="col">{t('dir.group.tier')}</th>
              <th scope="col">{t('dir.group.kind')}</th>
              <th scope="col">{t('dir.group.area')}</th>
              <th scope="col" className="num">{t('dir.group.members')}</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((g) => (
              <tr key={g.id}>
                <td><Link to={`/admin/directory/groups/${encodeURIComponent(g.id)}`}>{g.name}</Link></td>
                <td>{t(`tier.${g.tier}` as MessageKey)}</td>
                <td>{t(`dir.kind.${g.kind}` as MessageKey)}</td>
                <td>{g.serviceArea?.name ?? ''}</td>
                <td className="num">{g.members.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewGroupForm />
    </section>
  );
}

type Group = { id: string; name: string; tier: Tier; kind: GroupKind; version: number; acceptsAnyArea: boolean; serviceArea?: { id: string; name: string } | null; members: { id: string; name: string; email?: string | null; role: string }[] };

function GroupForm({ group }: { group: Group }) {
  const { t } = useI18n();
  const initial = () => ({ name: group.name, serviceAreaId: group.serviceArea?.id ?? '', acceptsAnyArea: group.acceptsAnyArea });
  const [form, setForm] = useState(initial);
  useEffect(() => setForm(initial()), [group.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [done, setDone] = useState<string | null>(null);
  const { errors, take } = useFormErrors(['name', 'serviceAreaId']);
  const [state, update] = useMutation(UpdateGroup);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const payload = take(await update({ groupId: group.id, input: { expectedVersion: group.version, name: form.name, acceptsAnyArea: form.acceptsAnyArea, ...(form.serviceAreaId ? { serviceAreaId: form.serviceAreaId } : {}) } }));
    if (payload) setDone(t('dir.saved'));
  };
  return (
    <form className="dir-form" noValidate onSubmit={submit} aria-label={t('dir.edit', { name: group.name })}>
      <FormStatus errors={errors} done={done} />
      <Field label={t('dir.group.name')} error={errors.fields.name}>{(p) => <input {...p} name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
      <Field label={t('dir.group.area')} error={errors.fields.serviceAreaId}>{(p) => <AreaSelect {...p} value={form.serviceAreaId} onChange={(v) => setForm({ ...form, serviceAreaId: v })} />}</Field>
      <div className="dir-check">
        <input id={`any-area-${group.id}`} type="checkbox" checked={form.acceptsAnyArea} onChange={(e) => setForm({ ...form, acceptsAnyArea: e.target.checked })} />
        <label htmlFor={`any-area-${group.id}`}>{t('dir.group.acceptsAnyArea')}</label>
      </div>
      <p className="muted">{t('dir.group.tier')}: {t(`tier.${group.tier}` as MessageKey)} · {t('dir.group.kind')}: {t(`dir.kind.${group.kind}` as MessageKey)}</p>
      <div className="dir-actions"><button type="submit" disabled={state.fetching}>{t('dir.save')}</button></div>
    </form>
  );
}

function Members({ group, onChange }: { group: Group; onChange(): void }) {
  const { t } = useI18n();
  const [userId, setUserId] = useState('');
  const { errors, take } = useFormErrors(['userId']);
  const [adding, add] = useMutation(AddMember);
  const [removing, remove] = useMutation(RemoveMember);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (take(await add({ groupId: group.id, userId }))) {
      setUserId('');
      onChange();
    }
  };
  return (
    <section aria-labelledby="dir-members-h">
      <h3 id="dir-members-h">{t('dir.group.members')} <span className="count">{group.members.length}</span></h3>
      {group.members.length === 0 ? (
        <p className="muted">{t('dir.group.noMembers')}</p>
      ) : (
        <ul className="dir-members">
          {group.members.map((m) => (
            <li key={m.id}>
              <Link to={`/admin/directory/users/${encodeURIComponent(m.id)}`}>{m.name}</Link> <span className="muted">{m.email}</span>{' '}
              <button
                type="button"
                aria-label={t('dir.group.remove', { name: m.name })}
                disabled={removing.fetching}
                onClick={async () => {
                  if (take(await remove({ groupId: group.id, userId: m.id }))) onChange();
                }}
              >
                {t('dir.group.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="dir-form dir-inline" noValidate onSubmit={submit} aria-label={t('dir.group.addMember')}>
        <FormStatus errors={{ general: errors.general, fields: {} }} />
        <Field label={t('dir.group.member')} error={errors.fields.userId}>{(p) => <StaffPicker {...p} value={userId} onChange={setUserId} exclude={group.members.map((m) => m.id)} />}</Field>
        <button type="submit" disabled={adding.fetching || !userId}>{t('dir.group.add')}</button>
      </form>
    </section>
  );
}

export function GroupEditScreen() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: GroupNode, variables: { id } });
  const group = data?.node && 'id' in data.node ? (data.node as Group) : null;
  useTitle(group?.name ?? t('dir.groups.title'));
  const [auditVersion, setAuditVersion] = useState(0);
  return (
    <section aria-labelledby="dir-group-h">
      <p><Link to="/admin/directory/groups">{t('dir.back')}</Link></p>
      <QueryState fetching={fetching && !data} error={error} />
      {data && !group && <p role="alert">{t('dir.notFound')}</p>}
      {group && (
        <>
          <h2 id="dir-group-h">{group.name}</h2>
          <div className="dir-columns">
            <GroupForm group={group} />
            <Members group={group} onChange={() => { setAuditVersion((v) => v + 1); reexecute({ requestPolicy: 'network-only' }); }} />
          </div>
          <GroupRouting groupId={group.id} />
          <AuditList subject={{ groupId: group.id }} version={group.version * 10_000 + auditVersion} />
        </>
      )}
    </section>
  );
}
