import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import type { RepliesReplyQuery, SavedReplyScope, Visibility } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../viewer';
import { Field, NO_ERRORS, type FormErrors } from '../admin/admin-common';
import { DeleteReply } from './DeleteReply';
import { PlaceholderButtons } from './PlaceholderButtons';
import { RepliesCreate, RepliesFormData, RepliesReply, RepliesUpdate } from './queries';
import { EMPTY_FORM, formErrors, formOf, inputOf, LEVELS, MACRO_STATUSES, SCOPES, type ReplyForm } from './shared';

type Reply = NonNullable<RepliesReplyQuery['savedReply']>;

/**
 * A saved reply's form: /replies/new (createSavedReply) and /replies/:id (updateSavedReply with the
 * version read; deleteSavedReply behind a confirmation). Title, body with its placeholders, scope
 * (GROUP: one of the viewer's groups) and a macro's changes. The API's errors are shown at their
 * fields and nothing is saved; a GLOBAL reply is read-only for all but admins (the API's rule).
 */
export function ReplyEditor({ reply }: { reply: Reply | null }) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const client = useClient();
  const viewer = useViewer();
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [form, setForm] = useState<ReplyForm>(() => (reply ? formOf(reply) : EMPTY_FORM));
  const [version, setVersion] = useState(reply?.version ?? 0);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ data }] = useQuery({ query: RepliesFormData });
  const [create, runCreate] = useMutation(RepliesCreate);
  const [update, runUpdate] = useMutation(RepliesUpdate);
  const busy = create.fetching || update.fetching;
  const readOnly = reply?.scope === 'GLOBAL' && viewer !== null && viewer.role !== 'ADMIN';
  // The viewer's groups, and the reply's own group (an admin may edit any group's reply).
  const groups = [...(viewer?.groups ?? []), ...(reply?.group && !viewer?.groups.some((g) => g.id === reply.group!.id) ? [reply.group] : [])];
  const secondLine = data?.groups ?? [];

  // Keyboard and screen-reader users land on the first field the API refused.
  useEffect(() => {
    if (Object.keys(errors.fields).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = <K extends keyof ReplyForm>(key: K, value: ReplyForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) => errors.fields[field];

  async function save() {
    setErrors(NO_ERRORS);
    const input = inputOf(form);
    const result = reply ? await runUpdate({ savedReplyId: reply.id, expectedVersion: version, input }) : await runCreate({ input });
    const payload = result.data ? Object.values(result.data)[0] : undefined;
    if (result.error || !payload) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(result.error, t) })] });
    if (payload.userErrors.length) {
      if (reply && payload.userErrors.some((e) => e.code === 'CONFLICT')) {
        // Keep what the user wrote; saving again writes it over the latest version.
        const fresh = (await client.query(RepliesReply, { id: reply.id }, { requestPolicy: 'network-only' }).toPromise()).data?.savedReply;
        if (fresh) setVersion(fresh.version);
      }
      return setErrors(formErrors(t, payload.userErrors));
    }
    navigate('/replies', { state: { done: t(reply ? 'replies.saved' : 'replies.created', { title: form.title.trim() }) } });
  }

  return (
    <section className="replies replies-editor" aria-labelledby={`${id}-title`}>
      <p className="replies-crumb"><Link to="/replies">{t('replies.back')}</Link></p>
      <h1 id={`${id}-title`}>{reply ? t('replies.edit', { title: reply.title }) : t('replies.new')}</h1>
      {readOnly && <p role="note" className="replies-readonly">{t('replies.readOnly')}</p>}
      <form ref={formRef} noValidate className="card replies-form" onSubmit={(e) => (e.preventDefault(), void save())}>
        {errors.general.length > 0 && <div role="alert" className="error">{errors.general.map((m) => <p key={m}>{m}</p>)}</div>}
        {Object.keys(errors.fields).length > 0 && <p role="alert" className="error">{t('replies.errors')}</p>}
        <fieldset className="replies-plain" disabled={readOnly || busy}>
          <legend className="sr-only">{t('replies.legend.text')}</legend>
          <Field label={t('replies.field.title')} error={err('title')}>
            {(p) => <input {...p} value={form.title} maxLength={100} aria-required="true" onChange={(e) => set('title', e.target.value)} />}
          </Field>
          <Field label={t('replies.field.body')} error={err('body')} hint={t('replies.field.body.hint')}>
            {(p) => <textarea {...p} ref={bodyRef} rows={8} value={form.body} aria-required="true" onChange={(e) => set('body', e.target.value)} />}
          </Field>
          <PlaceholderButtons placeholders={data?.savedReplyPlaceholders ?? []} body={bodyRef} value={form.body} onChange={(v) => set('body', v)} disabled={readOnly || busy} />
          <div className="replies-row">
            <Field label={t('replies.field.scope')} error={err('scope')}>
              {(p) => (
                <select {...p} value={form.scope} onChange={(e) => set('scope', e.target.value as SavedReplyScope)}>
                  {SCOPES.map((s) => <option key={s} value={s}>{t(`replies.scope.${s}`)}</option>)}
                </select>
              )}
            </Field>
            {form.scope === 'GROUP' && (
              <Field label={t('replies.field.group')} error={err('groupId')}>
                {(p) => (
                  <select {...p} value={form.groupId} aria-required="true" onChange={(e) => set('groupId', e.target.value)}>
                    <option value="">{t('replies.choose')}</option>
                    {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
                  </select>
                )}
              </Field>
            )}
          </div>
        </fieldset>
        <fieldset className="replies-macro-fields" disabled={readOnly || busy}>
          <legend>{t('replies.legend.macro')}</legend>
          <p className="muted">{t('replies.legend.macro.hint')}</p>
          <div className="replies-row">
            <Field label={t('replies.field.visibility')} error={err('commentVisibility')}>
              {(p) => (
                <select {...p} value={form.commentVisibility} onChange={(e) => set('commentVisibility', e.target.value as Visibility)}>
                  <option value="PUBLIC">{t('composer.public')}</option>
                  <option value="INTERNAL">{t('composer.internal')}</option>
                </select>
              )}
            </Field>
            <Field label={t('replies.field.impact')} error={err('impact')}>
              {(p) => (
                <select {...p} value={form.impact} onChange={(e) => set('impact', e.target.value as ReplyForm['impact'])}>
                  <option value="">{t('replies.unchanged')}</option>
                  {LEVELS.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('replies.field.urgency')} error={err('urgency')}>
              {(p) => (
                <select {...p} value={form.urgency} onChange={(e) => set('urgency', e.target.value as ReplyForm['urgency'])}>
                  <option value="">{t('replies.unchanged')}</option>
                  {LEVELS.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('replies.field.status')} error={err('status')}>
              {(p) => (
                <select {...p} value={form.status} onChange={(e) => set('status', e.target.value as ReplyForm['status'])}>
                  <option value="">{t('replies.unchanged')}</option>
                  {MACRO_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('replies.field.escalate')} error={err('escalateToGroupId')}>
              {(p) => (
                <select {...p} value={form.escalateToGroupId} onChange={(e) => set('escalateToGroupId', e.target.value)}>
                  <option value="">{t('replies.noEscalation')}</option>
                  {secondLine.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
                </select>
              )}
            </Field>
          </div>
        </fieldset>
        {!readOnly && (
          <div className="replies-buttons">
            <button type="submit" disabled={busy}>{busy ? t('replies.saving') : reply ? t('replies.save') : t('replies.create')}</button>
            <Link to="/replies">{t('replies.cancel')}</Link>
            {reply && <DeleteReply reply={reply} version={version} onVersion={setVersion} />}
          </div>
        )}
      </form>
    </section>
  );
}
