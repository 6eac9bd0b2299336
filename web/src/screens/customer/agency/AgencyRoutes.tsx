import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import { ContactsSection } from './ContactsSection';
import { ForumsSection } from './ForumsSection';
import { SlaSection } from './SlaSection';
import { AgencyContactsQuery, AgencyViewerQuery } from './queries';
import { ReadLogSection } from './ReadLogSection';
import '../orders/orders.css';

/** The agency's view at /kundwebb/myndighet: its quarterly SLA report, both sides' contacts, its forum meetings and approved minutes. */
export default function AgencyRoutes() {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({ query: AgencyViewerQuery });
  const agency = data?.viewer?.user.agency;
  const [contacts] = useQuery({ query: AgencyContactsQuery, variables: { agencyId: agency?.id ?? '' }, pause: !agency });
  // The read log is the agency's information-security contact's (person or deputy); the API refuses anyone else.
  const me = data?.viewer?.user.id;
  const securityContact = !!me && (contacts.data?.agencyContacts ?? []).some((c) => c.side === 'AGENCY' && c.role === 'URGENT_INFORMATION_SECURITY' && (c.person?.id === me || c.deputy?.id === me));
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
            {securityContact && <> · <a href="#laslogg">{t('readLog.title')}</a></>}
          </nav>
          <SlaSection />
          <ContactsSection agencyId={agency.id} />
          <ForumsSection />
          {securityContact && <ReadLogSection agencyId={agency.id} />}
        </>
      )}
    </section>
  );
}
