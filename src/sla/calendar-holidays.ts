import Holidays from 'date-holidays';

/** A public holiday (closed) or its eve (a half day), as a calendar with that country keeps it. */
export interface CalendarHoliday {
  /** Local date, yyyy-MM-dd. */
  date: string;
  kind: 'CLOSED' | 'HALF_DAY';
  nameSv: string;
  nameEn: string;
}

const swedish = new Holidays('SE');
/** date-holidays writes some Swedish names in lower case ("midsommarafton"): shown as a name, capitalised. */
const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * The Swedish public holidays and half days of a year, with their names in both languages: the
 * same days swedish-holidays.ts closes (`public`) or shortens (`bank`) for the SLA clocks.
 */
export function swedishHolidays(year: number): CalendarHoliday[] {
  const named = (lang: string) => swedish.getHolidays(year, lang).filter((h) => h.type === 'public' || h.type === 'bank');
  const en = new Map(named('en').map((h) => [h.date.slice(0, 10), h.name]));
  const byDate = new Map<string, CalendarHoliday>();
  for (const h of named('sv')) {
    const date = h.date.slice(0, 10);
    const kind = h.type === 'public' ? 'CLOSED' : 'HALF_DAY';
    // A date that is both (a holiday on an eve) is closed, as the clocks count it.
    if (byDate.get(date)?.kind === 'CLOSED') continue;
    byDate.set(date, { date, kind, nameSv: capitalised(h.name), nameEn: en.get(date) ?? h.name });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
