import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ForumMeetingFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AgencyPicker } from './AgencyPicker';
import { isForbidden } from './errors';
import { useUrlFilters } from './filters';
import { apiErrorMessage } from '../../components/ApiError';

const ForumsDue = graphql(`
  query ConsoleForumsDue($agencyId: ID) {
    forumsDue(agencyId: $agencyId) {
      forum segment year required held planned overdue
      agency { id name }
      serviceArea { id name }
      slots { dueBy heldOn overdue }
    }
  }
`);

export const ForumMeeting = graphql(`
  fragment ForumMeeting on Meeting {
    id
    forum
    status
    scheduledAt
    segment
    version
    minutes
    agency { id name }
    serviceArea { id name }
    participants { id name }
    agenda { position title lines tickets { id number title } matters { id question status } }
  }
`);

const Meetings = graphql(`
  query ConsoleMeetings($year: Int!, $agencyId: ID, $first: Int!) {
    meetings(year: $year, agencyId: $agencyId, first: $first) {
      totalCount
      edges { node { ...ForumMeeting } }
    }
  }
`);

const Regenerate = graphql(`
  mutation ConsoleRegenerateAgenda($meetingId: ID!) {
    regenerateAgenda(meetingId: $meetingId) { meeting { ...ForumMeeting } userErrors { code message field } }
  }
`);

const Record = graphql(`
  mutation ConsoleRecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) { meeting { ...ForumMeeting } userErrors { code message field } }
  }
`);

const Matters = graphql(`
  query ConsoleEscalationMatters($agencyId: ID, $first: Int!) {
    escalationMatters(agencyId: $agencyId, first: $first) {
      totalCount
      edges {
        node {
          id level status question raisedAt decision feedback
          agency { id name }
          serviceArea { id name }
          raisedBy { id name }
        }
      }
    }
  }
`);

const FIRST = 50;

function ForumsDueSection({ agencyId }: { agencyId: string | null }) {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({ query: ForumsDue, variables: { agencyId } });
  if (isForbidden(error)) return null;
  const rows = data?.forumsDue ?? [];
  return (
    <section aria-labelledby="forums-due-heading" data-section="forumsDue">
      <h2 id="forums-due-heading">{t('reports.forumsDue')}</h2>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && rows.length === 0 && <p className="empty">{t('reports.forumsDue.empty')}</p>}
      {rows.length > 0 && (
        <table className="tickets forums-due">
          <caption className="sr-only">{t('reports.forumsDue')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.agency')}</th>
              <th scope="col">{t('reports.col.forum')}</th>
              <th scope="col">{t('reports.col.area')}</th>
              <th scope="col" className="num">{t('reports.col.required')}</th>
              <th scope="col" className="num">{t('reports.col.held')}</th>
              <th scope="col" className="num">{t('reports.col.planned')}</th>
              <th scope="col" className="num">{t('reports.col.overdue')}</th>
              <th scope="col">{t('reports.col.slots')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.agency?.id ?? r.segment}-${r.forum}-${r.serviceArea?.id ?? ''}-${i}`} className={r.overdue > 0 ? 'overdue' : undefined}>
                <th scope="row">{r.agency?.name ?? t('reports.council', { segment: t(`reports.segment.${r.segment}`) })}</th>
                <td>{t(`reports.forum.${r.forum}`)}</td>
                <td>{r.serviceArea?.name ?? '–'}</td>
                <td className="num">{r.required}</td>
                <td className="num">{r.held}</td>
                <td className="num">{r.planned}</td>
                <td className="num">{r.overdue > 0 ? <span className="badge badge-breached">{r.overdue}</span> : 0}</td>
                <td>
                  <ul className="inline-list">
                    {r.slots.map((s) => (
                      <li key={s.dueBy} className={s.overdue ? 'error' : undefined}>
                        {s.heldOn ? t('reports.slot.held', { due: s.dueBy, held: s.heldOn }) : s.overdue ? t('reports.slot.overdue', { due: s.dueBy }) : t('reports.slot.due', { due: s.dueBy })}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MeetingCard({ meeting }: { meeting: ForumMeetingFragment }) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [regen, regenerate] = useMutation(Regenerate);
  const [rec, record] = useMutation(Record);
  const [minutes, setMinutes] = useState('');
  const regenErrors = regen.data?.regenerateAgenda.userErrors ?? [];
  const recErrors = rec.data?.recordMeeting.userErrors ?? [];
  const minutesError = recErrors.find((e) => e.field?.includes('minutes'));
  const otherRecErrors = recErrors.filter((e) => e !== minutesError);
  const who = meeting.agency?.name ?? t('reports.council', { segment: meeting.segment ? t(`reports.segment.${meeting.segment}`) : '' });
  return (
    <article className="meeting card" aria-labelledby={`${id}-title`} data-meeting={meeting.id}>
      <h3 id={`${id}-title`}>
        {t(`reports.forum.${meeting.forum}`)} · {who}{meeting.serviceArea ? ` · ${meeting.serviceArea.name}` : ''}
      </h3>
      <p>
        <time dateTime={meeting.scheduledAt}>{dateTime(meeting.scheduledAt)}</time> · <span className={`badge meeting-${meeting.status}`}>{t(`reports.meeting.${meeting.status}`)}</span>
        {meeting.participants.length > 0 && <> · {t('reports.meeting.participants', { names: meeting.participants.map((p) => p.name).join(', ') })}</>}
      </p>
      <details>
        <summary>{t('reports.meeting.agenda', { count: meeting.agenda.length })}</summary>
        <ol className="agenda">
          {meeting.agenda.map((item) => (
            <li key={item.position}>
              <strong>{item.title}</strong>
              {item.lines.length > 0 && (
                <ul>
                  {item.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
              {item.tickets.length > 0 && (
                <ul className="inline-list">
                  {item.tickets.map((tk) => (
                    <li key={tk.id}><Link to={`/tickets/${tk.number}`} title={tk.title}>{tk.number}</Link></li>
                  ))}
                </ul>
              )}
              {item.matters.length > 0 && (
                <ul>
                  {item.matters.map((m) => (
                    <li key={m.id}>{m.question} ({t(`reports.matter.${m.status}`)})</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </details>
      {meeting.minutes && (
        <div className="minutes">
          <h4>{t('reports.meeting.minutes')}</h4>
          <p>{meeting.minutes}</p>
        </div>
      )}
      {meeting.status === 'PLANNED' && (
        <div className="meeting-actions">
          <button type="button" disabled={regen.fetching} onClick={() => void regenerate({ meetingId: meeting.id })}>{t('reports.meeting.regenerate')}</button>
          {regen.data?.regenerateAgenda.meeting && regenErrors.length === 0 && <span role="status" className="ok">{t('reports.meeting.regenerated')}</span>}
          {regenErrors.map((e) => (
            <p key={e.message} role="alert" className="error">{e.message}</p>
          ))}
          <form
            className="action-form"
            onSubmit={(e) => {
              e.preventDefault();
              void record({ input: { meetingId: meeting.id, minutes } });
            }}
          >
            <label htmlFor={`${id}-minutes`}>{t('reports.meeting.minutesInput')}</label>
            <textarea id={`${id}-minutes`} rows={3} value={minutes} onChange={(e) => setMinutes(e.target.value)} aria-invalid={minutesError ? true : undefined} aria-describedby={minutesError ? `${id}-minutes-error` : undefined} />
            {minutesError && <p id={`${id}-minutes-error`} className="field-error" role="alert">{minutesError.message}</p>}
            {otherRecErrors.map((e) => (
              <p key={e.message} role="alert" className="error">{e.message}</p>
            ))}
            <button type="submit" disabled={rec.fetching}>{t('reports.meeting.record')}</button>
          </form>
        </div>
      )}
    </article>
  );
}

function MeetingsSection({ agencyId, year, setYear }: { agencyId: string | null; year: number; setYear(y: number): void }) {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({ query: Meetings, variables: { year, agencyId, first: FIRST } });
  if (isForbidden(error)) return null;
  const meetings = data?.meetings.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="meetings-heading" data-section="meetings">
      <h2 id="meetings-heading">{t('reports.meetings')}</h2>
      <label>
        {t('reports.filter.year')}{' '}
        <input type="number" min={2000} max={2100} value={year} onChange={(e) => /^\d{4}$/.test(e.target.value) && setYear(Number(e.target.value))} />
      </label>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && meetings.length === 0 && <p className="empty">{t('reports.meetings.empty', { year })}</p>}
      {meetings.map((m) => (
        <MeetingCard key={m.id} meeting={m} />
      ))}
      {data && data.meetings.totalCount > meetings.length && <p className="muted">{t('reports.more', { shown: meetings.length, total: data.meetings.totalCount })}</p>}
    </section>
  );
}

function MattersSection({ agencyId }: { agencyId: string | null }) {
  const { t, dateTime } = useI18n();
  const [{ data, error }] = useQuery({ query: Matters, variables: { agencyId, first: FIRST } });
  if (isForbidden(error)) return null;
  const matters = data?.escalationMatters.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="matters-heading" data-section="matters">
      <h2 id="matters-heading">{t('reports.matters')}</h2>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && matters.length === 0 && <p className="empty">{t('reports.matters.empty')}</p>}
      {matters.length > 0 && (
        <table className="tickets matters">
          <caption className="sr-only">{t('reports.matters')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.raised')}</th>
              <th scope="col">{t('reports.col.agency')}</th>
              <th scope="col">{t('reports.col.area')}</th>
              <th scope="col">{t('reports.col.level')}</th>
              <th scope="col">{t('reports.col.status')}</th>
              <th scope="col">{t('reports.col.question')}</th>
              <th scope="col">{t('reports.col.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {matters.map((m) => (
              <tr key={m.id}>
                <td><time dateTime={m.raisedAt}>{dateTime(m.raisedAt)}</time></td>
                <td>{m.agency.name}</td>
                <td>{m.serviceArea?.name ?? t('reports.wholeAgency')}</td>
                <td>{t(`reports.level.${m.level}`)}</td>
                <td>{t(`reports.matter.${m.status}`)}</td>
                <td>{m.question}</td>
                <td>{m.decision ?? '–'}{m.feedback ? ` (${m.feedback})` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.escalationMatters.totalCount > matters.length && <p className="muted">{t('reports.more', { shown: matters.length, total: data.escalationMatters.totalCount })}</p>}
    </section>
  );
}

/** The forums: meetings owed, the meetings with their agendas and minutes, and the escalation matters; each section only for who the API lets read it. */
export function ForumsPage() {
  const { t } = useI18n();
  const { get, set } = useUrlFilters();
  const agency = get('agency');
  const yearParam = Number(get('year'));
  const year = yearParam >= 2000 && yearParam <= 2100 ? yearParam : new Date().getFullYear();
  useEffect(() => {
    document.title = `${t('reports.tab.forums')} · ${t('app.name')}`;
  }, [t]);
  return (
    <div className="forums">
      <form className="report-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.filters')}>
        <AgencyPicker value={agency} onChange={(id) => set({ agency: id })} />
      </form>
      <ForumsDueSection agencyId={agency} />
      <MeetingsSection agencyId={agency} year={year} setYear={(y) => set({ year: String(y) })} />
      <MattersSection agencyId={agency} />
    </div>
  );
}
