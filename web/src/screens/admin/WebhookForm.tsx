import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AdminWebhookEndpointFragment, WebhookEventKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { apiErrorMessage } from '../../components/ApiError';
import { errorsByField, Field, NO_ERRORS, Outcome, type FormErrors, type UserError } from './admin-common';
import { EVENT_KINDS, eventLabel } from './Webhooks';

const Create = graphql(`
  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } secret userErrors { code message field } }
  }
`);
const Update = graphql(`
  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(webhookEndpointId: $id, input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } userErrors { code message field } }
  }
`);
const Rotate = graphql(`
  mutation AdminRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(webhookEndpointId: $id) { webhookEndpoint { id } secret userErrors { code message field } }
  }
`);
const Delete = graphql(`
  mutation AdminDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(webhookEndpointId: $id) { deletedWebhookEndpointId userErrors { code message field } }
  }
`);

type Endpoint = AdminWebhookEndpointFragment;
interface Draft { url: string; description: string; eventKinds: WebhookEventKind[]; active: boolean }

/** The secret, shown once: after creating or rotating, never again. */
function SecretOnce({ secret }: { secret: string }) {
  const { t } = useI18n();
  return (
    <div className="webhook-secret" role="status">
      <h2>{t('webhooks.secret.title')}</h2>
      <p>{t('webhooks.secret.once')}</p>
      <code data-testid="webhook-secret">{secret}</code>
    </div>
  );
}

/** Registers or changes an endpoint; the API's errors at their fields; rotate and delete for an existing one. */
export function WebhookForm({ endpoint, onChanged }: { endpoint: Endpoint | null; onChanged(): void }) {
  const { t, dateTime } = useI18n();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>({ url: endpoint?.url ?? '', description: endpoint?.description ?? '', eventKinds: endpoint?.eventKinds ?? [], active: endpoint?.active ?? true });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const location = useLocation();
  // A new endpoint's secret comes with the navigation to its page; it is taken out of the history
  // at once, so a reload or going back and forth never shows it again.
  const [secret, setSecret] = useState<string | null>(() => (location.state as { secret?: string } | null)?.secret ?? null);
  useEffect(() => {
    if ((location.state as { secret?: string } | null)?.secret) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);
  const [confirming, setConfirming] = useState(false);
  const [created, create] = useMutation(Create);
  const [updated, update] = useMutation(Update);
  const [, rotate] = useMutation(Rotate);
  const [, remove] = useMutation(Delete);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const busy = created.fetching || updated.fetching;
  const explain = (field: string, e: UserError) => (e.code === 'BAD_USER_INPUT' ? t(`webhooks.err.${field}.BAD_USER_INPUT` as MessageKey) : undefined);
  const toggle = (k: WebhookEventKind) => setDraft((d) => ({ ...d, eventKinds: d.eventKinds.includes(k) ? d.eventKinds.filter((x) => x !== k) : [...d.eventKinds, k] }));

  async function submit() {
    setDone(null);
    setErrors(NO_ERRORS);
    const input = { url: draft.url, description: draft.description, eventKinds: draft.eventKinds, active: draft.active };
    if (!endpoint) {
      const r = await create({ input });
      const p = r.data?.createWebhookEndpoint;
      if (r.error || !p) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(r.error, t) })] });
      if (p.userErrors.length) return setErrors(errorsByField(p.userErrors, explain));
      onChanged();
      return navigate(`/admin/webhooks/${p.webhookEndpoint!.id}`, { state: { secret: p.secret } });
    }
    const r = await update({ id: endpoint.id, input });
    const p = r.data?.updateWebhookEndpoint;
    if (r.error || !p) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(r.error, t) })] });
    if (p.userErrors.length) return setErrors(errorsByField(p.userErrors, explain));
    setDone(t('webhooks.saved'));
    onChanged();
  }

  async function rotateSecret() {
    if (!endpoint) return;
    const r = await rotate({ id: endpoint.id });
    if (r.data?.rotateWebhookSecret.secret) {
      setSecret(r.data.rotateWebhookSecret.secret);
      setDone(t('webhooks.rotated'));
    } else setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(r.error, t) })] });
  }

  async function deleteEndpoint() {
    if (!endpoint) return;
    const r = await remove({ id: endpoint.id });
    if (r.data?.deleteWebhookEndpoint.deletedWebhookEndpointId) {
      onChanged();
      navigate('/admin/webhooks');
    } else setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(r.error, t) })] });
  }

  return (
    <div className="webhook-form">
      <h1 id="webhooks-form-title" ref={heading} tabIndex={-1}>{t(endpoint ? 'webhooks.form.edit' : 'webhooks.form.new')}</h1>
      {endpoint && (
        <p>
          {t('webhooks.col.status')}: <span className={`webhook-status webhook-status-${endpoint.status}`}>{t(`webhooks.status.${endpoint.status}` as MessageKey)}</span>
          {endpoint.pausedAt && <> — {t('webhooks.paused', { at: dateTime(endpoint.pausedAt), reason: endpoint.pauseReason ?? '' })}</>}
        </p>
      )}
      {secret && <SecretOnce secret={secret} />}
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Field label={t('webhooks.field.url')} error={errors.fields.url}>
          {(p) => <input {...p} type="url" value={draft.url} onChange={(e) => setDraft({ ...draft, url: e.target.value })} required />}
        </Field>
        <Field label={t('webhooks.field.description')} error={errors.fields.description}>
          {(p) => <input {...p} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />}
        </Field>
        <fieldset className="webhook-events" aria-invalid={errors.fields.eventKinds ? true : undefined} aria-describedby={errors.fields.eventKinds ? 'webhook-events-error' : undefined}>
          <legend>{t('webhooks.field.events')}</legend>
          {EVENT_KINDS.map((k) => (
            <label key={k}><input type="checkbox" checked={draft.eventKinds.includes(k)} onChange={() => toggle(k)} /> {t(eventLabel(k))}</label>
          ))}
          {errors.fields.eventKinds && <p id="webhook-events-error" className="error field-error">{errors.fields.eventKinds}</p>}
        </fieldset>
        <label className="webhook-active">
          <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />{' '}
          {t(endpoint?.status === 'PAUSED' ? 'webhooks.field.active.resume' : 'webhooks.field.active')}
        </label>
        <Outcome errors={errors} done={done} />
        <p className="webhook-actions">
          <button type="submit" disabled={busy}>{busy ? t('webhooks.saving') : t(endpoint ? 'webhooks.save' : 'webhooks.create')}</button>
          {endpoint && <button type="button" onClick={() => void rotateSecret()}>{t('webhooks.rotate')}</button>}
          {endpoint && !confirming && <button type="button" className="danger" onClick={() => setConfirming(true)}>{t('webhooks.delete')}</button>}
        </p>
        {endpoint && confirming && (
          <p role="alert" className="webhook-confirm">
            {t('webhooks.delete.confirm', { url: endpoint.url })}{' '}
            <button type="button" className="danger" onClick={() => void deleteEndpoint()}>{t('webhooks.delete')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>{t('replies.cancel')}</button>
          </p>
        )}
      </form>
    </div>
  );
}
