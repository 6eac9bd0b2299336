import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { CreateFromTicket, KbTicket, KbViewer } from './queries';
import { apiErrorMessage } from '../../components/ApiError';

/**
 * /knowledge/new?fromTicket=<number>: a draft from a resolved or closed ticket (createArticleFromTicket),
 * which the API fills from the ticket; then its editor opens. Drafting again gives the same draft.
 */
export function FromTicketPage({ number }: { number: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [{ data: viewer }] = useQuery({ query: KbViewer });
  const [{ data, fetching, error }] = useQuery({ query: KbTicket, variables: { number } });
  const [created, create] = useMutation(CreateFromTicket);
  const [message, setMessage] = useState<string | null>(null);
  if (error) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!data || !viewer) return fetching || !viewer ? <p role="status">{t('app.loading')}</p> : null;
  if (!viewer.viewer?.writesArticles) return <p role="alert">{t('kb.editor.noRight')}</p>;
  const ticket = data.ticket;
  if (!ticket) return <p role="alert">{t('kb.fromTicket.notFound', { number })}</p>;

  async function draft() {
    setMessage(null);
    const result = await create({ ticketId: ticket!.id });
    const payload = result.data?.createArticleFromTicket;
    if (result.error || !payload) setMessage(t('app.error', { message: apiErrorMessage(result.error, t) }));
    else if (payload.userErrors[0] || !payload.article) setMessage(payload.userErrors[0]?.message ?? '');
    else navigate(`/knowledge/articles/${encodeURIComponent(payload.article.id)}/edit`);
  }

  return (
    <div className="kb">
      <h1>{t('kb.fromTicket.title', { number: ticket.number })}</h1>
      <section className="card">
        <p>{t('kb.fromTicket.intro')}</p>
        <dl className="fields">
          <div><dt>{t('kb.fromTicket.ticket')}</dt><dd><Link to={`/tickets/${ticket.number}`}>{ticket.number}</Link> {ticket.title}</dd></div>
          <div><dt>{t('kb.fromTicket.status')}</dt><dd>{t(`status.${ticket.status}` as MessageKey)}</dd></div>
          <div><dt>{t('kb.article.area')}</dt><dd>{t(`kb.area.${ticket.serviceArea.code}`)}</dd></div>
          <div><dt>{t('kb.fromTicket.resolution')}</dt><dd className="description">{ticket.resolution ?? t('kb.article.none')}</dd></div>
        </dl>
        <div className="action-bar">
          <button type="button" disabled={created.fetching} onClick={() => void draft()}>{t('kb.fromTicket.create')}</button>
        </div>
        {message && <p role="alert" className="error">{message}</p>}
      </section>
    </div>
  );
}
