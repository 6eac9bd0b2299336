import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { Crumb, errorsByField, Field, NO_ERRORS, Outcome, QueryState, type FormErrors } from '../admin/admin-common';
import '../admin/admin.css';

const Runs = graphql(`
  query RetentionRuns { retentionRuns(first: 5) { id startedAt finishedAt casesAnonymised triggeredById } }
`);
const Run = graphql(`
  mutation RetentionRunNow { runRetention { run { id casesAnonymised } userErrors { code message field } } }
`);
const Export = graphql(`
  mutation RetentionExport($input: PersonKeyInput!) { exportPersonalData(input: $input) { export { personId document } userErrors { code message field } } }
`);
const Erase = graphql(`
  mutation RetentionErase($input: AnonymisePersonInput!) {
    anonymisePerson(input: $input) { anonymisation { casesAnonymised casesKept comments mails calls } userErrors { code message field } }
  }
`);

/**
 * /admin/retention: the retention job's latest runs and a "run now"; a person's data exported by
 * e-mail (right of access) and, after the export, anonymised on request with a reason. The
 * agencies' retention periods are set through updateAgency (retentionMonths).
 */
export default function RetentionScreen() {
  const { t, dateTime } = useI18n();
  const [{ data, fetching, error }, reload] = useQuery({ query: Runs });
  const [, run] = useMutation(Run);
  const [, exportData] = useMutation(Export);
  const [, erase] = useMutation(Erase);
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState('');
  const [found, setFound] = useState<{ personId: string; document: string } | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);

  const runNow = async () => {
    const res = await run({});
    const r = res.data?.runRetention.run;
    if (r) setDone(t('retention.ran', { n: r.casesAnonymised }));
    reload({ requestPolicy: 'network-only' });
  };
  const onExport = async () => {
    setDone(null);
    const res = await exportData({ input: { email } });
    const payload = res.data?.exportPersonalData;
    setErrors(errorsByField(payload?.userErrors ?? [], (_f, e) => (e.code === 'NOT_FOUND' ? t('retention.error.notFound') : undefined)));
    setFound(payload?.export ?? null);
  };
  const onErase = async () => {
    if (!found) return;
    const res = await erase({ input: { personId: found.personId, reason } });
    const payload = res.data?.anonymisePerson;
    setErrors(errorsByField(payload?.userErrors ?? [], (f) => (f === 'reason' ? t('retention.error.reason') : undefined)));
    const a = payload?.anonymisation;
    if (a) setDone(t('retention.erased', { cases: a.casesAnonymised, kept: a.casesKept }));
  };

  return (
    <section className="admin retention" aria-labelledby="retention-title">
      <Crumb />
      <h1 id="retention-title">{t('retention.title')}</h1>
      <p className="muted">{t('retention.intro')}</p>
      <h2>{t('retention.runs')}</h2>
      <QueryState fetching={fetching} error={error} hasData={!!data} />
      {data && (data.retentionRuns.length === 0 ? <p>{t('retention.noRuns')}</p> : (
        <table>
          <thead><tr><th scope="col">{t('retention.col.started')}</th><th scope="col">{t('retention.col.cases')}</th><th scope="col">{t('retention.col.by')}</th></tr></thead>
          <tbody>
            {data.retentionRuns.map((r) => (
              <tr key={r.id}><td>{dateTime(r.startedAt)}</td><td>{r.casesAnonymised}</td><td>{r.triggeredById ? t('retention.by.admin') : t('retention.by.job')}</td></tr>
            ))}
          </tbody>
        </table>
      ))}
      <button type="button" onClick={runNow}>{t('retention.runNow')}</button>

      <h2>{t('retention.person')}</h2>
      <form onSubmit={(e) => { e.preventDefault(); void onExport(); }}>
        <Field label={t('retention.email')} error={errors.fields.email}>
          {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <button type="submit">{t('retention.export')}</button>
      </form>
      {found && (
        <>
          <h3>{t('retention.document')}</h3>
          <pre data-testid="retention-document" tabIndex={0} className="retention-document">{JSON.stringify(JSON.parse(found.document), null, 2)}</pre>
          <form onSubmit={(e) => { e.preventDefault(); void onErase(); }}>
            <Field label={t('retention.reason')} error={errors.fields.reason}>
              {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <button type="submit">{t('retention.anonymise')}</button>
          </form>
        </>
      )}
      <Outcome errors={errors} done={done} />
    </section>
  );
}
