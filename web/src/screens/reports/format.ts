import { useMemo } from 'react';
import { LANGUAGES, useI18n } from '../../i18n/i18n';

/** Numbers in the user's language: counts, percent with one decimal, hours and money with two. */
export function useNumbers() {
  const { language } = useI18n();
  return useMemo(() => {
    const locale = LANGUAGES[language].locale;
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return {
      count: (v: number) => whole.format(v),
      /** A percent 0–100 ("93,5 %"); a dash when null. */
      percent: (v: number | null | undefined) => (v == null ? '–' : `${one.format(v)} %`),
      /** A ratio 0–1 as a percent. */
      ratio: (v: number | null | undefined) => (v == null ? '–' : `${one.format(v * 100)} %`),
      hours: (v: number | null | undefined) => (v == null ? '–' : two.format(v)),
      money: (v: number | null | undefined) => (v == null ? '–' : two.format(v)),
    };
  }, [language]);
}

/** The quarter ("2026-Q4") a day falls in, in Stockholm. Pure. */
export function quarterOf(date: Date): string {
  const [y, m] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(date).split('-').map(Number);
  return `${y}-Q${Math.floor((m! - 1) / 3) + 1}`;
}

/** The month ("2026-11") of a day, in Stockholm. Pure. */
export function monthOf(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(date);
}
