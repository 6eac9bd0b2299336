import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { AgencyPicker } from './AgencyPicker';
import { AuditList } from './AuditList';
import { Field, FormStatus, useFormErrors } from './forms';
import { QueryState, useTitle } from './shared';

/** The roles the directory gives (TELEPHONY is the gateway's machine account). */
export const ROLES: Role[] = ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN', 'CUSTOMER', 'EXTERNAL_CONTACT'];

const UserList = graphql(`
  query DirUserList($search: String, $role: Role, $agencyId: ID) {
    users(search: $search, role: $role, agencyId: $agencyId, first: 100) {
      totalCount
      edges { node { id name email role active agency { id name } } }
    }
  }
`);

const UserNode = graphql(`
  query DirUser($id: ID!) {
    node(id: $id) {
      ... on User { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }
    }
  }
`);

const CreateUser = graphql(`
  mutation DirScreenCreateUser($input: CreateUserInput!) {
    createUser(input: $input) { user { id name } userErrors { code message field } }
  }
`);

const UpdateUser = graphql(`
  mutation DirScreenUpdateUser($userId: ID!, $input: UpdateUserInput!) {
    updateUser(userId: $userId, input: $input) {
      user { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }
      userErrors { code message field }
    }
  }
`);

const Deactivate = graphql(`
  mutation DirScreenDeactivate($userId: ID!, $expectedVersion: Int!) {
    deactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }
  }
`);

const Reactivate = graphql(`
  mutation DirScreenReactivate($userId: ID!, $expectedVersion: Int!) {
    reactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }
  }
`);

/** Users: search by name or e-mail, narrowed by role and agency, all in the URL. */
export function UserListScreen() {
  const { t } = useI18n();
  useTitle(t('dir.users.title'));
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const role = (params.get('role') as Role | null) || null;
  const agencyId = params.get('agency') || null;
  const [text, setText] = useState(search);
  const [{ data, fetching, error }] = useQuery({ query: UserList, variables: { search: search || null, role, agencyId }, requestPolicy: 'cache-and-network' });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const rows = data?.users.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="dir-users-h">
      <div className="dir-heading">
        <h2 id="dir-users-h">{t('dir.users.title')}</h2>
        <Link className="button" to="/admin/directory/users/new">{t('dir.users.new')}</Link>
      </div>
      <form className="dir-filters" role="search" onSubmit={(e) => { e.preventDefault(); set('q', text.trim()); }}>
        <Field label={t('dir.users.filter.search')}>{(p) => <input {...p} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />}</Field>
        <button type="submit">{t('dir.search')}</button>
        <Field label={t('dir.users.filter.role')}>
          {(p) => (
            <select {...p} value={role ?? ''} onChange={(e) => set('role', e.target.value)}>
              <option value="">{t('dir.any')}</option>
              {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}` as MessageKey)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('dir.users.filter.agency')}>
          {(p) => <AgencyPicker {...p} label={t('dir.users.filter.agency')} value={agencyId ?? ''} onChange={(v) => set('agency', v)} allowNone={t('dir.any')} />}
        </Field>
      </form>
      <QueryState fetching={fetching && !data} error={error} />
      {data && (
        <>
          <p className="muted">{t('dir.count', { shown: rows.length, total: data.users.totalCount })}</p>
          {rows.length === 0 ? (
            <p>{t('dir.empty')}</p>
          ) : (
            <table className="dir-table">
              <thead>
                <tr>
                  <th scope="col">{t('dir.user.name')}</th>
                  <th scope="col">{t('dir.user.email')}</th>
                  <th scope="col">{t('dir.user.role')}</th>
                  <th scope="col">{t('dir.users.filter.agency')}</th>
                  <th scope="col">{t('dir.user.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id} className={u.active ? undefined : 'inactive'}>
                    <td><Link to={`/admin/directory/users/${encodeURIComponent(u.id)}`}>{u.name}</Link></td>
                    <td>{u.email}</td>
                    <td>{t(`role.${u.role}` as MessageKey)}</td>
                    <td>{u.agency?.name ?? ''}</td>
                    <td>{u.active ? t('dir.user.active') : t('dir.user.inactive')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

const CREATE_FIELDS = ['email', 'name', 'role', 'agencyId', 'phone'] as const;

/** A new user: staff by role, or a customer user of an agency. */
export function UserNewScreen() {
  const { t } = useI18n();
  useTitle(t('dir.users.new'));
  const navigate = useNavigate();
  const [form, setForm] = useState({ email: '', name: '', role: 'AGENT' as Role, agencyId: '', phone: '' });
  const { errors, take } = useFormErrors(CREATE_FIELDS);
  const [state, create] = useMutation(CreateUser);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = take(
      await create({
        input: { email: form.email, name: form.name, role: form.role, agencyId: form.role === 'CUSTOMER' ? form.agencyId || null : null, phone: form.phone || null },
      }),
    );
    if (payload?.user) navigate(`/admin/directory/users/${encodeURIComponent(payload.user.id)}?created=1`);
  };
  const set = (name: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  return (
    <section aria-labelledby="dir-user-new-h">
      <h2 id="dir-user-new-h">{t('dir.users.new')}</h2>
      <form className="dir-form" noValidate onSubmit={submit}>
        <FormStatus errors={errors} />
        <Field label={t('dir.user.email')} error={errors.fields.email}>{(p) => <input {...p} name="email" type="email" autoComplete="off" value={form.email} onChange={(e) => set('email')(e.target.value)} />}</Field>
        <Field label={t('dir.user.name')} error={errors.fields.name}>{(p) => <input {...p} name="name" value={form.name} onChange={(e) => set('name')(e.target.value)} />}</Field>
        <Field label={t('dir.user.role')} error={errors.fields.role}>
          {(p) => (
            <select {...p} name="role" value={form.role} onChange={(e) => set('role')(e.target.value)}>
              {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}` as MessageKey)}</option>)}
            </select>
          )}
        </Field>
        {form.role === 'CUSTOMER' && (
          <Field label={t('dir.user.agency')} error={errors.fields.agencyId}>
            {(p) => <AgencyPicker {...p} label={t('dir.user.agency')} value={form.agencyId} onChange={set('agencyId')} allowNone="—" />}
          </Field>
        )}
        <Field label={t('dir.user.phone')} error={errors.fields.phone}>{(p) => <input {...p} name="phone" type="tel" value={form.phone} onChange={(e) => set('phone')(e.target.value)} />}</Field>
        <div className="dir-actions">
          <button type="submit" disabled={state.fetching}>{t('dir.create')}</button>
          <Link to="/admin/directory/users">{t('dir.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}

const EDIT_FIELDS = ['name', 'role', 'agencyId', 'phone'] as const;

type EditedUser = { id: string; name: string; email?: string | null; role: Role; active: boolean; phone?: string | null; knowledgeEditor: boolean; version: number; agency?: { id: string; name: string } | null; groups: { id: string; name: string }[] };

function UserForm({ user }: { user: EditedUser }) {
  const { t } = useI18n();
  const initial = () => ({ name: user.name, role: user.role, agencyId: user.agency?.id ?? '', phone: user.phone ?? '', knowledgeEditor: user.knowledgeEditor });
  const [form, setForm] = useState(initial);
  // A newer version read (after a save, or someone else's change): the form shows it.
  useEffect(() => setForm(initial()), [user.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [done, setDone] = useState<string | null>(null);
  const { errors, take } = useFormErrors(EDIT_FIELDS);
  const [state, update] = useMutation(UpdateUser);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const payload = take(
      await update({
        userId: user.id,
        input: {
          expectedVersion: user.version,
          name: form.name,
          role: form.role,
          phone: form.phone,
          knowledgeEditor: form.knowledgeEditor,
          ...(form.role === 'CUSTOMER' ? { agencyId: form.agencyId || null } : {}),
        },
      }),
    );
    if (payload) setDone(t('dir.saved'));
  };
  return (
    <form className="dir-form" noValidate onSubmit={submit} aria-label={t('dir.edit', { name: user.name })}>
      <FormStatus errors={errors} done={done} />
      <Field label={t('dir.user.name')} error={errors.fields.name}>{(p) => <input {...p} name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
      <Field label={t('dir.user.role')} error={errors.fields.role}>
        {(p) => (
          <select {...p} name="role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {(ROLES.includes(user.role) ? ROLES : [user.role, ...ROLES]).map((r) => <option key={r} value={r}>{t(`role.${r}` as MessageKey)}</option>)}
          </select>
        )}
      </Field>
      {form.role === 'CUSTOMER' && (
        <Field label={t('dir.user.agency')} error={errors.fields.agencyId}>
          {(p) => <AgencyPicker {...p} label={t('dir.user.agency')} value={form.agencyId} current={user.agency} onChange={(v) => setForm({ ...form, agencyId: v })} allowNone="—" />}
        </Field>
      )}
      <Field label={t('dir.user.phone')} error={errors.fields.phone}>{(p) => <input {...p} name="phone" type="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} />}</Field>
      <div className="dir-check">
        <input id={`ke-${user.id}`} type="checkbox" checked={form.knowledgeEditor} onChange={(e) => setForm({ ...form, knowledgeEditor: e.target.checked })} />
        <label htmlFor={`ke-${user.id}`}>{t('dir.user.knowledgeEditor')}</label>
      </div>
      <div className="dir-actions">
        <button type="submit" disabled={state.fetching}>{t('dir.save')}</button>
      </div>
    </form>
  );
}

/** Deactivate or reactivate: the one button the user's state allows. */
function ActiveToggle({ user }: { user: EditedUser }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const { errors, take } = useFormErrors([]);
  const [deactivating, deactivate] = useMutation(Deactivate);
  const [reactivating, reactivate] = useMutation(Reactivate);
  const run = async () => {
    setDone(null);
    const vars = { userId: user.id, expectedVersion: user.version };
    const payload = take(user.active ? await deactivate(vars) : await reactivate(vars));
    if (payload) setDone(t(user.active ? 'dir.user.deactivated' : 'dir.user.reactivated', { name: user.name }));
  };
  return (
    <div className="dir-status">
      <p>
        {t('dir.user.status')}: <strong>{user.active ? t('dir.user.active') : t('dir.user.inactive')}</strong>
      </p>
      <button type="button" className={user.active ? 'danger' : undefined} onClick={run} disabled={deactivating.fetching || reactivating.fetching}>
        {user.active ? t('dir.user.deactivate') : t('dir.user.reactivate')}
      </button>
      <FormStatus errors={errors} done={done} />
    </div>
  );
}

/** One user: their details to edit, active or not, their groups, and their change log. */
export function UserEditScreen() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: UserNode, variables: { id } });
  const user = data?.node && 'id' in data.node ? (data.node as EditedUser) : null;
  useTitle(user?.name ?? t('dir.users.title'));
  return (
    <section aria-labelledby="dir-user-h">
      <p><Link to="/admin/directory/users">{t('dir.back')}</Link></p>
      <QueryState fetching={fetching && !data} error={error} />
      {data && !user && <p role="alert">{t('dir.notFound')}</p>}
      {user && (
        <>
          <h2 id="dir-user-h">{user.name} <span className="muted">{user.email}</span></h2>
          {params.get('created') && <p role="status" className="ok">{t('dir.user.created', { name: user.name })}</p>}
          <div className="dir-columns">
            <UserForm user={user} />
            <div>
              <ActiveToggle user={user} />
              <h3>{t('dir.user.groups')}</h3>
              {user.groups.length ? (
                <ul>{user.groups.map((g) => <li key={g.id}><Link to={`/admin/directory/groups/${encodeURIComponent(g.id)}`}>{g.name}</Link></li>)}</ul>
              ) : (
                <p className="muted">{t('dir.user.noGroups')}</p>
              )}
            </div>
          </div>
          <AuditList subject={{ userId: user.id }} version={user.version} />
        </>
      )}
    </section>
  );
}
