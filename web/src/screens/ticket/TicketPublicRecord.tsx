import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { graphql } from '../../gql';
import type { TicketPublicRecordExportMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { errorsByField, Field, NO_ERRORS, Outcome, type FormErrors } from '../admin/admin-common';
import { useTokenDownload } from '../reports/download';
// The time section's form layout, shared rather than written twice.
import './time.css';
import './public-record.css';

const Export = graphql(`
  mutation TicketPublicRecordExport($input: ExportPublicRecordInput!) {
    exportPublicRecord(input: $input) {
      record { id ticketNumber requestReference downloadUrl masks { part where ground } }
      userErrors { code message field }
    }
  }
`);

type Exported = NonNullable<TicketPublicRecordExportMutation['exportPublicRecord']['record']>;

/**
 * "Exportera som allmän handling": on a request to release the case, the registrar gives the
 * request's reference, the API makes the released document (confidential parts masked) and logs it;
 * the screen shows the masking list and a download of the PDF (fetched with the token, as files are).
 */
export function TicketPublicRecord({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [exported, setExported] = useState<Exported | null>(null);
  const [state, run] = useMutation(Export);
  const { failure, download } = useTokenDownload((name, message) => t('publicRecord.downloadFailed', { name, message }));

  async function submit() {
    setErrors(NO_ERRORS);
    setExported(null);
    const res = await run({ input: { ticketId, requestReference: reference } });
    const payload = res.data?.exportPublicRecord;
    if (res.error || !payload) return setErrors({ fields: {}, general: [apiErrorMessage(res.error, t)] });
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors));
    setExported(payload.record ?? null);
    setOpen(false);
    setReference('');
  }

  const fileName = exported ? `${exported.ticketNumber}-allman-handling.pdf` : '';
  return (
    <section aria-labelledby={`${id}-h`} className="card ticket-public-record" data-testid="ticket-public-record">
      <h2 id={`${id}-h`}>{t('publicRecord.title')}</h2>
      <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>{t('publicRecord.export')}</button>
      {open && (
        <form id={`${id}-form`} noValidate className="time-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
          <fieldset disabled={state.fetching}>
            <legend>{t('publicRecord.legend')}</legend>
            <Field label={t('publicRecord.reference')} error={errors.fields.requestReference} hint={t('publicRecord.reference.hint')}>
              {(p) => <input {...p} type="text" maxLength={200} value={reference} aria-required="true" onChange={(e) => setReference(e.target.value)} />}
            </Field>
            <button type="submit">{t('publicRecord.submit')}</button>
          </fieldset>
        </form>
      )}
      <Outcome errors={errors} done={exported ? t('publicRecord.done', { reference: exported.requestReference }) : null} />
      {exported && (
        <div data-testid="public-record-result">
          <p>
            <a href={exported.downloadUrl} onClick={(e) => (e.preventDefault(), void download(exported.downloadUrl, fileName))}>
              {t('publicRecord.download', { number: exported.ticketNumber })}
            </a>
          </p>
          {failure && <p role="alert" className="error">{failure}</p>}
          {exported.masks.length === 0 ? (
            <p className="muted">{t('publicRecord.noMasks')}</p>
          ) : (
            <table className="masking-list">
              <caption>{t('publicRecord.masks', { count: exported.masks.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('publicRecord.mask.part')}</th>
                  <th scope="col">{t('publicRecord.mask.where')}</th>
                  <th scope="col">{t('publicRecord.mask.ground')}</th>
                </tr>
              </thead>
              <tbody>
                {exported.masks.map((m, i) => (
                  <tr key={i}>
                    <td>{t(`publicRecord.part.${m.part}`)}</td>
                    <td>{m.where}</td>
                    <td>{m.ground}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
