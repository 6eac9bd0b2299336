import type { CustomerCaseQuery } from '../../../gql/graphql';
import { LANGUAGES, useI18n } from '../../../i18n/i18n';
import { useTokenDownload } from '../../reports/download';
import { fileSize } from '../../ticket/TicketAttachments';

type Files = NonNullable<CustomerCaseQuery['ticket']>['attachments'];

/** The case's files the API shows the customer, each downloaded with the in-memory token (a plain link cannot carry it). */
export function CaseFiles({ files }: { files: Files }) {
  const { t, language } = useI18n();
  const { failure, download } = useTokenDownload((name, message) => t('customerCases.files.failed', { name, message }));
  if (!files.length) return null;
  return (
    <section aria-labelledby="case-files" className="case-files">
      <h2 id="case-files">{t('customerCases.files')}</h2>
      <ul>
        {files.map((f) => (
          <li key={f.id}>
            <a
              href={f.downloadUrl}
              aria-label={t('customerCases.files.download', { name: f.filename })}
              onClick={(e) => {
                e.preventDefault();
                void download(f.downloadUrl, f.filename);
              }}
            >
              {f.filename}
            </a>{' '}
            <span className="case-muted">({fileSize(f.size, t, LANGUAGES[language].locale)})</span>
          </li>
        ))}
      </ul>
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
