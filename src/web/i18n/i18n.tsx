// A typed dictionary of our own (docs/decisions/0003-web-ui-libraries.md): two languages, keys
// checked by the compiler, `{name}` placeholders. Swedish is the default; the choice is kept in
// localStorage and mirrored on <html lang>.
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { setApiLanguage } from '../api-client';
import type { Locale } from '../format';
import { en } from './en';
import type { MessageKey, Messages } from './sv';
import { sv } from './sv';

export type Language = 'sv' | 'en';
const dictionaries: Record<Language, Messages> = { sv, en };
const STORAGE_KEY = 'statsbidrag.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A message that depends on a count has one key per plural category of the language
 * (`perf.interest.count.one`, `perf.interest.count.other`; Swedish and English need no others):
 * PluralKey is the key without the category.
 */
export type PluralKey = FormBase<'one'> & FormBase<'other'>;
type FormBase<Form extends string> = MessageKey extends infer Key
  ? Key extends `${infer Base}.${Form}`
    ? Base
    : never
  : never;
type PluralCategoryKey = `${PluralKey}.${Intl.LDMLPluralRule}`;

/** The message for `count` things, with `{count}` and the other placeholders filled in. */
export type TranslatePlural = (
  key: PluralKey,
  count: number,
  params?: Record<string, string | number>,
) => string;

interface I18n {
  language: Language;
  locale: Locale;
  t: Translate;
  /** A message about a number of things, in the right form for the number (Intl.PluralRules). */
  plural: TranslatePlural;
  /** True when the dictionary has the key (for texts chosen by data, e.g. audit actions). */
  has(key: string): key is MessageKey;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | null>(null);

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv'; // storage can be disabled; Swedish is the default
  }
}

function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The category's form when the dictionary has it, else the `other` form every plural key has. */
export function pluralMessage(
  messages: Messages,
  key: PluralKey,
  category: Intl.LDMLPluralRule,
): string {
  const forms: Partial<Record<PluralCategoryKey, string>> = messages;
  return forms[`${key}.${category}`] ?? messages[`${key}.other`];
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // the choice then lasts for this page only
    }
    document.documentElement.lang = next;
    setApiLanguage(next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = dictionaries[language];
    const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
    const pluralRules = new Intl.PluralRules(locale);
    return {
      language,
      locale,
      t: (key, params) => interpolate(messages[key], params),
      plural: (key, count, params) =>
        interpolate(pluralMessage(messages, key, pluralRules.select(count)), { count, ...params }),
      has: (key: string): key is MessageKey => Object.hasOwn(messages, key),
      setLanguage,
    };
  }, [language, setLanguage]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
