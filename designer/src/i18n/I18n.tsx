import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalog, languages, type Language, type MessageKey } from './catalog';

const storageKey = 'wdms.language';

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The message in the chosen language, with {name} placeholders filled. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Numbers, money and dates in the chosen language's format. */
  locale: string;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored && (languages as readonly string[]).includes(stored)) return stored as Language;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18nValue>(() => ({
    language,
    setLanguage,
    locale: language === 'zh' ? 'zh-CN' : 'en-GB',
    t: (key, values) => {
      let text = catalog[language][key] ?? key;
      for (const [name, v] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(v));
      return text;
    },
  }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
