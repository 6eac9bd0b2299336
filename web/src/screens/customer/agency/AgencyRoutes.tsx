import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import { ContactsSection } from './ContactsSection';
import { ForumsSection } from './ForumsSection';
import { SlaSection } from './SlaSection';
import { AgencyViewerQuery } from './queries';
import '../orders/orders.css';

/** The agency's view at /kundwebb/myndighet: its quarterly SLA report, both sides' contacts, its forum meetings and approved minutes. */
export default function AgencyRoutes() {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({ query: AgencyViewerQuery });
  const agency = data?.viewer?.user.agency;
  useEffect(() => {
    document.title = `${t('customerAgency.title')} · ${t('customer.name')}`;
  }, [t]);
  return (
    <section aria-labelledby="agency-title" className="cw-agency">
      <h1 id="agency-title">{agency ? t('customerAgency.titleOf', { agency: agency.name }) : t('customerAgency.title')}</h1>
      <p className="customer-lead">{t('customerAgency.intro')}</p>
      {error && <ApiError error={error} />}
      {data && !agency && <p className="empty">{t('customerAgency.noAgency')}</p>}
      {agency && (
        <>
          <nav aria-label={t('customerAgency.sections')} className="cw-jump">
            <a href="#sla">{t('customerAgency.sla')}</a> · <a href="#kontakter">{t('customerAgency.contacts')}</a> · <a href="#moten">{t('customerAgency.meetings')}</a> · <a href="#anteckningar">{t('customerAgency.minutes')}</a>
          </nav>
          <SlaSection />
          <ContactsSection agencyId={agency.id} />
          <ForumsSection />
        </>
      )}
    </section>
  );
}
