import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n';

export type Outcome =
  | { kind: 'deflected'; article: string }
  | { kind: 'registered'; number: string; uploaded: string[]; failed: { name: string; message: string }[] };

/** Moves focus to the outcome's heading, so that a screen reader hears what happened. */
function useFocusHeading() {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** An article answered the question: no case, a thank-you and the way back. */
export function ThankYou({ article, onRestart }: { article: string; onRestart(): void }) {
  const { t } = useI18n();
  const heading = useFocusHeading();
  return (
    <section className="cw-outcome" aria-labelledby="cw-thanks">
      <h1 id="cw-thanks" ref={heading} tabIndex={-1}>{t('customerRegister.thanks.title')}</h1>
      <p className="cw-article-title">{article}</p>
      <p>{t('customerRegister.thanks.text')}</p>
      <p className="cw-outcome-links">
        <Link to="/kundwebb">{t('customerRegister.thanks.back')}</Link>
        <button type="button" className="cw-link" onClick={onRestart}>{t('customerRegister.thanks.new')}</button>
      </p>
    </section>
  );
}

/** The case is registered: its number, a link to follow it, and how its files went. */
export function Registered({ outcome, onRestart }: { outcome: Extract<Outcome, { kind: 'registered' }>; onRestart(): void }) {
  const { t } = useI18n();
  const heading = useFocusHeading();
  return (
    <section className="cw-outcome" aria-labelledby="cw-done">
      <h1 id="cw-done" ref={heading} tabIndex={-1}>{t('customerRegister.done.title')}</h1>
      <p className="cw-number">{t('customerRegister.done.number', { number: outcome.number })}</p>
      <p><Link to={`/kundwebb/arenden/${encodeURIComponent(outcome.number)}`}>{t('customerRegister.done.follow', { number: outcome.number })}</Link></p>
      {outcome.uploaded.length > 0 && (
        <>
          <h2>{t('customerRegister.done.files')}</h2>
          <ul>{outcome.uploaded.map((name, i) => <li key={`${name}-${i}`}>{name}</li>)}</ul>
        </>
      )}
      {outcome.failed.map((f, i) => (
        <p key={`${f.name}-${i}`} role="alert" className="cw-error">{t('customerRegister.done.fileFailed', { name: f.name, message: f.message })}</p>
      ))}
      <p><button type="button" className="cw-link" onClick={onRestart}>{t('customerRegister.done.new')}</button></p>
    </section>
  );
}
