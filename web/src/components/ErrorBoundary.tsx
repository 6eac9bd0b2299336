import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CombinedError } from 'urql';
import { useI18n, type Translate } from '../i18n/i18n';
import './palette.css';

/**
 * What a person sees of a failed request: the API's own messages for GraphQL errors (urql's
 * `error.message` would prefix them with "[GraphQL]"), and a plain sentence for a network failure
 * (whose text is the browser's, e.g. "Failed to fetch"). Never a stack trace.
 */
export function apiErrorMessage(error: CombinedError, t: Translate): string {
  const messages = error.graphQLErrors.map((e) => e.message).filter(Boolean);
  if (messages.length) return [...new Set(messages)].join(' ');
  return t('palette.error.network');
}

/** A failed request as an alert with the API's message. */
export function ApiError({ error }: { error: CombinedError }) {
  const { t } = useI18n();
  return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
}

/** The boundary's message: what happened in plain words and the ways on; no error text, no stack. */
function Failed() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <section className="error-boundary" role="alert" aria-labelledby="error-boundary-heading">
      <h1 id="error-boundary-heading">{t('palette.error.title')}</h1>
      <p>{t('palette.error.body')}</p>
      <p className="error-actions">
        <button type="button" onClick={() => window.location.reload()}>{t('palette.error.reload')}</button>
        <button type="button" className="secondary" onClick={() => navigate(-1)}>{t('palette.error.back')}</button>
        <Link to="/work">{t('palette.error.home')}</Link>
      </p>
    </section>
  );
}

/**
 * Catches what a screen throws while rendering (a bug, a lazy chunk that failed to load) and shows
 * `Failed` in its place; the header and navigation stay usable. Give it a `key` that changes with
 * the location so that moving elsewhere tries again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer's console only; the page shows no error text.
    console.error('[console] a screen failed to render', error, info.componentStack);
  }

  render(): ReactNode {
    return this.state.failed ? <Failed /> : this.props.children;
  }
}
