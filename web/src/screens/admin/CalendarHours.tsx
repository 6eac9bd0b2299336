import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminCalendarsQuery, EveRule } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { errorsByField, Field, isForbidden, lastInputField, NO_ERRORS, NotAllowed, Outcome, type FormErrors, type UserError } from './admin-common';
import { apiErrorMessage } from '../../components/ApiError';

const UpdateCalendar = graphql(`
  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {
    updateBusinessCalendar(calendarId: $calendarId, input: $input) {
      calendar { ...AdminCalendar }
      recomputed
      userErrors { code message field }
    }
  }
`);

const CreateCalendar = graphql(`
  mutation AdminCreateCalendar($name: String!, $input: BusinessCalendarInput!) {
    createBusinessCalendar(name: $name, input: $input) {
      calendar { ...AdminCalendar }
      recomputed
      userErrors { code message field }
    }
  }
`);

const Agencies = graphql(`
  query AdminCalendarAgencies {
    agencies(first: 100) { edges { node { id name } } }
  }
`);

type Calendar = Pick<AdminCalendarsQuery['businessCalendars'][number], 'id' | 'zone' | 'alwaysOpen' | 'holidayCountry' | 'halfDayClose' | 'eveRule' | 'agencyId' | 'weekly'>;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const EVE_RULES: EveRule[] = ['CLOSED', 'HALF_DAY', 'NORMAL'];

/** What the "Ny kalender" form starts from: the API's own defaults (office hours, Swedish holidays, half-day eves). */
export const NEW_CALENDAR: Calendar = {
  id: '', zone: 'Europe/Stockholm', alwaysOpen: false, holidayCountry: 'SE', halfDayClose: '12:00', eveRule: 'HALF_DAY', agencyId: null,
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ __typename: 'OpeningHours' as const, weekday, open: '08:00', close: '17:00' })),
};
/** createBusinessCalendar's name is an argument beside the input: its errors carry the path ["name"]. */
const fieldOf = (path: readonly string[]) => (path.length === 1 && path[0] === 'name' ? 'name' : lastInputField(path));

interface Interval { opens: string; closes: string }
/** A weekday's intervals, in order; none is closed. */
type Days = Record<number, Interval[]>;
const daysOf = (c: Calendar): Days =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, c.weekly.filter((w) => w.weekday === d).map((w) => ({ opens: w.open, closes: w.close }))]));

/** The agency whose cases the calendar counts instead of their policy's one (none: the centre's calendar). */
function AgencyField({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: Agencies });
  return (
    <Field label={t('admin.cal.agency')} error={error}>
      {(p) => (
        <select {...p} name="agencyId" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('admin.cal.agency.none')}</option>
          {data?.agencies.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name}</option>)}
        </select>
      )}
    </Field>
  );
}

/** One weekday's row: open or not, and its intervals (a split shift has several), each removable. */
function WeekdayRow({ day, intervals, invalid, onChange }: { day: number; intervals: Interval[]; invalid: boolean; onChange: (next: Interval[]) => void }) {
  const { t } = useI18n();
  const name = t(`admin.cal.weekday.${day}` as MessageKey);
  // The first interval keeps the plain labels ("Öppnar måndag"), later ones say which shift they are.
  const label = (key: 'admin.cal.opensOn' | 'admin.cal.closesOn', i: number) => (i === 0 ? t(key, { day: name }) : t('admin.cal.shiftOf', { what: t(key, { day: name }), n: i + 1 }));
  const set = (i: number, change: Partial<Interval>) => onChange(intervals.map((x, j) => (j === i ? { ...x, ...change } : x)));
  const last = intervals[intervals.length - 1];
  return (
    <tr data-weekday={day}>
      <th scope="row">{name}</th>
      <td><input type="checkbox" aria-label={t('admin.cal.openOn', { day: name })} checked={intervals.length > 0} onChange={(e) => onChange(e.target.checked ? [{ opens: '08:00', closes: '17:00' }] : [])} /></td>
      <td>
        {intervals.length === 0 ? <span className="muted">{t('admin.cal.closedDay')}</span> : (
          <ul className="admin-intervals">
            {intervals.map((x, i) => (
              <li key={i}>
                <input className="time" aria-label={label('admin.cal.opensOn', i)} aria-invalid={invalid || undefined} value={x.opens} onChange={(e) => set(i, { opens: e.target.value })} />
                {' – '}
                <input className="time" aria-label={label('admin.cal.closesOn', i)} aria-invalid={invalid || undefined} value={x.closes} onChange={(e) => set(i, { closes: e.target.value })} />
                {i > 0 && (
                  <button type="button" className="secondary" aria-label={t('admin.cal.removeShift', { day: name, n: i + 1 })} onClick={() => onChange(intervals.filter((_, j) => j !== i))}>
                    {t('admin.cal.closure.removeShort')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {last && (
          <button type="button" className="secondary" aria-label={t('admin.cal.addShiftOn', { day: name })} onClick={() => onChange([...intervals, { opens: last.closes, closes: last.closes }])}>
            {t('admin.cal.addShift')}
          </button>
        )}
      </td>
    </tr>
  );
}

/**
 * The calendar's zone, 24x7 switch, holidays, eves, agency and weekly intervals, saved at once. With
 * onCreated it is the "Ny kalender" form: a name too, createBusinessCalendar, then onCreated(the new id).
 */
export function HoursForm({ calendar, onCreated }: { calendar: Calendar; onCreated?: (id: string) => void }) {
  const { t } = useI18n();
  const isNew = onCreated !== undefined;
  const [name, setName] = useState('');
  const [zone, setZone] = useState(calendar.zone);
  const [alwaysOpen, setAlwaysOpen] = useState(calendar.alwaysOpen);
  const [holidayCountry, setHolidayCountry] = useState(calendar.holidayCountry ?? '');
  const [halfDayClose, setHalfDayClose] = useState(calendar.halfDayClose);
  const [eveRule, setEveRule] = useState<EveRule>(calendar.eveRule);
  const [agencyId, setAgencyId] = useState(calendar.agencyId ?? '');
  const [days, setDays] = useState(() => daysOf(calendar));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [state, update] = useMutation(UpdateCalendar);
  const [creating, create] = useMutation(CreateCalendar);
  const explain = (field: string, e: UserError) => {
    if (e.code === 'CONFLICT') return field === 'name' ? t('admin.cal.error.nameTaken') : field === 'agencyId' ? t('admin.cal.error.agencyTaken') : undefined;
    if (e.code !== 'BAD_USER_INPUT') return undefined;
    if (field === 'name') return t('admin.cal.error.name');
    if (field === 'weekly') return /overlap/.test(e.message) ? t('admin.cal.error.overlap') : t('admin.cal.error.time');
    return field === 'halfDayClose' ? t('admin.cal.error.time') : field === 'zone' ? t('admin.cal.error.zone') : undefined;
  };

  async function submit() {
    setDone(null);
    setErrors(NO_ERRORS);
    const weekly = WEEKDAYS.flatMap((d) => days[d]!.map((x) => ({ weekday: d, open: x.opens.trim(), close: x.closes.trim() })));
    const input = { zone: zone.trim(), alwaysOpen, holidayCountry: holidayCountry || null, halfDayClose: halfDayClose.trim(), eveRule, agencyId: agencyId || null, weekly };
    const result = isNew
      ? await create({ name: name.trim(), input }).then((r) => ({ error: r.error, payload: r.data?.createBusinessCalendar }))
      : await update({ calendarId: calendar.id, input }).then((r) => ({ error: r.error, payload: r.data?.updateBusinessCalendar }));
    if (isForbidden(result.error)) return setForbidden(true);
    const { payload } = result;
    if (result.error || !payload) return setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(result.error, t) })] });
    if (payload.userErrors.length) return setErrors(errorsByField(payload.userErrors, explain, fieldOf));
    if (isNew && payload.calendar) return onCreated(payload.calendar.id);
    setDone(t('admin.cal.saved', { count: payload.recomputed }));
  }

  if (forbidden) return <NotAllowed fromApi />;
  const err = errors.fields;
  return (
    <form className="card admin-form" noValidate aria-labelledby="cal-hours-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="cal-hours-title">{t(isNew ? 'admin.cal.new' : 'admin.cal.settings')}</h2>
      {isNew && <p className="muted">{t('admin.cal.new.intro')}</p>}
      <div className="admin-grid">
        {isNew && (
          <Field label={t('admin.cal.name')} error={err.name} className="wide">
            {(p) => <input {...p} name="name" maxLength={100} aria-required="true" value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
        )}
        <Field label={t('admin.cal.zone')} error={err.zone}>
          {(p) => <input {...p} name="zone" value={zone} onChange={(e) => setZone(e.target.value)} />}
        </Field>
        <Field label={t('admin.cal.holidayCountry')} error={err.holidayCountry}>
          {(p) => (
            <select {...p} name="holidayCountry" value={holidayCountry} onChange={(e) => setHolidayCountry(e.target.value)}>
              <option value="">{t('admin.cal.holidayCountry.none')}</option>
              <option value="SE">{t('admin.cal.holidayCountry.SE')}</option>
            </select>
          )}
        </Field>
        <Field label={t('admin.cal.eveRule')} error={err.eveRule}>
          {(p) => (
            <select {...p} name="eveRule" value={eveRule} onChange={(e) => setEveRule(e.target.value as EveRule)}>
              {EVE_RULES.map((r) => <option key={r} value={r}>{t(`admin.cal.eveRule.${r}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('admin.cal.halfDayClose')} error={err.halfDayClose}>
          {(p) => <input {...p} name="halfDayClose" value={halfDayClose} onChange={(e) => setHalfDayClose(e.target.value)} />}
        </Field>
        <AgencyField value={agencyId} onChange={setAgencyId} error={err.agencyId} />
      </div>
      <label className="admin-check"><input type="checkbox" checked={alwaysOpen} onChange={(e) => setAlwaysOpen(e.target.checked)} /> {t('admin.cal.alwaysOpen')}</label>
      <fieldset className="admin-weekly" aria-describedby={err.weekly ? 'cal-weekly-error' : undefined}>
        <legend>{t('admin.cal.weekly')}</legend>
        <table className="admin-table">
          <thead>
            <tr><th scope="col">{t('admin.cal.weekday')}</th><th scope="col">{t('admin.cal.open')}</th><th scope="col">{t('admin.cal.shifts')}</th><th scope="col"><span className="sr-only">{t('admin.cal.addShift')}</span></th></tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => <WeekdayRow key={d} day={d} intervals={days[d]!} invalid={!!err.weekly} onChange={(next) => setDays((all) => ({ ...all, [d]: next }))} />)}
          </tbody>
        </table>
        {err.weekly && <p id="cal-weekly-error" className="error field-error">{err.weekly}</p>}
      </fieldset>
      <button type="submit" disabled={state.fetching || creating.fetching}>{state.fetching || creating.fetching ? t('admin.saving') : t(isNew ? 'admin.cal.create' : 'admin.cal.save')}</button>
      <Outcome errors={errors} done={done} />
    </form>
  );
}
