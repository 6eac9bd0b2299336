import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { useI18n } from '../../i18n/i18n';
import { errorsByField, Field, NO_ERRORS, type FormErrors } from '../admin/admin-common';
import { ResolveProblemMutation } from './problemQueries';

interface Outcome {
  resolved: number;
  unresolved: { number: string | null; reason: string; message: string }[];
}

/** "Lös problemet": one public answer for the problem and, with the box ticked, each linked open incident. */
export function ResolveProblemForm({ problemId, version, onDone }: { problemId: string; version: number; onDone(): void }) {
  const { t } = useI18n();
  const [state, resolve] = useMutation(ResolveProblemMutation);
  const [answer, setAnswer] = useState('');
  const [withIncidents, setWithIncidents] = useState(true);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit() {
    setErrors(NO_ERRORS);
    const res = await resolve({ input: { problemId, expectedVersion: version, publicAnswer: answer, resolveLinkedIncidents: withIncidents } });
    const payload = res.data?.resolveProblem;
    if (res.error || !payload) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(res.error, t) })] });
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors));
    setOutcome({
      resolved: payload.resolvedIncidents.length,
      unresolved: payload.unresolvedIncidents.map((u) => ({ number: u.incident?.number ?? null, reason: u.reason, message: u.message })),
    });
    onDone();
  }

  if (outcome) {
    return (
      <div className="problem-outcome">
        <p role="status" className="ok">{t('problem.resolved', { count: outcome.resolved })}</p>
        {outcome.unresolved.length > 0 && (
          <div role="alert">
            <p>{t('problem.unresolved')}</p>
            <ul>
              {outcome.unresolved.map((u, i) => (
                <li key={u.number ?? i}>
                  {u.number ? <Link to={`/tickets/${u.number}`}>{u.number}</Link> : t('problem.unreadable')}: {t(`problem.reason.${u.reason as 'NOT_PERMITTED' | 'INVALID_TRANSITION'}`)} ({u.message})
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    );
  }
  return (
    <form noValidate className="problem-form problem-resolve" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <fieldset disabled={state.fetching}>
        <legend>{t('problem.resolve')}</legend>
        <Field label={t('problem.answer')} hint={t('problem.answer.hint')} error={errors.fields.publicAnswer}>
          {(p) => <textarea {...p} rows={4} maxLength={10000} value={answer} aria-required="true" onChange={(e) => setAnswer(e.target.value)} />}
        </Field>
        <Field label={t('problem.withIncidents')} className="problem-check" error={errors.fields.resolveLinkedIncidents}>
          {(p) => <input {...p} type="checkbox" checked={withIncidents} onChange={(e) => setWithIncidents(e.target.checked)} />}
        </Field>
        <button type="submit">{state.fetching ? t('problem.resolving') : t('problem.resolve')}</button>
      </fieldset>
      {(errors.general.length > 0 || Object.keys(errors.fields).length > 0) && (
        <div role="alert" className="error">{[Object.keys(errors.fields).length ? t('problem.errors') : null, ...errors.general].filter(Boolean).map((m) => <p key={m}>{m}</p>)}</div>
      )}
    </form>
  );
}
