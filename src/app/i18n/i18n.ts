/**
 * @module
 * UI translation over FormatJS's `intl-messageformat` (ICU messages: plurals, selects, numbers
 * and dates in the active locale; an interpreter, no `eval`, so it fits the strict CSP). English
 * ships in the main bundle as the default and fallback; every other catalog is a separate chunk
 * loaded when chosen. The choice is remembered per browser and sets `<html lang>`.
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { createStore, useStore } from '../lib/create-store.ts';
import en from './catalogs/en_US.json';
import { DEFAULT_LOCALE, isLocale, localeTag, pickLocale, type Locale } from './locales.ts';

export type Catalog = typeof en;
export type MessageKey = keyof Catalog;
export type MessageValues = Record<string, PrimitiveType>;
/** Translates one key with its ICU arguments. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const STORAGE_KEY = 'registry-console.language';

/** Non-English catalogs, each its own chunk (Vite splits a dynamic import per file). */
const loaders = import.meta.glob<{ default: Record<string, string> }>(['./catalogs/*.json', '!./catalogs/en_US.json']);

interface I18nState {
  locale: Locale;
  messages: Record<string, string>;
}

const store = createStore<I18nState>({ locale: DEFAULT_LOCALE, messages: en });
const formatters = new Map<string, IntlMessageFormat>();

function format(state: I18nState, key: MessageKey, values?: MessageValues): string {
  const id = `${state.locale}\u0000${key}`;
  let f = formatters.get(id);
  if (!f) {
    const own = state.messages[key];
    const message = own ?? en[key];
    f = new IntlMessageFormat(message, localeTag(own === undefined ? DEFAULT_LOCALE : state.locale));
    formatters.set(id, f);
  }
  return String(f.format(values));
}

/** Translates outside React (the active locale at the time of the call). */
export const translate: Translate = (key, values) => format(store.get(), key, values);

/** The active locale; components re-render when it changes. */
export function useLocale(): Locale {
  return useStore(store, (s) => s.locale);
}

/** `t(key, values)` in the active locale; components re-render when the locale changes. */
export function useT(): Translate {
  const state = useStore(store);
  return (key, values) => format(state, key, values);
}

/** One key's message text and the locale it is in (English when the active catalog lacks it). */
export function useLocaleMessages(key: MessageKey): { locale: Locale; message: string } {
  const state = useStore(store);
  const own = state.messages[key];
  return own === undefined ? { locale: DEFAULT_LOCALE, message: en[key] } : { locale: state.locale, message: own };
}

/** The active locale outside React. */
export function currentLocale(): Locale {
  return store.get().locale;
}

/** Loads `locale`'s catalog if needed, makes it active, remembers it and sets `<html lang>`. */
export async function setLocale(locale: Locale): Promise<void> {
  const messages = locale === DEFAULT_LOCALE ? en : (await loaders[`./catalogs/${locale}.json`]?.())?.default;
  if (!messages) throw new Error(`no catalog for ${locale}`);
  store.set({ locale, messages });
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = localeTag(locale);
}

/** The remembered choice, else the browser's preferred languages, else English. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage disabled
  }
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}
