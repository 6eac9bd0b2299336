import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Category, Impact, Urgency } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { LEVELS, usePriorityFor } from '../../priority';
import { CallerPicker, type Caller } from './CallerPicker';
import { Suggestions } from './Suggestions';
import './intake.css';
import { apiErrorMessage } from '../../components/ApiError';

const IntakeSetup = graphql(`
  query IntakeSetup {
    serviceAreas { id code name services { id name } }
  }
`);

const FromCall = graphql(`
  query IntakeFromCall($id: ID!) {
    node(id: $id) { __typename ... on IvrCall { id from ticketNumber } }
  }
`);

const Create = graphql(`
  mutation IntakeCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket { id number priority }
      userErrors { code message field }
    }
  }
`);

const CATEGORIES: Category[] = ['QUESTION', 'INCIDENT', 'SERVICE_REQUEST', 'COMPLAINT'];

/** A form field with its label and, under it, the API's user error for it. */
function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && <p id={`${id}-error`} className="error field-error">{error}</p>}
    </div>
  );
}

/** aria attributes tying a control to its error. */
const invalid = (id: string, error?: string) => (error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});

/** Which form field a user error's path names (its last part); the caller search for the requester. */
function fieldOf(path: readonly string[] | null | undefined): string {
  const last = path?.[path.length - 1] ?? '';
  return last === 'requesterId' || last === 'agencyId' ? 'requester' : last;
}

/**
 * New ticket from a phone call: the caller found by number, name or e-mail (their agency follows),
 * service area and service, category, impact and urgency with the priority the API's matrix gives,
 * knowledge suggestions while the agent writes, and createTicket with one idempotency key per form
 * (a double submit registers one ticket). User errors appear at their fields; on success, the ticket.
 */
export default function NewTicketPage() {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const callId = params.get('call');
  const [{ data: setup, error: setupError }] = useQuery({ query: IntakeSetup });
  const [{ data: callData }] = useQuery({ query: FromCall, variables: { id: callId ?? '' }, pause: !callId });
  const call = callData?.node?.__typename === 'IvrCall' ? callData.node : null;

  const [caller, setCaller] = useState<Caller | null>(null);
  const [areaId, setAreaId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [category, setCategory] = useState<Category>('QUESTION');
  const [impact, setImpact] = useState<Impact>('MEDIUM');
  const [urgency, setUrgency] = useState<Urgency>('MEDIUM');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  // One key for this form: a second submit (a double click, a retry) gets the same ticket back.
  const [idempotencyKey] = useState(() => `console-${crypto.randomUUID()}`);
  const [created, create] = useMutation(Create);

  useEffect(() => {
    document.title = `${t('intake.title')} · ${t('app.name')}`;
  }, [t]);

  const area = setup?.serviceAreas.find((a) => a.id === areaId);
  const priority = usePriorityFor()(impact, urgency);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setGeneral(null);
    const result = await create({
      input: {
        channel: 'PHONE',
        title,
        description,
        category,
        impact,
        urgency,
        idempotencyKey,
        requesterId: caller?.id ?? null,
        serviceAreaId: serviceId ? null : areaId || null,
        serviceId: serviceId || null,
      },
    });
    const payload = result.data?.createTicket;
    if (result.error || !payload) {
      setErrors({});
      setGeneral(t('app.error', { message: apiErrorMessage(result.error, t) }));
      return;
    }
    if (payload.userErrors.length) {
      const next: Record<string, string> = {};
      const rest: string[] = [];
      for (const u of payload.userErrors) {
        const field = fieldOf(u.field);
        if (['title', 'description', 'requester', 'serviceAreaId', 'serviceId', 'category', 'impact', 'urgency'].includes(field)) next[field] ??= u.message;
        else rest.push(u.message);
      }
      setErrors(next);
      setGeneral(rest.length ? rest.join(' ') : t('intake.failed'));
      return;
    }
    navigate(`/tickets/${payload.ticket!.number}`);
  }

  if (setupError) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(setupError, t) })}</p>;
  if (!setup) return <p role="status">{t('app.loading')}</p>;

  const f = (name: string) => `${id}-${name}`;
  return (
    <div className="intake">
      <form className="card intake-form" noValidate onSubmit={submit} aria-labelledby={f('heading')}>
        <h1 id={f('heading')}>{t('intake.title')}</h1>
        <p className="muted">{t('intake.intro')}</p>
        {call && (
          <p className="from-call" role="note">
            {call.ticketNumber ? (
              <>
                {t('intake.fromCall', { number: call.from, ticket: call.ticketNumber })}{' '}
                <Link to={`/tickets/${call.ticketNumber}`}>{t('intake.fromCall.open')}</Link>
              </>
            ) : (
              t('intake.fromCall.noTicket', { number: call.from })
            )}
          </p>
        )}
        <CallerPicker
          key={call?.from ?? ''}
          caller={caller}
          initialSearch={call && call.from !== 'withheld' ? call.from : ''}
          error={errors.requester}
          onChange={(c) => {
            setCaller(c);
            setErrors(({ requester: _, ...rest }) => rest);
          }}
        />
        <dl className="fields agency">
          <div>
            <dt>{t('intake.agency')}</dt>
            <dd data-testid="agency">{caller?.agency?.name ?? t('intake.agency.none')}</dd>
          </div>
        </dl>

        <div className="grid2">
          <Field id={f('area')} label={t('intake.serviceArea')} error={errors.serviceAreaId}>
            <select id={f('area')} value={areaId} {...invalid(f('area'), errors.serviceAreaId)} onChange={(e) => { setAreaId(e.target.value); setServiceId(''); }}>
              <option value="">{t('intake.choose')}</option>
              {setup.serviceAreas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </Field>
          <Field id={f('service')} label={t('intake.service')} error={errors.serviceId}>
            <select id={f('service')} value={serviceId} disabled={!area} {...invalid(f('service'), errors.serviceId)} onChange={(e) => setServiceId(e.target.value)}>
              <option value="">{t('intake.service.any')}</option>
              {area?.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Field>
          <Field id={f('category')} label={t('intake.category')} error={errors.category}>
            <select id={f('category')} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
              {CATEGORIES.map((c) => <option key={c} value={c}>{t(`intake.category.${c}`)}</option>)}
            </select>
          </Field>
          <div />
          <Field id={f('impact')} label={t('intake.impact')} error={errors.impact}>
            <select id={f('impact')} value={impact} onChange={(e) => setImpact(e.target.value as Impact)}>
              {LEVELS.map((l) => <option key={l} value={l}>{t(`intake.level.${l}`)}</option>)}
            </select>
          </Field>
          <Field id={f('urgency')} label={t('intake.urgency')} error={errors.urgency}>
            <select id={f('urgency')} value={urgency} onChange={(e) => setUrgency(e.target.value as Urgency)}>
              {LEVELS.map((l) => <option key={l} value={l}>{t(`intake.level.${l}`)}</option>)}
            </select>
          </Field>
        </div>
        <p className="priority-shown">
          {t('intake.priority')}:{' '}
          <output htmlFor={`${f('impact')} ${f('urgency')}`} aria-live="polite" className={`prio prio-${priority ?? ''}`} data-priority={priority ?? ''}>
            {priority ? t(`intake.priority.${priority}`) : '—'}
          </output>
        </p>

        <Field id={f('title')} label={t('intake.ticketTitle')} error={errors.title}>
          <input id={f('title')} value={title} maxLength={200} aria-required="true" {...invalid(f('title'), errors.title)} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field id={f('description')} label={t('intake.description')} error={errors.description}>
          <textarea id={f('description')} rows={6} value={description} {...invalid(f('description'), errors.description)} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        {general && <p role="alert" className="error">{general}</p>}
        <button type="submit" aria-disabled={created.fetching || undefined}>{created.fetching ? t('intake.submitting') : t('intake.submit')}</button>
      </form>
      <Suggestions text={`${title}\n${description}`} serviceAreaId={areaId || null} />
    </div>
  );
}
