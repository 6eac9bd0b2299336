import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { ConfidentialityCode } from '../../gql/graphql';
import { errorsByField, Field, NO_ERRORS, type FormErrors } from '../admin/admin-common';
import { CODES, isReaderRole, ReaderList, ReaderRolesField, type ReaderRole } from './SecrecyFields';
// The time section's form layout, shared rather than written twice.
import './time.css';

const SecrecyQuery = graphql(`
  query TicketSecrecy($id: ID!) {
    ticket(id: $id) { id version confidential confidentiality { code reason readerRoles } }
  }
`);

const Mark = graphql(`
  mutation TicketMarkConfidential($input: MarkConfidentialInput!) {
    markConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }
  }
`);

const Unmark = graphql(`
  mutation TicketUnmarkConfidential($input: UnmarkConfidentialInput!) {
    unmarkConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }
  }
`);

/**
 * The case's confidentiality ("Sekretess"): a marker with the ground when it is confidential, a form
 * to mark it (code of the OSL list, the ground as text and the staff roles that read it) and a button to take the mark off. The
 * API decides who may; its refusals show at their fields.
 */
export function TicketSecrecy({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [{ data, fetching, error }] = useQuery({ query: SecrecyQuery, variables: { id: ticketId } });
  const [markState, mark] = useMutation(Mark);
  const [unmarkState, unmark] = useMutation(Unmark);
  const [form, setForm] = useState<{ code: ConfidentialityCode; reason: string; readerRoles: ReaderRole[] }>({ code: 'OSL_21_1', reason: '', readerRoles: [] });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const ticket = data?.ticket;
  // Changing the ground starts from the mark as it stands (marking again replaces its readers too).
  const current = ticket?.confidentiality;
  const currentKey = current ? `${current.code}|${current.readerRoles.join()}` : '';
  const [filledFrom, setFilledFrom] = useState('');
  if (currentKey !== filledFrom) {
    setFilledFrom(currentKey);
    if (current) setForm((f) => ({ ...f, code: current.code, readerRoles: current.readerRoles.filter(isReaderRole) }));
  }

  async function run(kind: 'mark' | 'unmark') {
    setErrors(NO_ERRORS);
    setDone(null);
    const res = kind === 'mark' ? await mark({ input: { ticketId, code: form.code, reason: form.reason, readerRoles: form.readerRoles } }) : await unmark({ input: { ticketId } });
    const payload = res.data ? ('markConfidential' in res.data ? res.data.markConfidential : res.data.unmarkConfidential) : null;
    if (res.error || !payload) return setErrors({ fields: {}, general: [apiErrorMessage(res.error, t)] });
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors));
    setDone(t(kind === 'mark' ? 'secrecy.marked' : 'secrecy.unmarked'));
    if (kind === 'mark') setForm((f) => ({ ...f, reason: '' }));
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card ticket-secrecy" data-testid="ticket-secrecy">
      <h2 id={`${id}-h`}>{t('secrecy.title')}</h2>
      {fetching && !data && <p role="status" className="muted">{t('app.loading')}</p>}
      {error && <p role="alert" className="error">{apiErrorMessage(error, t)}</p>}
      {ticket && !ticket.confidential && <p className="muted">{t('secrecy.none')}</p>}
      {ticket?.confidentiality && (
        <p className="secrecy-marker" data-code={ticket.confidentiality.code}>
          <strong>{t('secrecy.marker')}</strong> {t(`secrecy.code.${ticket.confidentiality.code}`)}: {ticket.confidentiality.reason}
          <br /><ReaderList roles={ticket.confidentiality.readerRoles} />
        </p>
      )}
      {ticket && (
        <form noValidate className="time-form" onSubmit={(e) => (e.preventDefault(), void run('mark'))}>
          <fieldset disabled={markState.fetching || unmarkState.fetching}>
            <legend>{t(ticket.confidential ? 'secrecy.change' : 'secrecy.legend')}</legend>
            <Field label={t('secrecy.code')} error={errors.fields.code}>
              {(p) => (
                <select {...p} value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value as ConfidentialityCode })}>
                  {CODES.map((c) => <option key={c} value={c}>{t(`secrecy.code.${c}`)}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('secrecy.reason')} error={errors.fields.reason} hint={t('secrecy.reason.hint')}>
              {(p) => <input {...p} type="text" maxLength={2000} value={form.reason} aria-required="true" onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
            </Field>
            <ReaderRolesField idBase={id} value={form.readerRoles} error={errors.fields.readerRoles} onChange={(readerRoles) => setForm({ ...form, readerRoles })} />
            <button type="submit">{t('secrecy.mark')}</button>{' '}
            {ticket.confidential && <button type="button" className="secondary" onClick={() => void run('unmark')}>{t('secrecy.unmark')}</button>}
          </fieldset>
        </form>
      )}
      {(errors.general.length > 0 || Object.keys(errors.fields).length > 0) && (
        <div role="alert" className="error">{[Object.keys(errors.fields).length ? t('secrecy.errors') : null, ...errors.general].filter(Boolean).map((m) => <p key={m}>{m}</p>)}</div>
      )}
      <p role="status" className="ok">{done ?? ''}</p>
    </section>
  );
}
