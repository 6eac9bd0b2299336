import { useEffect } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/i18n';
import { apiErrorMessage } from '../../components/ApiError';

/** The page title: the screen, then the console. */
export function useTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('dir.title')} · ${t('app.name')}`;
  }, [title, t]);
}

/** Loading and error states of a query: FORBIDDEN in words, any other failure by its message only. */
export function QueryState({ fetching, error }: { fetching: boolean; error?: CombinedError }) {
  const { t } = useI18n();
  if (error) {
    const forbidden = error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
    return <p role="alert" className="error">{forbidden ? t('dir.forbidden') : t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  }
  return fetching ? <p role="status">{t('app.loading')}</p> : null;
}
