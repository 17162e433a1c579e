/**
 * @module
 * UI translation over FormatJS's `intl-messageformat` (ICU messages: plurals, selects, numbers
 * and dates in the active locale; an interpreter, no `eval`, so it fits the strict CSP). The
 * catalogs arrive compiled (src/cli/build/catalog-plugin.ts), so no ICU parser ships, and in
 * two slices, each its own download in every language: the messages of the first screen,
 * loaded before the console first renders (main.tsx), and the rest, loaded before the first
 * page downloaded on demand renders (lazy-component.tsx). The choice is remembered per browser
 * and sets `<html lang>`.
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { initialSlice, loadCatalogSlice, type CompiledMessage, type CompiledSlice, type SliceName } from 'virtual:i18n-catalogs';
import { createStore, useStore } from '../lib/create-store.ts';
import type en from './catalogs/en_US.json';
import { DEFAULT_LOCALE, isLocale, localeTag, pickLocale, type Locale } from './locales.ts';

export type Catalog = typeof en;
export type MessageKey = keyof Catalog;
export type MessageValues = Record<string, PrimitiveType>;
/** Translates one key with its ICU arguments. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const STORAGE_KEY = 'registry-console.language';

interface I18nState {
  locale: Locale;
  messages: Record<string, CompiledMessage>;
  /** Keys shown in English because the locale lacks them. */
  english: ReadonlySet<string>;
  /** How many slices are merged (1: the first screen's; 2: all). */
  slices: number;
}

function stateOf(locale: Locale, slices: readonly CompiledSlice[]): I18nState {
  return {
    locale,
    messages: Object.assign({}, ...slices.map((s) => s.messages)),
    english: new Set(slices.flatMap((s) => s.english)),
    slices: slices.length,
  };
}

// Empty in builds until setLocale loads a slice; main.tsx renders nothing before that.
const store = createStore<I18nState>(stateOf(DEFAULT_LOCALE, initialSlice ? [initialSlice] : []));
const formatters = new Map<string, IntlMessageFormat>();

/** A formatter of a compiled message (a plain string is one literal). */
export function messageFormat(message: CompiledMessage, locale: Locale): IntlMessageFormat {
  return new IntlMessageFormat(typeof message === 'string' ? [{ type: 0, value: message }] : message, localeTag(locale));
}

/** The message of `key` and the locale it is written in. */
function lookup(state: I18nState, key: MessageKey): { locale: Locale; message: CompiledMessage } {
  // Absent only if a page rendered before its slice arrived: the key is better than nothing.
  const message = state.messages[key] ?? key;
  return { locale: state.english.has(key) ? DEFAULT_LOCALE : state.locale, message };
}

function format(state: I18nState, key: MessageKey, values?: MessageValues): string {
  const id = `${state.locale}\u0000${key}`;
  let f = formatters.get(id);
  if (!f) {
    const { locale, message } = lookup(state, key);
    f = messageFormat(message, locale);
    if (key in state.messages) formatters.set(id, f);
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

/** One key's compiled message and the locale it is in (English when the active catalog lacks it). */
export function useLocaleMessages(key: MessageKey): { locale: Locale; message: CompiledMessage } {
  return lookup(useStore(store), key);
}

/** The active locale outside React. */
export function currentLocale(): Locale {
  return store.get().locale;
}

let restWanted = false;
const slices = new Map<string, Promise<CompiledSlice>>();

function slice(locale: Locale, name: SliceName): Promise<CompiledSlice> {
  const id = `${locale}/${name}`;
  const pending =
    slices.get(id) ??
    loadCatalogSlice(locale, name).catch((e: unknown) => {
      slices.delete(id); // a later call may try again
      throw e;
    });
  slices.set(id, pending);
  return pending;
}

/** The slices `locale` needs now: the first, and the rest once a page on demand asked for it. */
async function wantedSlices(locale: Locale): Promise<CompiledSlice[]> {
  for (;;) {
    const wanted: SliceName[] = restWanted ? ['first', 'rest'] : ['first'];
    const loaded = await Promise.all(wanted.map((name) => slice(locale, name)));
    if (loaded.length === 2 || !restWanted) return loaded;
  }
}

/** Loads `locale`'s catalog if needed, makes it active, remembers it and sets `<html lang>`. */
export async function setLocale(locale: Locale): Promise<void> {
  store.set(stateOf(locale, await wantedSlices(locale)));
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = localeTag(locale);
}

/** Loads the messages beyond the first screen (in the active locale, and any chosen later). */
export async function loadRestMessages(): Promise<void> {
  restWanted = true;
  const locale = currentLocale();
  const loaded = await wantedSlices(locale);
  if (currentLocale() === locale && store.get().slices < loaded.length) store.set(stateOf(locale, loaded));
}

/**
 * Makes the reader's language active before the first render; if its catalog fails to load,
 * English (whose catalog is a download too); if that fails as well, the keys show.
 */
export async function startLocale(): Promise<void> {
  const locale = initialLocale();
  try {
    await setLocale(locale);
  } catch (e) {
    console.error('could not load the language catalog', e);
    if (locale !== DEFAULT_LOCALE) await setLocale(DEFAULT_LOCALE).catch((e2: unknown) => console.error('could not load the English catalog', e2));
  }
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
