import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import { AgencyMeetingsQuery } from './queries';

/** The agency's upcoming forum meetings with their agendas, and the minutes approved at a later meeting. */
export function ForumsSection() {
  const { t, dateTime } = useI18n();
  const now = useMemo(() => new Date(), []);
  const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(now));
  const [{ data, error, fetching }] = useQuery({ query: AgencyMeetingsQuery, variables: { year, next: year + 1 } });
  const meetings = [...(data?.thisYear.edges ?? []), ...(data?.nextYear.edges ?? [])].map((e) => e.node);
  const upcoming = meetings.filter((m) => m.status === 'PLANNED' && new Date(m.scheduledAt) >= now);
  const approved = meetings.filter((m) => m.status === 'HELD' && m.minutes && m.minutesApprovedIn).reverse();
  const name = (m: (typeof meetings)[number]) => `${t(`reports.forum.${m.forum}`)}${m.serviceArea ? `, ${m.serviceArea.name}` : ''}`;
  return (
    <>
      <section id="moten" aria-labelledby="meetings-title" className="cw-section">
        <h2 id="meetings-title">{t('customerAgency.meetings')}</h2>
        <p>{t('customerAgency.meetings.intro')}</p>
        {error && <ApiError error={error} />}
        {fetching && !data && <p role="status">{t('app.loading')}</p>}
        {data && upcoming.length === 0 && <p className="empty">{t('customerAgency.meetings.empty')}</p>}
        {upcoming.map((m) => (
          <article key={m.id} className="cw-meeting" aria-labelledby={`meeting-${m.id}`} data-forum={m.forum}>
            <h3 id={`meeting-${m.id}`}>{name(m)} – <time dateTime={m.scheduledAt}>{dateTime(m.scheduledAt)}</time></h3>
            <h4>{t('customerAgency.agenda')}</h4>
            <ol className="cw-agenda">
              {m.agenda.map((item) => (
                <li key={item.position}>
                  {item.title}
                  {item.lines.length > 0 && (
                    <ul>
                      {item.lines.map((line, i) => <li key={i}>{line}</li>)}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </article>
        ))}
      </section>
      <section id="anteckningar" aria-labelledby="minutes-title" className="cw-section">
        <h2 id="minutes-title">{t('customerAgency.minutes')}</h2>
        {data && approved.length === 0 && <p className="empty">{t('customerAgency.minutes.empty')}</p>}
        {approved.map((m) => (
          <article key={m.id} className="cw-meeting" aria-labelledby={`minutes-${m.id}`}>
            <h3 id={`minutes-${m.id}`}>{name(m)} – <time dateTime={m.scheduledAt}>{dateTime(m.scheduledAt)}</time></h3>
            <p className="muted">{t('customerAgency.minutes.approvedAt', { at: dateTime(m.minutesApprovedIn!.scheduledAt) })}</p>
            <p className="cw-text">{m.minutes}</p>
          </article>
        ))}
      </section>
    </>
  );
}
