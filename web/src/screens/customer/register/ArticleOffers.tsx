import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage } from '../../../components/ApiError';
import { useDebounced } from '../../../components/useDebounced';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/i18n';
import { ArticleBody, Snippet } from '../../knowledge/safe';

const Suggest = graphql(`
  query CustomerSuggestArticles($text: String!, $serviceAreaId: ID) {
    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 3) {
      snippet
      node { id title bodyHtml serviceArea { id } }
    }
  }
`);

const Deflect = graphql(`
  mutation CustomerRecordDeflection($articleId: ID!, $serviceAreaId: ID!, $serviceId: ID) {
    recordDeflection(articleId: $articleId, serviceAreaId: $serviceAreaId, serviceId: $serviceId) {
      article { id title }
      userErrors { code message field }
    }
  }
`);

interface Props {
  text: string;
  serviceAreaId: string | null;
  serviceId: string | null;
  /** Whether any article is offered now. */
  onOffered(offered: boolean): void;
  /** The customer said this article answered their question (the deflection is recorded). */
  onAnswered(title: string): void;
}

/**
 * The published public articles that may answer what the customer is writing (suggestArticles,
 * debounced), each with "Did this answer your question?": yes records a deflection (no case is
 * registered), no puts the article away.
 */
export function ArticleOffers({ text, serviceAreaId, serviceId, onOffered, onAnswered }: Props) {
  const { t } = useI18n();
  const settled = useDebounced(text.trim(), 400);
  const [{ data, fetching, error }] = useQuery({ query: Suggest, variables: { text: settled, serviceAreaId }, pause: settled.length < 5 });
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [, deflect] = useMutation(Deflect);
  const hits = settled.length < 5 ? [] : (data?.suggestArticles ?? []).filter((h) => !dismissed.includes(h.node.id));
  const offered = hits.length > 0;
  useEffect(() => onOffered(offered), [onOffered, offered]);

  async function yes(articleId: string, areaId: string, title: string) {
    setFailure(null);
    const res = await deflect({ articleId, serviceAreaId: serviceAreaId ?? areaId, serviceId });
    const payload = res.data?.recordDeflection;
    if (res.error || !payload) return setFailure(t('app.error', { message: apiErrorMessage(res.error, t) }));
    if (payload.userErrors.length) return setFailure(payload.userErrors.map((u) => u.message).join(' '));
    onAnswered(title);
  }

  if (settled.length < 5) return null;
  return (
    <section className="cw-offers" aria-labelledby="cw-offers-heading" aria-live="polite">
      <h2 id="cw-offers-heading">{t('customerRegister.offers')}</h2>
      {fetching && !data && <p role="status">{t('customerRegister.offers.loading')}</p>}
      {error && <p role="alert" className="cw-error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {failure && <p role="alert" className="cw-error">{failure}</p>}
      <ul className="cw-offer-list">
        {hits.map((h) => (
          <li key={h.node.id} className="cw-offer">
            <h3>{h.node.title}</h3>
            <p className="cw-snippet"><Snippet html={h.snippet} /></p>
            <details>
              <summary>{t('customerRegister.offers.read')}</summary>
              <ArticleBody html={h.node.bodyHtml} />
            </details>
            <p className="cw-offer-question">{t('customerRegister.offers.question')}</p>
            <div className="cw-offer-buttons">
              <button type="button" aria-label={t('customerRegister.offers.yesLabel', { title: h.node.title })} onClick={() => void yes(h.node.id, h.node.serviceArea.id, h.node.title)}>
                {t('customerRegister.offers.yes')}
              </button>
              <button type="button" className="cw-secondary" aria-label={t('customerRegister.offers.noLabel', { title: h.node.title })} onClick={() => setDismissed([...dismissed, h.node.id])}>
                {t('customerRegister.offers.no')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
