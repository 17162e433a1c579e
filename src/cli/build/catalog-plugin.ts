/**
 * @module
 * The Vite plugin behind `virtual:i18n-catalogs` (issue 12 item 1): serves the catalogs of
 * `src/app/i18n/catalogs/` compiled to ICU ASTs (compile-catalog.ts), so the console ships no
 * ICU parser (intl-messageformat's import of it resolves to its `no-parser` build), and — in builds — splits each locale in two slices: `first`, the keys used by the
 * code the console runs before its first screen (main.tsx and its static imports), and `rest`,
 * loaded with the first page downloaded on demand. Every slice, English's too, is its own chunk
 * (English's first slice once sat in the entry, putting another language's reader over the
 * budget). The dev server and tests get one whole slice (a
 * component under test may render without its route's loader). The JSON files stay the source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_LOCALE, isLocale, LOCALES, localeTag } from '../../app/i18n/locales.ts';
import { isUsed } from '../i18n/catalog-rules.ts';
import { usageOf } from '../i18n/scan-usage.ts';
import { compileSlice } from './compile-catalog.ts';
import { staticImportClosure } from './static-imports.ts';

export const CATALOGS_MODULE = 'virtual:i18n-catalogs';
const ICU_PARSER = '@formatjs/icu-messageformat-parser';
const SLICE_PREFIX = 'virtual:i18n/';
const SLICES = ['first', 'rest'] as const;
type Slice = (typeof SLICES)[number];

/** The catalog keys used by `entry` and the files it statically imports. */
export function firstScreenKeys(entry: string, keys: readonly string[]): string[] {
  const usage = usageOf(staticImportClosure(entry).map((f) => readFileSync(f, 'utf8')));
  return keys.filter((k) => isUsed(k, usage) || usage.calls.has(k));
}

/**
 * The source of `virtual:i18n-catalogs`: `loadCatalogSlice` imports each slice on demand, so no
 * language — English included — sits in the entry. Unsplit (dev server, tests), English's one
 * slice is imported statically and offered as `initialSlice`, for components rendered without
 * `setLocale`.
 */
function indexModule(split: boolean): string {
  const english = `${DEFAULT_LOCALE}/first`;
  const cases = LOCALES.flatMap((locale) =>
    SLICES.map((slice) =>
      !split && `${locale}/${slice}` === english
        ? `    case '${english}': return Promise.resolve(initialSlice);`
        : `    case '${locale}/${slice}': return import('${SLICE_PREFIX}${locale}-${slice}').then((m) => m.default);`,
    ),
  );
  return [
    split ? 'export const initialSlice = null;' : `import initialSlice from '${SLICE_PREFIX}${DEFAULT_LOCALE}-first';
export { initialSlice };`,
    'export function loadCatalogSlice(locale, slice) {',
    '  switch (`${locale}/${slice}`) {',
    ...cases,
    '  }',
    '  return Promise.reject(new Error(`no catalog for ${locale}`));',
    '}',
  ].join('\n');
}

export function catalogPlugin(): Plugin {
  let appDir = '';
  let split = false;
  let firstKeys: Set<string> | null = null;
  const catalogPath = (locale: string) => join(appDir, 'i18n', 'catalogs', `${locale}.json`);
  const readCatalog = (locale: string) => JSON.parse(readFileSync(catalogPath(locale), 'utf8')) as Record<string, string>;
  const sliceKeys = (keys: string[], slice: Slice) => {
    if (!split) return slice === 'first' ? keys : [];
    firstKeys ??= new Set(firstScreenKeys(join(appDir, 'main.tsx'), keys));
    const first = firstKeys;
    return keys.filter((k) => first.has(k) === (slice === 'first'));
  };
  return {
    name: 'registry-console-catalogs',
    enforce: 'pre',
    configResolved(config) {
      appDir = join(config.root, 'src', 'app');
      split = config.command === 'build';
    },
    buildStart() {
      firstKeys = null;
    },
    resolveId(id, importer) {
      // intl-messageformat's parser is only needed for string messages, which it never gets.
      if (id === ICU_PARSER && importer?.includes('/intl-messageformat/')) return this.resolve(`${ICU_PARSER}/no-parser.js`, importer, { skipSelf: true });
      return id === CATALOGS_MODULE || id.startsWith(SLICE_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${CATALOGS_MODULE}`) return indexModule(split);
      if (!id.startsWith(`\0${SLICE_PREFIX}`)) return null;
      const [locale, slice] = id.slice(SLICE_PREFIX.length + 1).split('-');
      if (!isLocale(locale) || (slice !== 'first' && slice !== 'rest')) return null;
      const english = readCatalog(DEFAULT_LOCALE);
      const catalog = locale === DEFAULT_LOCALE ? english : readCatalog(locale);
      this.addWatchFile(catalogPath(DEFAULT_LOCALE));
      this.addWatchFile(catalogPath(locale));
      const keys = sliceKeys(Object.keys(english), slice);
      const compiled = compileSlice(keys, catalog, localeTag(locale), english);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
