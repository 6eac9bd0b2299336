import { useI18n } from '../../i18n/i18n';

/** Placeholder until this screen is built. */
export default function AdminRoutes() {
  const { t } = useI18n();
  return <h1>{t('app.nav.admin')}</h1>;
}
