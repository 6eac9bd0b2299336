import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { sv, type Catalogue, type MessageKey } from './sv';

export type Language = 'sv' | 'en';
export const LANGUAGES: Record<Language, { catalogue: Catalogue; label: string; locale: string }> = {
  sv: { catalogue: sv, label: 'Svenska', locale: 'sv-SE' },
  en: { catalogue: en, label: 'English', locale: 'en-GB' },
};
const STORAGE_KEY = 'supportchain.language';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** Date and time in the user's language, Stockholm time. */
  dateTime(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Fills {name} placeholders. A message with a singular and a plural form, "{count} ärende|{count}
 * ärenden", takes the first form when `count` is 1 and the second otherwise (Swedish and English
 * both have just these two).
 */
export function format(message: string, vars?: Record<string, string | number>): string {
  const forms = message.split('|');
  if (forms.length === 2 && vars && typeof vars.count === 'number') message = forms[vars.count === 1 ? 0 : 1]!;
  return vars ? message.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all)) : message;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv'));
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    const { catalogue, locale } = LANGUAGES[language];
    const dtf = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    return {
      language,
      setLanguage,
      t: (key, vars) => format(catalogue[key], vars),
      dateTime: (iso) => dtf.format(new Date(iso)),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
