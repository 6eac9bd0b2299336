import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Segment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { AuditList } from './AuditList';
import { Field, FormStatus, useFormErrors } from './forms';
import { QueryState, useTitle } from './shared';

const AgencyList = graphql(`
  query DirAgencyList($search: String, $after: String) {
    agencies(search: $search, first: 100, after: $after) {
      totalCount
      edges { node { id name organisationNumber employeeCount segment } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const AgencyNode = graphql(`
  query DirAgency($id: ID!) {
    node(id: $id) { ... on Agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } }
  }
`);

const CreateAgency = graphql(`
  mutation DirScreenCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) { agency { id name } userErrors { code message field } }
  }
`);

const UpdateAgency = graphql(`
  mutation DirScreenUpdateAgency($agencyId: ID!, $input: UpdateAgencyInput!) {
    updateAgency(agencyId: $agencyId, input: $input) { agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } userErrors { code message field } }
  }
`);

const FIELDS = ['name', 'organisationNumber', 'employeeCount', 'customerPriorityCap', 'retentionMonths'] as const;

/** Agencies by name, narrowed by a search in the URL. */
export function AgencyListScreen() {
  const { t } = useI18n();
  useTitle(t('dir.agencies.title'));
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [text, setText] = useState(search);
  const [{ data, fetching, error }] = useQuery({ query: AgencyList, variables: { search: search || null }, requestPolicy: 'cache-and-network' });
  const rows = data?.agencies.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="dir-agencies-h">
      <div className="dir-heading">
        <h2 id="dir-agencies-h">{t('dir.agencies.title')}</h2>
        <Link className="button" to="/admin/directory/agencies/new">{t('dir.agencies.new')}</Link>
      </div>
      <form className="dir-filters" role="search" onSubmit={(e) => { e.preventDefault(); setParams(text.trim() ? { q: text.trim() } : {}, { replace: true }); }}>
        <Field label={t('dir.agency.name')}>{(p) => <input {...p} type="search" value={text} onChange={(e) => setText(e.target.value)} />}</Field>
        <button type="submit">{t('dir.search')}</button>
      </form>
      <QueryState fetching={fetching && !data} error={error} />
      {data && (
        <>
          <p className="muted">{t('dir.count', { shown: rows.length, total: data.agencies.totalCount })}</p>
          {rows.length === 0 ? (
            <p>{t('dir.empty')}</p>
          ) : (
            <table className="dir-table">
              <thead>
                <tr>
                  <th scope="col">{t('dir.agency.name')}</th>
                  <th scope="col">{t('dir.agency.organisationNumber')}</th>
                  <th scope="col" className="num">{t('dir.agency.employeeCount')}</th>
                  <th scope="col">{t('dir.agency.segment')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td><Link to={`/admin/directory/agencies/${encodeURIComponent(a.id)}`}>{a.name}</Link></td>
                    <td>{a.organisationNumber}</td>
                    <td className="num">{a.employeeCount}</td>
                    <td>{t(`dir.segment.${a.segment as Segment}` as MessageKey)}</td>
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

type AgencyValues = { name: string; organisationNumber: string; employeeCount: string };

function AgencyFields({ form, setForm, errors }: { form: AgencyValues; setForm(f: AgencyValues): void; errors: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('dir.agency.name')} error={errors.name}>{(p) => <input {...p} name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
      <Field label={t('dir.agency.organisationNumber')} error={errors.organisationNumber}>
        {(p) => <input {...p} name="organisationNumber" value={form.organisationNumber} onChange={(e) => setForm({ ...form, organisationNumber: e.target.value })} />}
      </Field>
      <Field label={t('dir.agency.employeeCount')} error={errors.employeeCount}>
        {(p) => <input {...p} name="employeeCount" inputMode="numeric" value={form.employeeCount} onChange={(e) => setForm({ ...form, employeeCount: e.target.value })} />}
      </Field>
    </>
  );
}

/** A whole number as typed, else -1 (which the API refuses at the field). */
const count = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : -1);

/** The retention period as updateAgency takes it: an empty field means no period agreed. */
const retention = (text: string) => (text.trim() === '' ? { clearRetention: true } : { retentionMonths: count(text) });

export function AgencyNewScreen() {
  const { t } = useI18n();
  useTitle(t('dir.agencies.new'));
  const navigate = useNavigate();
  const [form, setForm] = useState<AgencyValues>({ name: '', organisationNumber: '', employeeCount: '' });
  const { errors, take } = useFormErrors(FIELDS);
  const [state, create] = useMutation(CreateAgency);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = take(await create({ input: { name: form.name, organisationNumber: form.organisationNumber, employeeCount: count(form.employeeCount) } }));
    if (payload?.agency) navigate(`/admin/directory/agencies/${encodeURIComponent(payload.agency.id)}`);
  };
  return (
    <section aria-labelledby="dir-agency-new-h">
      <h2 id="dir-agency-new-h">{t('dir.agencies.new')}</h2>
      <form className="dir-form" noValidate onSubmit={submit}>
        <FormStatus errors={errors} />
        <AgencyFields form={form} setForm={setForm} errors={errors.fields} />
        <div className="dir-actions">
          <button type="submit" disabled={state.fetching}>{t('dir.create')}</button>
          <Link to="/admin/directory/agencies">{t('dir.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}

export function AgencyEditScreen() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: AgencyNode, variables: { id } });
  const agency = data?.node && 'id' in data.node ? data.node : null;
  useTitle(agency?.name ?? t('dir.agencies.title'));
  const initial = (): AgencyValues => ({ name: agency?.name ?? '', organisationNumber: agency?.organisationNumber ?? '', employeeCount: String(agency?.employeeCount ?? '') });
  const [form, setForm] = useState<AgencyValues>(initial);
  const [cap, setCap] = useState(agency?.customerPriorityCap ?? 2);
  const [months, setMonths] = useState(String(agency?.retentionMonths ?? ''));
  useEffect(() => { setForm(initial()); setCap(agency?.customerPriorityCap ?? 2); setMonths(String(agency?.retentionMonths ?? '')); }, [agency?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [done, setDone] = useState<string | null>(null);
  const { errors, take } = useFormErrors(FIELDS);
  const [state, update] = useMutation(UpdateAgency);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!agency) return;
    setDone(null);
    const payload = take(
      await update({ agencyId: agency.id, input: { expectedVersion: agency.version, name: form.name, organisationNumber: form.organisationNumber, employeeCount: count(form.employeeCount), customerPriorityCap: cap, ...retention(months) } }),
    );
    if (payload) setDone(t('dir.saved'));
  };
  return (
    <section aria-labelledby="dir-agency-h">
      <p><Link to="/admin/directory/agencies">{t('dir.back')}</Link></p>
      <QueryState fetching={fetching && !data} error={error} />
      {data && !agency && <p role="alert">{t('dir.notFound')}</p>}
      {agency && (
        <>
          <h2 id="dir-agency-h">{agency.name} <span className="muted">{t(`dir.segment.${agency.segment}` as MessageKey)}</span></h2>
          <form className="dir-form" noValidate onSubmit={submit} aria-label={t('dir.edit', { name: agency.name })}>
            <FormStatus errors={errors} done={done} />
            <AgencyFields form={form} setForm={setForm} errors={errors.fields} />
            <Field label={t('dir.agency.customerPriorityCap')} error={errors.fields.customerPriorityCap}>
              {(p) => (
                <select {...p} name="customerPriorityCap" value={cap} onChange={(e) => setCap(Number(e.target.value))}>
                  {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{`P${n}`}</option>)}
                </select>
              )}
            </Field>
            <p className="muted">{t('dir.agency.customerPriorityCap.hint')}</p>
            <Field label={t('dir.agency.retentionMonths')} error={errors.fields.retentionMonths}>
              {(p) => <input {...p} name="retentionMonths" inputMode="numeric" value={months} onChange={(e) => setMonths(e.target.value)} />}
            </Field>
            <p className="muted">{t('dir.agency.retentionMonths.hint')}</p>
            <div className="dir-actions">
              <button type="submit" disabled={state.fetching}>{t('dir.save')}</button>
            </div>
          </form>
          <p>
            <Link to={`/admin/directory/users?agency=${encodeURIComponent(agency.id)}`}>{t('dir.agency.users')}</Link>
            {' · '}
            <Link to={`/admin/directory/responsibilities?agency=${encodeURIComponent(agency.id)}`}>{t('dir.agency.responsibilities')}</Link>
          </p>
          <AuditList subject={{ agencyId: agency.id }} version={agency.version} />
        </>
      )}
    </section>
  );
}
