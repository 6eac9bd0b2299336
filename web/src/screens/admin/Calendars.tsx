import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminCalendarsQuery, ClosureKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Crumb, errorsByField, Field, isForbidden, NO_ERRORS, NotAllowed, Outcome, QueryState, type FormErrors, type UserError } from './admin-common';
import { apiErrorMessage } from '../../components/ApiError';
import { HoursForm, NEW_CALENDAR } from './CalendarHours';

const CalendarFields = graphql(`
  fragment AdminCalendar on BusinessCalendar {
    id name zone alwaysOpen holidayCountry halfDayClose eveRule agencyId
    weekly { weekday open close }
    closures { id date kind closes intervals { open close } reason }
  }
`);
void CalendarFields;

const Calendars = graphql(`
  query AdminCalendars {
    businessCalendars { ...AdminCalendar }
  }
`);

/** Apart from the calendars, so choosing another year leaves the forms as they are. */
const Holidays = graphql(`
  query AdminCalendarHolidays($year: Int!) {
    businessCalendars { id holidays(year: $year) { date kind nameSv nameEn } }
  }
`);

const AddClosure = graphql(`
  mutation AdminAddClosure($calendarId: ID!, $input: CalendarClosureInput!) {
    addCalendarClosure(calendarId: $calendarId, input: $input) {
      calendar { ...AdminCalendar }
      recomputed
      userErrors { code message field }
    }
  }
`);

const RemoveClosure = graphql(`
  mutation AdminRemoveClosure($closureId: ID!) {
    removeCalendarClosure(closureId: $closureId) {
      calendar { ...AdminCalendar }
      recomputed
      userErrors { code message field }
    }
  }
`);

type Calendar = AdminCalendarsQuery['businessCalendars'][number];

/** "08:00-12:00, 13:00-15:00" as intervals; a malformed piece goes to the API as it is, which says why at the field. */
const intervalsOf = (text: string) =>
  text.split(',').map((piece) => piece.trim()).filter(Boolean).map((piece) => {
    const [open = '', close = ''] = piece.split('-').map((x) => x.trim());
    return { open, close };
  });
const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date()));

/** The admin's date exceptions (closed, shortened, or open at other hours): listed with a remove button each, and a form to add one. */
function Closures({ calendar }: { calendar: Calendar }) {
  const { t } = useI18n();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<ClosureKind>('CLOSED');
  const [closes, setCloses] = useState('');
  const [intervals, setIntervals] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [added, add] = useMutation(AddClosure);
  const [removed, remove] = useMutation(RemoveClosure);
  const explain = (field: string, e: UserError) => {
    if (e.code !== 'BAD_USER_INPUT') return undefined;
    if (field === 'date') return /already/.test(e.message) ? t('admin.cal.error.exists') : /falls in/.test(e.message) ? t('admin.cal.error.outOfRange') : t('admin.cal.error.date');
    if (field === 'intervals') return t('admin.cal.error.intervals');
    if (field === 'reason') return t('admin.cal.error.reason');
    if (field === 'closes') return t('admin.cal.error.closes');
    return undefined;
  };

  async function submit() {
    setDone(null);
    setErrors(NO_ERRORS);
    const result = await add({ calendarId: calendar.id, input: { date: date.trim(), kind, reason, closes: kind === 'HALF_DAY' ? closes.trim() || null : null, intervals: kind === 'HOURS' ? intervalsOf(intervals) : null } });
    if (isForbidden(result.error)) return setForbidden(true);
    const payload = result.data?.addCalendarClosure;
    if (result.error || !payload) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(result.error, t) })] });
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors, explain));
    setDone(t('admin.cal.closure.added', { date, count: payload.recomputed }));
    setDate('');
    setReason('');
    setCloses('');
    setIntervals('');
  }

  async function removeOne(id: string, day: string) {
    setDone(null);
    setErrors(NO_ERRORS);
    const result = await remove({ closureId: id });
    if (isForbidden(result.error)) return setForbidden(true);
    const payload = result.data?.removeCalendarClosure;
    if (result.error || !payload) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(result.error, t) })] });
    if (payload.userErrors.length) return setErrors({ fields: {}, general: payload.userErrors.map((e) => e.message) });
    setDone(t('admin.cal.closure.removed', { date: day }));
  }

  if (forbidden) return <NotAllowed fromApi />;
  const err = errors.fields;
  return (
    <section className="card" aria-labelledby="cal-closures-title">
      <h2 id="cal-closures-title">{t('admin.cal.closures')}</h2>
      {calendar.closures.length === 0 ? <p className="muted">{t('admin.cal.closures.empty')}</p> : (
        <table className="admin-table" data-testid="closures">
          <thead>
            <tr>
              <th scope="col">{t('admin.cal.closure.date')}</th>
              <th scope="col">{t('admin.cal.closure.kind')}</th>
              <th scope="col">{t('admin.cal.closure.reason')}</th>
              <th scope="col"><span className="sr-only">{t('admin.cal.closure.removeShort')}</span></th>
            </tr>
          </thead>
          <tbody>
            {calendar.closures.map((c) => (
              <tr key={c.id} data-closure={c.date}>
                <td className="num">{c.date}</td>
                <td>{t(`admin.cal.closure.kind.${c.kind}`)}{c.closes ? ` (${c.closes})` : ''}{c.intervals ? ` (${c.intervals.map((x) => `${x.open}-${x.close}`).join(', ')})` : ''}</td>
                <td>{c.reason}</td>
                <td>
                  <button type="button" className="secondary" disabled={removed.fetching} aria-label={t('admin.cal.closure.remove', { date: c.date })} onClick={() => void removeOne(c.id, c.date)}>
                    {t('admin.cal.closure.removeShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="admin-form admin-closure-form" noValidate aria-label={t('admin.cal.closure.add')} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="admin-grid">
          <Field label={t('admin.cal.closure.date')} error={err.date}>
            {(p) => <input {...p} name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label={t('admin.cal.closure.kind')} error={err.kind}>
            {(p) => (
              <select {...p} name="kind" value={kind} onChange={(e) => setKind(e.target.value as ClosureKind)}>
                <option value="CLOSED">{t('admin.cal.closure.kind.CLOSED')}</option>
                <option value="HALF_DAY">{t('admin.cal.closure.kind.HALF_DAY')}</option>
                <option value="HOURS">{t('admin.cal.closure.kind.HOURS')}</option>
              </select>
            )}
          </Field>
          {kind === 'HALF_DAY' && (
            <Field label={t('admin.cal.closure.closes')} error={err.closes}>
              {(p) => <input {...p} name="closes" value={closes} onChange={(e) => setCloses(e.target.value)} />}
            </Field>
          )}
          {kind === 'HOURS' && (
            <Field label={t('admin.cal.closure.intervals')} error={err.intervals}>
              {(p) => <input {...p} name="intervals" placeholder="08:00-12:00, 13:00-15:00" value={intervals} onChange={(e) => setIntervals(e.target.value)} />}
            </Field>
          )}
          <Field label={t('admin.cal.closure.reason')} error={err.reason} className="wide">
            {(p) => <input {...p} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </div>
        <button type="submit" disabled={added.fetching}>{added.fetching ? t('admin.saving') : t('admin.cal.closure.add')}</button>
        <Outcome errors={errors} done={done} />
      </form>
    </section>
  );
}

/** The public holidays the calendar follows (from its holidayCountry), for a chosen year. */
function HolidayList({ calendar }: { calendar: Calendar }) {
  const { t, language } = useI18n();
  const [typed, setTyped] = useState(() => String(thisYear()));
  const [year, setYear] = useState(thisYear);
  // Fetched again when the calendar's holiday rules change (the key below remounts it): eves follow the eve rule.
  const [{ data, fetching, error }] = useQuery({ query: Holidays, variables: { year }, requestPolicy: 'cache-and-network' });
  const holidays = data?.businessCalendars.find((c) => c.id === calendar.id)?.holidays;
  return (
    <section className="card" aria-labelledby="cal-holidays-title">
      <h2 id="cal-holidays-title">{t('admin.cal.holidays', { year })}</h2>
      <label className="admin-inline">
        {t('admin.cal.holidays.year')}{' '}
        <input type="number" min={2000} max={2100} value={typed} onChange={(e) => {
          setTyped(e.target.value);
          const y = Number(e.target.value);
          if (Number.isInteger(y) && y >= 2000 && y <= 2100) setYear(y);
        }} />
      </label>
      {calendar.alwaysOpen && <p className="muted">{t('admin.cal.holidays.alwaysOpen')}</p>}
      {!holidays ? <QueryState fetching={fetching} error={error} hasData={false} /> : holidays.length === 0 ? <p className="muted">{t('admin.cal.holidays.none')}</p> : (
        <table className="admin-table">
          <thead>
            <tr><th scope="col">{t('admin.cal.closure.date')}</th><th scope="col">{t('admin.cal.holiday.name')}</th><th scope="col">{t('admin.cal.closure.kind')}</th></tr>
          </thead>
          <tbody>
            {holidays.map((h) => (
              <tr key={h.date}>
                <td className="num">{h.date}</td>
                <td>{language === 'sv' ? h.nameSv : h.nameEn}</td>
                <td>{t(`admin.cal.closure.kind.${h.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** /admin/calendars and /admin/calendars/:calendarId: each calendar's hours, closures and holidays; /admin/calendars/ny: a new one. */
export default function CalendarsScreen({ creating = false }: { creating?: boolean }) {
  const { t } = useI18n();
  const { calendarId } = useParams();
  const client = useClient();
  const navigate = useNavigate();
  const justCreated = (useLocation().state as { created?: string } | null)?.created;
  const [{ data, fetching, error }] = useQuery({ query: Calendars });
  const calendars = data?.businessCalendars ?? [];
  const calendar = calendarId ? calendars.find((c) => c.id === calendarId) : calendars[0];
  // The list is read again before going to the new calendar, so its page finds it (a new entity is in no cached list).
  const created = async (id: string) => {
    await client.query(Calendars, {}, { requestPolicy: 'network-only' }).toPromise();
    void navigate(`/admin/calendars/${encodeURIComponent(id)}`, { state: { created: id } });
  };
  return (
    <section className="admin" aria-labelledby="cal-title">
      <Crumb />
      <h1 id="cal-title">{t('admin.cal.title')}</h1>
      <p className="muted">{t('admin.cal.intro')}</p>
      {!data ? <QueryState fetching={fetching} error={error} hasData={false} /> : (
        <>
          {calendars.length === 0 && <p>{t('admin.cal.empty')}</p>}
          <nav aria-label={t('admin.cal.list')} className="admin-tabs">
            {calendars.map((c) => (
              <Link key={c.id} to={`/admin/calendars/${encodeURIComponent(c.id)}`} aria-current={!creating && c.id === calendar?.id ? 'page' : undefined}>{c.name}</Link>
            ))}
            <Link to="/admin/calendars/ny" aria-current={creating ? 'page' : undefined}>+ {t('admin.cal.new')}</Link>
          </nav>
          <p role="status" className="ok">{justCreated && justCreated === calendar?.id ? t('admin.cal.created') : ''}</p>
          {creating ? <HoursForm key="new" calendar={NEW_CALENDAR} onCreated={(id) => void created(id)} /> : !calendar ? (calendars.length > 0 && <p role="alert" className="error">{t('app.notFound')}</p>) : (
            <div className="admin-columns">
              <HoursForm key={`hours-${calendar.id}`} calendar={calendar} />
              <div>
                <Closures key={`closures-${calendar.id}`} calendar={calendar} />
                <HolidayList key={`holidays-${calendar.id}-${calendar.eveRule}-${calendar.holidayCountry}`} calendar={calendar} />
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
