import type { CombinedError } from 'urql';
import { useI18n, type Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';

/** Top-level error codes with a message of their own in the catalogue (the API's text is English). */
const CODED: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'app.error.UNAUTHENTICATED',
  FORBIDDEN: 'app.error.FORBIDDEN',
  NOT_FOUND: 'app.error.NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'app.error.INTERNAL_SERVER_ERROR',
  OPERATION_NOT_ALLOWED: 'app.error.OPERATION_NOT_ALLOWED',
  PERSISTED_QUERY_NOT_FOUND: 'app.error.OPERATION_NOT_ALLOWED',
};

/**
 * What a person sees of a failed request, never a stack trace: for a GraphQL error with a known
 * code (not signed in, not allowed, not found, a server fault) the catalogue's sentence; otherwise
 * the API's own message (urql's `error.message` would prefix it with "[GraphQL]"); for a network
 * failure a plain sentence (the browser's text, "Failed to fetch", says nothing). '' for no error.
 */
export function apiErrorMessage(error: CombinedError | undefined | null, t: Translate): string {
  if (!error) return '';
  const messages = error.graphQLErrors.map((e) => {
    const key = CODED[String(e.extensions?.code ?? '')];
    return key ? t(key) : e.message;
  });
  if (messages.length) return [...new Set(messages.filter(Boolean))].join(' ');
  return t('app.error.network');
}

/** A failed request as an alert: "Något gick fel: …" with `apiErrorMessage`. */
export function ApiError({ error }: { error: CombinedError }) {
  const { t } = useI18n();
  return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
}
