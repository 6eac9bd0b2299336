import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n';
import './palette.css';

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
