import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { errorsByField, Field, NO_ERRORS, Outcome, type FormErrors } from '../admin/admin-common';
// The time section's form layout, shared rather than written twice.
import './time.css';

/*
 * The hold itself carries only its reason; who set it and when are the latest LEGAL_HOLD_SET entry
 * of the history (the page's own first 100 events, so the cache shares them with the timeline).
 */
const HoldQuery = graphql(`
  query TicketLegalHold($id: ID!) {
    ticket(id: $id) {
      id version anonymisedAt legalHold { reason }
      history(first: 100) { edges { node { id kind at actor { id name } } } }
    }
  }
`);

const SetHold = graphql(`
  mutation TicketSetLegalHold($input: SetLegalHoldInput!) {
    setLegalHold(input: $input) { ticket { id version anonymisedAt legalHold { reason } } userErrors { code message field } }
  }
`);

/**
 * The case's legal hold ("Bevarandebeslut"): whether it stands, its reason and who set it when; a
 * form to set it or clear it, always with a reason; and, once the retention job or a request has
 * anonymised the case, when. The API decides who may; its refusals show at their fields.
 */
export function TicketLegalHold({ ticketId }: { ticketId: string }) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [{ data, fetching, error }, reload] = useQuery({ query: HoldQuery, variables: { id: ticketId } });
  const [state, setHold] = useMutation(SetHold);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const ticket = data?.ticket;
  const held = !!ticket?.legalHold;
  const setEvent = ticket?.history.edges.map((e) => e.node).filter((e) => e.kind === 'LEGAL_HOLD_SET').at(-1);

  async function submit() {
    setErrors(NO_ERRORS);
    setDone(null);
    const res = await setHold({ input: { ticketId, hold: !held, reason } });
    const payload = res.data?.setLegalHold;
    if (res.error || !payload) return setErrors({ fields: {}, general: [apiErrorMessage(res.error, t)] });
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors, (f) => (f === 'reason' ? t('retention.error.reason') : undefined)));
    setDone(t(held ? 'legalHold.done.cleared' : 'legalHold.done.set'));
    setReason('');
    reload({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card ticket-legal-hold" data-testid="ticket-legal-hold">
      <h2 id={`${id}-h`}>{t('legalHold.title')}</h2>
      {fetching && !data && <p role="status" className="muted">{t('app.loading')}</p>}
      {error && <p role="alert" className="error">{apiErrorMessage(error, t)}</p>}
      {ticket?.anonymisedAt && <p><strong>{t('legalHold.anonymised', { date: dateTime(ticket.anonymisedAt) })}</strong></p>}
      {ticket && !held && <p className="muted">{t('legalHold.none')}</p>}
      {ticket?.legalHold && (
        <div className="legal-hold-marker">
          <p><strong>{t('legalHold.held')}</strong></p>
          <p>{t('legalHold.shownReason')}: {ticket.legalHold.reason}</p>
          {setEvent && <p className="muted">{t('legalHold.by', { name: setEvent.actor?.name ?? t('ticket.system'), at: dateTime(setEvent.at) })}</p>}
        </div>
      )}
      {ticket && (
        <form noValidate className="time-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
          <fieldset disabled={state.fetching}>
            <legend>{t(held ? 'legalHold.legend.clear' : 'legalHold.legend.set')}</legend>
            <Field label={t('legalHold.reason')} error={errors.fields.reason} hint={t('legalHold.reason.hint')}>
              {(p) => <input {...p} type="text" maxLength={1000} value={reason} aria-required="true" onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <button type="submit" className={held ? 'secondary' : undefined}>{t(held ? 'legalHold.clear' : 'legalHold.set')}</button>
          </fieldset>
        </form>
      )}
      <Outcome errors={errors} done={done} />
    </section>
  );
}
