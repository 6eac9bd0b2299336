import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery, useSubscription } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { useI18n } from '../../i18n/i18n';
import { errorsByField, Field, NO_ERRORS, type FormErrors } from '../admin/admin-common';
import { LinkIncidentMutation, ProblemEvents, SetKind, TicketIdByNumber, TicketProblemQuery, UnlinkIncidentMutation } from './problemQueries';
import { ResolveProblemForm } from './ResolveProblemForm';
import './problem.css';

const PROBLEM_EVENTS = new Set(['KIND_CHANGED', 'INCIDENT_LINKED', 'INCIDENT_UNLINKED', 'LINKED_TO_PROBLEM', 'UNLINKED_FROM_PROBLEM', 'MAJOR_INCIDENT', 'RESOLVED', 'REOPENED', 'STATUS_CHANGED', 'FIELD_CHANGED']);

function useProblem(ticketId: string) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: TicketProblemQuery, variables: { id: ticketId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useSubscription({ query: ProblemEvents, variables: { ticketId } }, (_, e) => {
    if (PROBLEM_EVENTS.has(e.ticketEvents.kind)) reload();
    return e;
  });
  return { ticket: data?.ticket, fetching: fetching && !data, error, reload };
}

/** The major-incident banner under the ticket's heading: a P1 problem with many linked cases. */
export function MajorIncidentBanner({ ticketId }: { ticketId: string }) {
  const { t, dateTime } = useI18n();
  const { ticket } = useProblem(ticketId);
  if (!ticket?.majorIncidentAt) return null;
  return (
    <p className="banner major-incident" role="status" data-testid="major-incident">
      <strong>{t('problem.major')}</strong> {t('problem.major.since', { at: dateTime(ticket.majorIncidentAt), count: ticket.linkedIncidentCount ?? 0 })}
    </p>
  );
}

/**
 * The case in problem management ("Problem"): an incident shows the problem it is linked to (or may be
 * marked as a problem); a problem lists its linked incidents with their status, links one by its
 * number, unlinks, and is resolved with one public answer ("Lös problemet"). The API's refusals show
 * at their fields; the case's problem events read it again.
 */
export function TicketProblem({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const id = useId();
  const client = useClient();
  const { ticket, fetching, error, reload } = useProblem(ticketId);
  const [kindState, setKind] = useMutation(SetKind);
  const [linkState, link] = useMutation(LinkIncidentMutation);
  const [, unlink] = useMutation(UnlinkIncidentMutation);
  const [number, setNumber] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState('');
  // Once resolved the problem offers RESOLVE no more: the form stays to show what became of the incidents.
  const [resolved, setResolved] = useState(false);
  const fail = (message: string) => setErrors({ fields: {}, general: [message] });

  async function changeKind(kind: 'PROBLEM' | 'INCIDENT') {
    setErrors(NO_ERRORS);
    const res = await setKind({ input: { ticketId, kind } });
    const problems = res.data?.setTicketKind.userErrors ?? [];
    if (res.error || problems.length) return fail(problems[0]?.message ?? apiErrorMessage(res.error, t));
    setDone(t(kind === 'PROBLEM' ? 'problem.marked' : 'problem.unmarked'));
    reload();
  }
  async function linkByNumber() {
    setErrors(NO_ERRORS);
    setDone('');
    const wanted = number.trim().toUpperCase();
    if (!wanted) return setErrors({ fields: { incidentId: t('problem.link.required') }, general: [] });
    const found = await client.query(TicketIdByNumber, { number: wanted }, { requestPolicy: 'network-only' }).toPromise();
    if (found.error) return fail(apiErrorMessage(found.error, t));
    if (!found.data?.ticket) return setErrors({ fields: { incidentId: t('problem.link.notFound', { number: wanted }) }, general: [] });
    const res = await link({ input: { problemId: ticketId, incidentId: found.data.ticket.id } });
    const payload = res.data?.linkIncident;
    if (res.error || !payload) return fail(apiErrorMessage(res.error, t));
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors, undefined, (path) => (path.includes('problemId') ? null : 'incidentId')));
    setDone(t('problem.linked', { number: wanted }));
    setNumber('');
    reload();
  }
  async function unlinkOne(incident: { id: string; number: string }) {
    setErrors(NO_ERRORS);
    const res = await unlink({ input: { incidentId: incident.id } });
    const problems = res.data?.unlinkIncident.userErrors ?? [];
    if (res.error || problems.length) return fail(problems[0]?.message ?? apiErrorMessage(res.error, t));
    setDone(t('problem.unlinked', { number: incident.number }));
    reload();
  }

  const works = ticket?.availableActions.includes('UPDATE') ?? false;
  return (
    <section aria-labelledby={`${id}-h`} className="card ticket-problem" data-testid="ticket-problem">
      <h2 id={`${id}-h`}>{t('problem.title')}</h2>
      {fetching && <p role="status" className="muted">{t('problem.loading')}</p>}
      {error && <p role="alert" className="error">{apiErrorMessage(error, t)}</p>}
      {ticket && ticket.kind === 'INCIDENT' && (
        <>
          {ticket.problem && (
            <p>{t('problem.linkedTo')} <Link to={`/tickets/${ticket.problem.number}`}>{ticket.problem.number}</Link> {ticket.problem.title} <span className="muted">({t(`status.${ticket.problem.status}`)})</span></p>
          )}
          {!ticket.problem && ticket.linkedToKnownProblem && <p>{t('problem.knownProblem')}</p>}
          {!ticket.problem && !ticket.linkedToKnownProblem && <p className="muted">{t('problem.incident')}</p>}
          {ticket.problem && works && <button type="button" className="secondary" onClick={() => void unlinkOne({ id: ticket.id, number: ticket.number })}>{t('problem.unlinkSelf')}</button>}
          {!ticket.problem && works && <button type="button" className="secondary" disabled={kindState.fetching} onClick={() => void changeKind('PROBLEM')}>{t('problem.mark')}</button>}
        </>
      )}
      {ticket && ticket.kind === 'PROBLEM' && (
        <>
          <p className="muted">{t('problem.isProblem', { count: ticket.linkedIncidentCount ?? 0 })}</p>
          {ticket.linkedIncidents.length === 0 && <p className="muted">{t('problem.none')}</p>}
          {ticket.linkedIncidents.length > 0 && (
            <table className="time-list problem-list">
              <caption className="sr-only">{t('problem.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('problem.col.number')}</th>
                  <th scope="col">{t('problem.col.agency')}</th>
                  <th scope="col">{t('problem.col.status')}</th>
                  <th scope="col"><span className="sr-only">{t('problem.unlink')}</span></th>
                </tr>
              </thead>
              <tbody>
                {ticket.linkedIncidents.map((i) => (
                  <tr key={i.id} data-incident={i.number}>
                    <td><Link to={`/tickets/${i.number}`}>{i.number}</Link> {i.title}</td>
                    <td>{i.agency?.name ?? '—'}</td>
                    <td>{t(`status.${i.status}`)}</td>
                    <td>{works && <button type="button" className="secondary" aria-label={t('problem.unlinkLabel', { number: i.number })} onClick={() => void unlinkOne(i)}>{t('problem.unlink')}</button>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {works && (
            <form noValidate className="problem-form problem-link" onSubmit={(e) => (e.preventDefault(), void linkByNumber())}>
              <fieldset disabled={linkState.fetching}>
                <legend>{t('problem.link')}</legend>
                <Field label={t('problem.link.number')} hint={t('problem.link.hint')} error={errors.fields.incidentId}>
                  {(p) => <input {...p} type="search" value={number} placeholder="SSC-2026-000123" onChange={(e) => setNumber(e.target.value)} />}
                </Field>
                <button type="submit">{t('problem.link.submit')}</button>
              </fieldset>
            </form>
          )}
          {works && ticket.linkedIncidentCount === 0 && <button type="button" className="secondary" onClick={() => void changeKind('INCIDENT')}>{t('problem.unmark')}</button>}
          {(ticket.availableActions.includes('RESOLVE') || resolved) && <ResolveProblemForm problemId={ticket.id} version={ticket.version} onDone={() => (setResolved(true), reload())} />}
        </>
      )}
      {errors.general.length > 0 && <div role="alert" className="error">{errors.general.map((m) => <p key={m}>{m}</p>)}</div>}
      <p role="status" className="ok">{done}</p>
    </section>
  );
}
