import { useQuery } from 'urql';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/sv';
import { AgencyContactsQuery } from './queries';

type Person = { name: string; email?: string | null; phone?: string | null };

function Who({ person }: { person: Person | null | undefined }) {
  if (!person) return <>–</>;
  return (
    <>
      {person.name}
      {person.email && <><br /><a href={`mailto:${person.email}`}>{person.email}</a></>}
      {person.phone && <><br />{person.phone}</>}
    </>
  );
}

/** Both sides' contact list for the agency, each role with its person and deputy, as the API gives them. */
export function ContactsSection({ agencyId }: { agencyId: string }) {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: AgencyContactsQuery, variables: { agencyId } });
  const contacts = data?.agencyContacts ?? [];
  return (
    <section id="kontakter" aria-labelledby="contacts-title" className="cw-section">
      <h2 id="contacts-title">{t('customerAgency.contacts')}</h2>
      <p>{t('customerAgency.contacts.intro')}</p>
      {error && <ApiError error={error} />}
      {fetching && !data && <p role="status">{t('app.loading')}</p>}
      {(['CENTRE', 'AGENCY'] as const).map((side) => {
        const rows = contacts.filter((c) => c.side === side);
        return (
          <div key={side}>
            <h3 id={`contacts-${side}`}>{t(`customerAgency.side.${side}`)}</h3>
            {data && rows.length === 0 ? (
              <p className="empty">{t('customerAgency.contacts.empty')}</p>
            ) : (
              <table className="cw-table" aria-labelledby={`contacts-${side}`} data-side={side}>
                <thead>
                  <tr>
                    <th scope="col">{t('customerAgency.col.role')}</th>
                    <th scope="col">{t('customerAgency.col.person')}</th>
                    <th scope="col">{t('customerAgency.col.deputy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <tr key={c.id} data-role={c.role}>
                      <th scope="row">{t(`dir.contact.${c.role}` as MessageKey)}{c.serviceArea ? ` (${c.serviceArea.name})` : ''}</th>
                      <td><Who person={c.person} /></td>
                      <td><Who person={c.deputy} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
