import { useQuery } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { graphql } from '../../gql';
import { LANGUAGES } from '../../i18n/i18n';
import { useI18n, type Translate } from '../../i18n/i18n';
import { useTokenDownload } from '../reports/download';
import './attachments.css';

const Attachments = graphql(`
  query TicketAttachmentList($id: ID!) {
    ticket(id: $id) { id attachments { id filename contentType size source createdAt downloadUrl } }
  }
`);

/** A size in the user's language: bytes, kB or MB (1024-based, one decimal). Pure. */
export function fileSize(bytes: number, t: Translate, locale: string): string {
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return t('attachments.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('attachments.kB', { n: one.format(bytes / 1024) });
  return t('attachments.MB', { n: one.format(bytes / 1024 / 1024) });
}

/**
 * The case's files (Bilagor) the API lets the viewer see: name, size, type and a download. The
 * token lives in memory, so a plain link cannot carry it: the file is fetched with it and saved.
 */
export function TicketAttachments({ ticketId }: { ticketId: string }) {
  const { t, language, dateTime } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: Attachments, variables: { id: ticketId } });
  const { failure, download } = useTokenDownload((name, message) => t('attachments.failed', { name, message }));
  const list = data?.ticket?.attachments ?? [];
  return (
    <section aria-labelledby="attachments-heading" className="ticket-attachments">
      <h3 id="attachments-heading">{t('attachments.title')}</h3>
      {fetching && !data && <p className="muted">{t('attachments.loading')}</p>}
      {error && <p role="alert">{apiErrorMessage(error, t)}</p>}
      {data && list.length === 0 && <p className="muted">{t('attachments.none')}</p>}
      {list.length > 0 && (
        <table className="attachment-list">
          <thead>
            <tr>
              <th scope="col">{t('attachments.name')}</th>
              <th scope="col">{t('attachments.size')}</th>
              <th scope="col">{t('attachments.type')}</th>
              <th scope="col">{t('attachments.source')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id} data-attachment={a.id}>
                <td>
                  <a
                    href={a.downloadUrl}
                    aria-label={t('attachments.download', { name: a.filename })}
                    onClick={(e) => {
                      e.preventDefault();
                      void download(a.downloadUrl, a.filename);
                    }}
                  >
                    {a.filename}
                  </a>
                  <span className="muted"> · {dateTime(a.createdAt)}</span>
                </td>
                <td className="num">{fileSize(a.size, t, LANGUAGES[language].locale)}</td>
                <td><code>{a.contentType}</code></td>
                <td>{t(`attachments.source.${a.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
