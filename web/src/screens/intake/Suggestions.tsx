import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useDebounced } from '../../components/useDebounced';
import { apiErrorMessage } from '../../components/ApiError';

const Suggest = graphql(`
  query IntakeSuggestions($text: String!, $serviceAreaId: ID) {
    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 5) {
      cursor
      snippet
      node { id title summary bodyHtml serviceArea { id name } }
    }
  }
`);

/**
 * The knowledge base's suggestions for what the agent is writing (suggestArticles, debounced, in
 * the chosen service area); each opens in a dialog, so the agent can answer at once.
 */
export function Suggestions({ text, serviceAreaId }: { text: string; serviceAreaId: string | null }) {
  const { t } = useI18n();
  const settled = useDebounced(text.trim(), 400);
  const [{ data, fetching, error }] = useQuery({
    query: Suggest,
    variables: { text: settled, serviceAreaId },
    pause: settled.length < 3,
  });
  const [open, setOpen] = useState<string | null>(null);
  const hits = settled.length < 3 ? [] : (data?.suggestArticles ?? []);
  const article = hits.find((h) => h.node.id === open)?.node;
  return (
    <section className="card suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('intake.suggestions')}</h2>
      {settled.length < 3 && <p className="muted">{t('intake.suggestions.hint')}</p>}
      {settled.length >= 3 && fetching && !data && <p role="status">{t('intake.suggestions.loading')}</p>}
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {settled.length >= 3 && data && hits.length === 0 && <p className="muted">{t('intake.suggestions.none')}</p>}
      {hits.length > 0 && (
        <ol className="suggestion-list">
          {hits.map((h) => (
            <li key={h.node.id}>
              <button type="button" className="link" aria-label={t('intake.article.open', { title: h.node.title })} onClick={() => setOpen(h.node.id)}>
                {h.node.title}
              </button>
              <p className="muted snippet" dangerouslySetInnerHTML={{ __html: h.snippet }} />
            </li>
          ))}
        </ol>
      )}
      <Dialog.Root open={article !== undefined} onOpenChange={(o) => !o && setOpen(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog article-dialog">
            {article && (
              <>
                <Dialog.Title>{article.title}</Dialog.Title>
                <Dialog.Description className="muted">{article.summary ?? article.serviceArea.name}</Dialog.Description>
                <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
                <Dialog.Close asChild>
                  <button type="button">{t('intake.article.close')}</button>
                </Dialog.Close>
              </>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </section>
  );
}
