import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/sv';
import type { CustomerCase } from './CasePage';
import { useCaseMutation } from './useCaseMutation';

const Rate = graphql(`
  mutation CustomerRate($ticketId: ID!, $score: Int!, $comment: String) {
    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {
      ticket { id canRate satisfaction { score comment ratedAt ratedBy { id name } } }
      userErrors { code message field }
    }
  }
`);

const SCORES = [1, 2, 3, 4, 5] as const;
const scoreKey = (score: number) => `customerCases.rate.${score}` as MessageKey;

/** The satisfaction rating: the form while the API lets the customer rate, the rating once given. */
export function CaseRating({ ticket }: { ticket: CustomerCase }) {
  const { t, dateTime } = useI18n();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [picked, setPicked] = useState(true);
  const [, rate] = useMutation(Rate);
  const { state, run } = useCaseMutation();
  const given = ticket.satisfaction;
  if (given)
    return (
      <section aria-labelledby="case-rated" className="case-rating case-rated">
        <h2 id="case-rated">{t('customerCases.rate.thanks')}</h2>
        <p>{t('customerCases.rate.given', { name: given.ratedBy.name, score: t(scoreKey(given.score)), time: dateTime(given.ratedAt) })}</p>
        {given.comment && <blockquote>{given.comment}</blockquote>}
      </section>
    );
  if (!ticket.canRate) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPicked(score !== null);
    if (score !== null) void run(() => rate({ ticketId: ticket.id, score, comment: comment.trim() || null }));
  };
  const scoreError = !picked ? t('customerCases.rate.pick') : state.fields.score;
  return (
    <section aria-labelledby="case-rate" className="case-rating">
      <h2 id="case-rate">{t('customerCases.rate')}</h2>
      <p>{t('customerCases.rate.intro')}</p>
      <form onSubmit={submit} className="case-form">
        <fieldset aria-describedby={scoreError ? 'case-rate-score-error' : undefined}>
          <legend>{t('customerCases.rate.score')}</legend>
          {SCORES.map((s) => (
            <label key={s} className="case-score">
              <input type="radio" name="score" value={s} checked={score === s} onChange={() => setScore(s)} />
              {t(scoreKey(s))}
            </label>
          ))}
        </fieldset>
        {scoreError && <p id="case-rate-score-error" className="case-error">{scoreError}</p>}
        <label htmlFor="case-rate-comment">{t('customerCases.rate.comment')}</label>
        <textarea id="case-rate-comment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)}
          aria-invalid={state.fields.comment ? true : undefined} aria-describedby={state.fields.comment ? 'case-rate-comment-error' : undefined} />
        {state.fields.comment && <p id="case-rate-comment-error" className="case-error">{state.fields.comment}</p>}
        {state.general && <p role="alert" className="case-error">{state.general}</p>}
        <button type="submit" disabled={state.busy}>{t('customerCases.rate.send')}</button>
      </form>
    </section>
  );
}
