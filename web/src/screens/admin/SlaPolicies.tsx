import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminSlaPoliciesQuery, Priority, SlaPolicyInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { changedConditions, conditionsOf, SlaConditionsEditor, type Conditions } from './SlaConditionsEditor';
import { Crumb, errorsByField, Field, isForbidden, NO_ERRORS, NotAllowed, Outcome, QueryState, type FormErrors, type UserError } from './admin-common';
import { apiErrorMessage } from '../../components/ApiError';
import { METRICS, PolicyTable, rankError } from './SlaPolicyTable';

const PolicyFields = graphql(`
  fragment AdminSlaPolicy on SlaPolicy {
    id name version priority rank active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds
    serviceArea { id code name }
    service { id name }
    agency { id name }
    calendar { id name }
    conditions {
      FIRST_RESPONSE { start stop pauseStatuses }
      RESOLUTION { start stop pauseStatuses }
      TIME_AT_VENDOR { start stop pauseStatuses }
    }
  }
`);

const Policies = graphql(`
  query AdminSlaPolicies {
    slaPolicies { ...AdminSlaPolicy }
    serviceAreas { id code name services { id name } }
    businessCalendars { id name }
  }
`);

const UpdatePolicy = graphql(`
  mutation AdminUpdateSlaPolicy($policyId: ID!, $input: SlaPolicyInput!, $recompute: Boolean!) {
    updateSlaPolicy(policyId: $policyId, input: $input, recomputeRunning: $recompute) {
      policy { ...AdminSlaPolicy }
      recomputed
      userErrors { code message field }
    }
  }
`);

const CreatePolicy = graphql(`
  mutation AdminCreateSlaPolicy($input: SlaPolicyInput!) {
    createSlaPolicy(input: $input) {
      policy { ...AdminSlaPolicy }
      userErrors { code message field }
    }
  }
`);

void PolicyFields;

type Data = AdminSlaPoliciesQuery;
type Policy = Data['slaPolicies'][number];
const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
type MetricField = (typeof METRICS)[number]['field'];

/** The form's values, as the inputs hold them (strings). */
interface Draft {
  name: string;
  serviceAreaId: string;
  serviceId: string;
  priority: string;
  calendarId: string;
  firstResponseMinutes: string;
  resolutionMinutes: string;
  vendorMinutes: string;
  warningThresholds: string;
  /** Empty: not given (1 on create, unchanged on update). */
  rank: string;
  active: boolean;
  recompute: boolean;
  /** Null on create: a new policy gets the API's default conditions. */
  conditions: Conditions | null;
}

const draftOf = (p: Policy | null): Draft => ({
  name: p?.name ?? '',
  serviceAreaId: p?.serviceArea.id ?? '',
  serviceId: p?.service?.id ?? '',
  priority: p?.priority ?? '',
  calendarId: p?.calendar.id ?? '',
  firstResponseMinutes: p?.firstResponseMinutes?.toString() ?? '',
  resolutionMinutes: p?.resolutionMinutes?.toString() ?? '',
  vendorMinutes: p?.vendorMinutes?.toString() ?? '',
  warningThresholds: (p?.warningThresholds ?? [50, 75]).join(', '),
  rank: p ? String(p.rank) : '',
  active: p?.active ?? true,
  recompute: false,
  conditions: p ? conditionsOf(p.conditions) : null,
});

/** Messages of the catalogue for the API's user errors this form knows; others keep the API's words. */
function explainer(t: ReturnType<typeof useI18n>['t']) {
  return (field: string, e: UserError): string | undefined => {
    if (field === 'rank') return rankError(t, e);
    if (e.code !== 'BAD_USER_INPUT') return undefined;
    if (field.endsWith('Minutes')) return t('admin.sla.error.minutes');
    if (field === 'warningThresholds') return t('admin.sla.error.thresholds');
    if (field === 'name') return t('admin.sla.error.name');
    if (/start trigger/.test(e.message)) return t('admin.sla.error.noStart');
    if (/both start and stop/.test(e.message)) return t('admin.sla.error.startStop');
    return undefined;
  };
}

/** The edit (or create) form of one policy: every value the API takes, its user errors at their fields. */
function PolicyForm({ policy, data, onDone, onReload }: { policy: Policy | null; data: Data; onDone(id: string): void; onReload(): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(policy));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  /** CONFLICT: the policy changed since it was read; the reload button reads it again and refills the form. */
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [updated, update] = useMutation(UpdatePolicy);
  const [created, create] = useMutation(CreatePolicy);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (!reloading || !policy) return;
    setDraft(draftOf(policy));
    setErrors(NO_ERRORS);
    setStale(false);
    setReloading(false);
    // Only a newer version ends the reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [policy?.version]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const area = data.serviceAreas.find((a) => a.id === draft.serviceAreaId);
  const busy = updated.fetching || created.fetching;

  /** The input the API gets; a value the inputs cannot turn into one is an error of this form, not sent. */
  function inputOf(): { input: SlaPolicyInput; local: Record<string, string> } {
    const local: Record<string, string> = {};
    const minutes = (field: MetricField) => {
      const raw = draft[field].trim();
      if (raw === '') return null;
      const n = Number(raw);
      if (!Number.isInteger(n)) local[field] = t('admin.sla.error.number');
      return n;
    };
    const thresholds = draft.warningThresholds.split(/[,\s]+/).filter(Boolean).map(Number);
    if (thresholds.some((n) => !Number.isInteger(n))) local.warningThresholds = t('admin.sla.error.thresholds');
    const rank = draft.rank.trim() === '' ? null : Number(draft.rank);
    if (rank !== null && !Number.isInteger(rank)) local.rank = t('admin.sla.error.rank');
    const input: SlaPolicyInput = {
      expectedVersion: policy?.version ?? null,
      name: draft.name,
      firstResponseMinutes: minutes('firstResponseMinutes'),
      resolutionMinutes: minutes('resolutionMinutes'),
      vendorMinutes: minutes('vendorMinutes'),
      warningThresholds: thresholds,
      active: draft.active,
      rank,
      calendarId: draft.calendarId || null,
      serviceAreaId: draft.serviceAreaId || null,
      serviceId: draft.serviceId || null,
      priority: (draft.priority || null) as Priority | null,
      conditions: policy && draft.conditions ? changedConditions(draft.conditions, conditionsOf(policy.conditions)) : null,
    };
    return { input, local };
  }

  async function submit() {
    setDone(null);
    setStale(false);
    const { input, local } = inputOf();
    if (Object.keys(local).length) return setErrors({ fields: local, general: [] });
    setErrors(NO_ERRORS);
    const result = policy
      ? await update({ policyId: policy.id, input, recompute: draft.recompute })
      : await create({ input });
    if (isForbidden(result.error)) return setForbidden(true);
    const payload = result.data && ('updateSlaPolicy' in result.data ? result.data.updateSlaPolicy : result.data.createSlaPolicy);
    if (result.error || !payload) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(result.error, t) })] });
    if (payload.userErrors.length) {
      // A stale version is a CONFLICT of the whole policy; a scope taken at this rank is one of the rank field.
      if (payload.userErrors.some((e) => e.code === 'CONFLICT' && e.field?.at(-1) !== 'rank')) {
        setStale(true);
        return setErrors(NO_ERRORS);
      }
      const sorted = errorsByField(payload.userErrors, explainer(t));
      // "a new policy needs …" names the whole input.
      const incomplete = payload.userErrors.some((e) => e.field?.length === 1 && e.field[0] === 'input');
      return setErrors(incomplete ? { ...sorted, general: [t('admin.sla.error.incomplete')] } : sorted);
    }
    const saved = payload.policy!;
    setDraft(draftOf(saved));
    setDone('recomputed' in payload ? t('admin.sla.saved', { count: (payload as { recomputed: number }).recomputed }) : t('admin.sla.created'));
    onDone(saved.id);
  }

  if (forbidden) return <NotAllowed fromApi />;
  const err = errors.fields;
  return (
    <form className="card admin-form" noValidate aria-labelledby="sla-form-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="sla-form-title" tabIndex={-1} ref={heading}>{policy ? t('admin.sla.editTitle', { name: policy.name }) : t('admin.sla.createTitle')}</h2>
      <p className="muted">
        {policy ? t('admin.sla.version', { version: policy.version }) : null}
        {policy?.agency && <> · {t('admin.sla.scope.agency', { agency: policy.agency.name })}</>}
      </p>
      <div className="admin-grid">
        <Field label={t('admin.sla.field.name')} error={err.name}>
          {(p) => <input {...p} name="name" value={draft.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field label={t('admin.sla.field.priority')} error={err.priority}>
          {(p) => (
            <select {...p} name="priority" value={draft.priority} onChange={(e) => set('priority', e.target.value)}>
              {!draft.priority && <option value="">{t('admin.sla.choose')}</option>}
              {PRIORITIES.map((x) => <option key={x} value={x}>{t(`admin.priority.${x}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('admin.sla.field.serviceArea')} error={err.serviceAreaId}>
          {(p) => (
            <select {...p} name="serviceAreaId" value={draft.serviceAreaId} onChange={(e) => setDraft((d) => ({ ...d, serviceAreaId: e.target.value, serviceId: '' }))}>
              {!draft.serviceAreaId && <option value="">{t('admin.sla.choose')}</option>}
              {data.serviceAreas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('admin.sla.field.service')} error={err.serviceId}>
          {(p) => (
            <select {...p} name="serviceId" value={draft.serviceId} onChange={(e) => set('serviceId', e.target.value)}>
              <option value="">{t('admin.sla.field.service.all')}</option>
              {area?.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('admin.sla.field.calendar')} error={err.calendarId}>
          {(p) => (
            <select {...p} name="calendarId" value={draft.calendarId} onChange={(e) => set('calendarId', e.target.value)}>
              {!draft.calendarId && <option value="">{t('admin.sla.choose')}</option>}
              {data.businessCalendars.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="admin-targets">
        <legend>{t('admin.sla.field.targets')}</legend>
        {METRICS.map((m) => (
          <Field key={m.field} label={t(m.label)} error={err[m.field]}
            hint={draft[m.field].trim() && Number(draft[m.field]) % 60 === 0 && Number(draft[m.field]) > 0 ? t('admin.sla.hours', { hours: Number(draft[m.field]) / 60 }) : undefined}>
            {(p) => <input {...p} name={m.field} type="number" step={1} inputMode="numeric" value={draft[m.field]} onChange={(e) => set(m.field, e.target.value)} />}
          </Field>
        ))}
      </fieldset>
      {draft.conditions
        ? <SlaConditionsEditor value={draft.conditions} onChange={(conditions) => set('conditions', conditions)} errors={err} />
        : <p className="muted">{t('admin.sla.conditions.defaults')}</p>}
      <Field label={t('admin.sla.field.rank')} error={err.rank} hint={t('admin.sla.field.rank.hint')}>
        {(p) => <input {...p} name="rank" type="number" min={1} max={99} step={1} inputMode="numeric" value={draft.rank} onChange={(e) => set('rank', e.target.value)} />}
      </Field>
      <Field label={t('admin.sla.field.thresholds')} error={err.warningThresholds}>
        {(p) => <input {...p} name="warningThresholds" value={draft.warningThresholds} onChange={(e) => set('warningThresholds', e.target.value)} />}
      </Field>
      <label className="admin-check"><input type="checkbox" checked={draft.active} onChange={(e) => set('active', e.target.checked)} /> {t('admin.sla.field.active')}</label>
      {policy && <label className="admin-check"><input type="checkbox" checked={draft.recompute} onChange={(e) => set('recompute', e.target.checked)} /> {t('admin.sla.field.recompute')}</label>}
      <div className="row admin-buttons">
        <button type="submit" disabled={busy}>{busy ? t('admin.saving') : policy ? t('admin.sla.save') : t('admin.sla.create')}</button>
        <Link to="/admin/sla">{t('admin.cancel')}</Link>
      </div>
      <Outcome errors={errors} done={done} />
      {stale && (
        <div role="alert" className="conflict">
          <p>{t('admin.sla.conflict')}</p>
          <button type="button" className="secondary" onClick={() => { setReloading(true); onReload(); }}>{t('admin.sla.reload')}</button>
        </div>
      )}
    </form>
  );
}

/** /admin/sla and /admin/sla/:policyId (or /admin/sla/new): the policies, and the one being edited. */
export default function SlaPolicies() {
  const { t } = useI18n();
  const { policyId } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useQuery({ query: Policies });
  const state = <QueryState fetching={fetching} error={error} hasData={!!data} />;
  const creating = policyId === 'new';
  const selected = data && policyId && !creating ? (data.slaPolicies.find((p) => p.id === policyId) ?? null) : null;

  return (
    <section className="admin" aria-labelledby="sla-title">
      <Crumb />
      <h1 id="sla-title">{t('admin.sla.title')}</h1>
      <p className="muted">{t('admin.sla.intro')}</p>
      {!data ? state : (
        <>
          {creating && (
            <PolicyForm key="new" policy={null} data={data} onReload={() => undefined} onDone={(id) => {
              reload({ requestPolicy: 'network-only' });
              navigate(`/admin/sla/${encodeURIComponent(id)}`);
            }} />
          )}
          {policyId && !creating && !selected && <p role="alert" className="error">{t('admin.sla.notFound')}</p>}
          {selected && <PolicyForm key={selected.id} policy={selected} data={data} onDone={() => undefined} onReload={() => reload({ requestPolicy: 'network-only' })} />}
          {!creating && <p><Link className="button-link" to="/admin/sla/new">{t('admin.sla.new')}</Link></p>}
          {data.slaPolicies.length === 0 ? <p>{t('admin.sla.empty')}</p> : <PolicyTable policies={data.slaPolicies} selectedId={selected?.id ?? null} />}
        </>
      )}
    </section>
  );
}
