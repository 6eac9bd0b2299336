import { useI18n } from '../../../i18n/i18n';

/** The customer web's register area (placeholder: its engineer replaces this file, keeping the default export). */
export default function RegisterRoutes() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('customerRegister.title')}</h1>
      <p>{t('customer.comingSoon')}</p>
    </section>
  );
}
