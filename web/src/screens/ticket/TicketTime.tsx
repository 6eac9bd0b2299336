import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { graphql } from '../../gql';
import { useI18n, type Translate } from '../../i18n/i18n';
import { errorsByField, Field, NO_ERRORS, type FormErrors } from '../admin/admin-common';
import './time.css';

const TimeQuery = graphql(`
  query TicketTimeSpent($id: ID!) {
    ticket(id: $id) {
      id status canLogTime
      timeEntries { id minutes workedOn note tier billable canChange version person { id name } }
      timeSpent { totalMinutes billableMinutes byTier { tier minutes } byPerson { minutes person { id name } } }
    }
  }
`);

const LogTime = graphql(`
  mutation TicketLogTime($input: LogTimeInput!) {
    logTime(input: $input) { timeEntry { id minutes } userErrors { code message field } }
  }
`);

const DeleteTime = graphql(`
  mutation TicketDeleteTime($timeEntryId: ID!, $expectedVersion: Int) {
    deleteTimeEntry(timeEntryId: $timeEntryId, expectedVersion: $expectedVersion) { deletedTimeEntryId userErrors { code message field } }
  }
`);

const TimeEvents = graphql(`
  subscription TicketTimeEvents($ticketId: ID!) {
    ticketEvents(ticketId: $ticketId) { id kind }
  }
`);

/** "1 h 35 min" in the user's language. Pure. */
export function duration(minutes: number, t: Translate): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return t('time.m', { m });
  return m ? t('time.hm', { h, m }) : t('time.h', { h });
}

/** Today in the centre's calendar, yyyy-MM-dd. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/**
 * The case's time spent ("Tid"): the totals per tier and per person, the entries, and a form to log
 * time (minutes, day, note, billable on the work order). The API's refusals show at their fields;
 * every TIME_* event on the case (anyone's entry) reads the figures again.
 */
export function TicketTime({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: TimeQuery, variables: { id: ticketId } });
  const [logState, log] = useMutation(LogTime);
  const [, remove] = useMutation(DeleteTime);
  const [form, setForm] = useState({ minutes: '', workedOn: today(), note: '', billable: false });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useSubscription({ query: TimeEvents, variables: { ticketId } }, (_, e) => {
    if (e.ticketEvents.kind.startsWith('TIME_')) reload();
    return e;
  });
  useEffect(() => {
    if (Object.keys(errors.fields).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const ticket = data?.ticket;
  async function submit() {
    setErrors(NO_ERRORS);
    setDone(null);
    const minutes = Number(form.minutes);
    const res = await log({ input: { ticketId, minutes: Number.isFinite(minutes) ? Math.trunc(minutes) : 0, workedOn: form.workedOn, note: form.note || null, billable: form.billable } });
    const payload = res.data?.logTime;
    if (res.error || !payload) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(res.error, t) })] });
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors));
    setDone(t('time.logged', { minutes: duration(payload.timeEntry!.minutes, t) }));
    setForm((f) => ({ ...f, minutes: '', note: '' }));
    reload();
  }
  async function drop(entry: { id: string; version: number }) {
    setDone(null);
    const res = await remove({ timeEntryId: entry.id, expectedVersion: entry.version });
    const problems = res.data?.deleteTimeEntry.userErrors ?? [];
    if (res.error || problems.length) return setErrors({ fields: {}, general: problems.length ? problems.map((p) => p.message) : [apiErrorMessage(res.error, t)] });
    setDone(t('time.deleted'));
    reload();
  }

  return (
    <section aria-labelledby={`${id}-h`} className="card ticket-time" data-testid="ticket-time">
      <h2 id={`${id}-h`}>{t('time.title')}</h2>
      {fetching && !data && <p role="status" className="muted">{t('time.loading')}</p>}
      {error && <p role="alert" className="error">{apiErrorMessage(error, t)}</p>}
      {ticket && !ticket.timeSpent && <p className="muted">{t('time.hidden')}</p>}
      {ticket?.timeSpent && (
        <>
          <p className="time-total" data-figure="time-total">
            <strong>{t('time.total', { total: duration(ticket.timeSpent.totalMinutes, t) })}</strong>
            {ticket.timeSpent.billableMinutes > 0 && <span className="muted"> · {t('time.billableTotal', { minutes: duration(ticket.timeSpent.billableMinutes, t) })}</span>}
          </p>
          <div className="time-totals">
            <dl aria-label={t('time.byTier')}>
              {ticket.timeSpent.byTier.map((r) => (
                <div key={r.tier} data-tier={r.tier}><dt>{t(`tier.${r.tier}`)}</dt><dd>{duration(r.minutes, t)}</dd></div>
              ))}
            </dl>
            <dl aria-label={t('time.byPerson')}>
              {ticket.timeSpent.byPerson.map((r) => (
                <div key={r.person.id}><dt>{r.person.name}</dt><dd>{duration(r.minutes, t)}</dd></div>
              ))}
            </dl>
          </div>
        </>
      )}
      {ticket?.timeEntries && ticket.timeEntries.length === 0 && <p className="muted">{t('time.none')}</p>}
      {ticket?.timeEntries && ticket.timeEntries.length > 0 && (
        <table className="time-list">
          <caption className="sr-only">{t('time.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('time.col.day')}</th>
              <th scope="col">{t('time.col.person')}</th>
              <th scope="col">{t('time.col.tier')}</th>
              <th scope="col" className="num">{t('time.col.minutes')}</th>
              <th scope="col">{t('time.col.note')}</th>
              <th scope="col"><span className="sr-only">{t('time.delete')}</span></th>
            </tr>
          </thead>
          <tbody>
            {ticket.timeEntries.map((e) => (
              <tr key={e.id} data-entry={e.id}>
                <td>{e.workedOn}</td>
                <td>{e.person.name}</td>
                <td>{t(`tier.${e.tier}`)}</td>
                <td className="num">{duration(e.minutes, t)}</td>
                <td>{e.note}{e.billable && <span className="time-billable"> {t('time.billableMark')}</span>}</td>
                <td>
                  {e.canChange && (
                    <button type="button" className="secondary" aria-label={t('time.deleteLabel', { minutes: duration(e.minutes, t), day: e.workedOn })} onClick={() => void drop(e)}>
                      {t('time.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ticket && !ticket.canLogTime && ticket.status === 'CLOSED' && ticket.timeSpent && <p className="muted">{t('time.closed')}</p>}
      {ticket?.canLogTime && (
        <form ref={formRef} noValidate className="time-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
          <fieldset disabled={logState.fetching}>
            <legend>{t('time.legend')}</legend>
            <Field label={t('time.minutes')} error={errors.fields.minutes} hint={t('time.minutes.hint')}>
              {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={1440} step={1} value={form.minutes} aria-required="true" onChange={(e) => setForm({ ...form, minutes: e.target.value })} />}
            </Field>
            <Field label={t('time.workedOn')} error={errors.fields.workedOn}>
              {(p) => <input {...p} type="date" max={today()} value={form.workedOn} aria-required="true" onChange={(e) => setForm({ ...form, workedOn: e.target.value })} />}
            </Field>
            <Field label={t('time.note')} error={errors.fields.note}>
              {(p) => <input {...p} type="text" maxLength={2000} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />}
            </Field>
            <Field label={t('time.billable')} error={errors.fields.billable} className="time-check">
              {(p) => <input {...p} type="checkbox" checked={form.billable} onChange={(e) => setForm({ ...form, billable: e.target.checked })} />}
            </Field>
            <button type="submit">{logState.fetching ? t('time.logging') : t('time.log')}</button>
          </fieldset>
        </form>
      )}
      {(errors.general.length > 0 || Object.keys(errors.fields).length > 0) && (
        <div role="alert" className="error">{[Object.keys(errors.fields).length ? t('time.errors') : null, ...errors.general].filter(Boolean).map((m) => <p key={m}>{m}</p>)}</div>
      )}
      <p role="status" className="ok">{done ?? ''}</p>
    </section>
  );
}
