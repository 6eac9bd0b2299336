import { useCallback, useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { bearerToken } from '../../../auth';
import { apiErrorMessage } from '../../../components/ApiError';
import { graphql } from '../../../gql';
import type { Category, Urgency } from '../../../gql/graphql';
import { useI18n, type Translate } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/sv';
import { Field } from '../../ticket/fields';
import { ArticleOffers } from './ArticleOffers';
import { impactFor } from './priority-cap';
import { FilePicker } from './FilePicker';
import { Registered, ThankYou, type Outcome } from './Outcome';
import { UploadRefused, uploadAttachment } from './upload';
import './register.css';

const Setup = graphql(`
  query CustomerRegisterSetup {
    serviceAreas { id code name services { id name } }
    priorityMatrix { impact urgency allowed }
  }
`);

const Create = graphql(`
  mutation CustomerCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket { id number }
      userErrors { code message field }
    }
  }
`);

const CATEGORIES: Category[] = ['QUESTION', 'INCIDENT', 'SERVICE_REQUEST', 'COMPLAINT'];
const URGENCIES: Urgency[] = ['LOW', 'MEDIUM', 'HIGH'];
const FIELDS = ['serviceAreaId', 'serviceId', 'category', 'urgency', 'title', 'description'] as const;
type FieldName = (typeof FIELDS)[number];

/** Fields with a plain sentence of their own for whatever the API refused there. */
const PLAIN: Partial<Record<FieldName, MessageKey>> = {
  title: 'customerRegister.error.title',
  description: 'customerRegister.error.description',
  serviceAreaId: 'customerRegister.error.serviceAreaId',
  serviceId: 'customerRegister.error.serviceId',
};

/** The API's user errors at the form's fields (their path's last part), in plain words where we have them; the rest apart. */
function atFields(errors: readonly { message: string; field?: readonly string[] | null }[], t: Translate): { fields: Partial<Record<FieldName, string>>; rest: string[] } {
  const fields: Partial<Record<FieldName, string>> = {};
  const rest: string[] = [];
  for (const e of errors) {
    const last = (e.field?.at(-1) ?? '') as FieldName;
    const plain = PLAIN[last];
    if (FIELDS.includes(last)) fields[last] ??= plain ? t(plain) : e.message;
    else rest.push(e.message);
  }
  return { fields, rest };
}

/**
 * Nytt ärende: what it is about in plain words (the API's service areas and services), what kind of
 * matter and how urgent, a title and description, files; while the customer writes, the public
 * articles that may answer it. Registered with createTicket (channel WEB, one idempotency key per
 * form), then the files are sent one by one to the case's upload route with the in-memory token.
 */
export function RegisterPage({ onRestart }: { onRestart(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [{ data: setup, error: setupError }] = useQuery({ query: Setup });
  const [areaId, setAreaId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [category, setCategory] = useState<Category>('QUESTION');
  const [urgency, setUrgency] = useState<Urgency>('LOW');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [offered, setOffered] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [idempotencyKey] = useState(() => `kundwebb-${crypto.randomUUID()}`);
  const [created, create] = useMutation(Create);
  const [uploading, setUploading] = useState(false);
  const onOffered = useCallback((now: boolean) => setOffered((before) => before || now), []);
  const onAnswered = useCallback((article: string) => setOutcome({ kind: 'deflected', article }), []);

  useEffect(() => {
    document.title = `${t('customerRegister.title')} · ${t('customer.name')}`;
  }, [t]);

  // Only what the customer may set: a capped level goes in with the most severe impact allowed.
  const impact = impactFor(setup?.priorityMatrix, urgency);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setGeneral(null);
    const result = await create({
      input: { channel: 'WEB', category, impact, urgency, title, description, idempotencyKey, serviceAreaId: serviceId ? null : areaId || null, serviceId: serviceId || null },
    });
    const payload = result.data?.createTicket;
    if (result.error || !payload) return setGeneral(t('app.error', { message: apiErrorMessage(result.error, t) }));
    const { fields, rest } = atFields(payload.userErrors, t);
    setErrors(fields);
    if (payload.userErrors.length) return setGeneral(rest.length ? rest.join(' ') : t('customerRegister.failed'));
    const ticket = payload.ticket!;
    setUploading(true);
    const uploaded: string[] = [];
    const failed: { name: string; message: string }[] = [];
    for (const file of files) {
      try {
        uploaded.push((await uploadAttachment(ticket.id, file, bearerToken() ?? '')).filename);
      } catch (err) {
        const status = err instanceof UploadRefused ? err.status : 0;
        const message = status === 413 ? t('customerRegister.upload.tooLarge') : status === 400 ? t('customerRegister.upload.refused') : t('customerRegister.upload.failed', { status: status || '–' });
        failed.push({ name: file.name, message });
      }
    }
    setUploading(false);
    setOutcome({ kind: 'registered', number: ticket.number, uploaded, failed });
  }

  if (outcome?.kind === 'deflected') return <ThankYou article={outcome.article} onRestart={onRestart} />;
  if (outcome?.kind === 'registered') return <Registered outcome={outcome} onRestart={onRestart} />;
  if (setupError) return <p role="alert" className="cw-error">{t('app.error', { message: apiErrorMessage(setupError, t) })}</p>;
  if (!setup) return <p role="status">{t('app.loading')}</p>;

  const area = setup.serviceAreas.find((a) => a.id === areaId);
  const busy = created.fetching || uploading;
  const radios = <V extends string>(name: FieldName, values: readonly V[], value: V, set: (v: V) => void, label: (v: V) => string) => (
    <fieldset className="cw-choices" aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}>
      <legend>{t(`customerRegister.${name}` as MessageKey)}</legend>
      {values.map((v) => (
        <label key={v}>
          <input type="radio" name={`${id}-${name}`} value={v} checked={value === v} onChange={() => set(v)} /> {label(v)}
        </label>
      ))}
      {errors[name] && <p id={`${id}-${name}-error`} className="cw-error">{errors[name]}</p>}
    </fieldset>
  );

  return (
    <div className="cw-register">
      <form className="cw-form" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
        <h1 id={`${id}-heading`}>{t('customerRegister.title')}</h1>
        <p className="customer-lead">{t('customerRegister.intro')}</p>
        <fieldset className="cw-choices" aria-describedby={errors.serviceAreaId ? `${id}-area-error` : undefined}>
          <legend>{t('customerRegister.area')}</legend>
          {setup.serviceAreas.map((a) => (
            <label key={a.id}>
              <input type="radio" name={`${id}-area`} value={a.id} checked={areaId === a.id} onChange={() => { setAreaId(a.id); setServiceId(''); }} />{' '}
              <strong>{a.name}</strong> <span className="cw-hint">{t(`customerRegister.area.${a.code}` as MessageKey)}</span>
            </label>
          ))}
          {errors.serviceAreaId && <p id={`${id}-area-error`} className="cw-error">{errors.serviceAreaId}</p>}
        </fieldset>
        <Field label={t('customerRegister.service')} error={errors.serviceId} hint={area ? undefined : t('customerRegister.service.pickArea')}>
          {(p) => (
            <select {...p} value={serviceId} disabled={!area} onChange={(e) => setServiceId(e.target.value)}>
              <option value="">{t('customerRegister.service.none')}</option>
              {area?.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          )}
        </Field>
        {radios('category', CATEGORIES, category, setCategory, (c) => t(`customerRegister.category.${c}` as MessageKey))}
        {radios('urgency', URGENCIES, urgency, setUrgency, (u) => t(`customerRegister.urgency.${u}` as MessageKey))}
        {impact !== urgency && <p className="muted" role="status">{t('customerRegister.priorityCapped')}</p>}
        <Field label={t('customerRegister.titleField')} error={errors.title} hint={t('customerRegister.titleField.hint')}>
          {(p) => <input {...p} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('customerRegister.description')} error={errors.description} hint={t('customerRegister.description.hint')}>
          {(p) => <textarea {...p} rows={7} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <FilePicker files={files} onChange={setFiles} />
        {general && <p role="alert" className="cw-error">{general}</p>}
        <button type="submit" className="cw-primary" disabled={busy}>
          {busy ? t('customerRegister.sending') : offered ? t('customerRegister.submitAnyway') : t('customerRegister.submit')}
        </button>
      </form>
      <ArticleOffers text={`${title}\n${description}`} serviceAreaId={areaId || null} serviceId={serviceId || null} onOffered={onOffered} onAnswered={onAnswered} />
    </div>
  );
}
