/**
 * The runtime side of the sliced catalogs (i18n.ts), as a build serves them: no message exists
 * until the first screen's slice of the chosen language is loaded (English's too, which is a
 * download like the others), the rest only once a page on demand asks for it; after that, every locale chosen loads both slices;
 * a key the locale lacks is formatted as English; a slice that fails to load is tried again.
 * The catalogs here are small stand-ins for what catalog-plugin.ts serves.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompiledSlice, SliceName } from 'virtual:i18n-catalogs';

const slices: Record<string, CompiledSlice> = {
  'en_US/first': { messages: { 'browse.search': 'Search' }, english: [] },
  'en_US/rest': { messages: { 'keys.title': 'Keys' }, english: [] },
  'de_DE/first': { messages: { 'browse.search': 'Suche' }, english: [] },
  'de_DE/rest': { messages: { 'keys.title': [{ type: 2, value: 'n', style: null }] }, english: ['keys.title'] },
};
const requested: string[] = [];
let failing = new Set<string>();

vi.mock('virtual:i18n-catalogs', () => ({
  initialSlice: null,
  loadCatalogSlice: (locale: string, slice: SliceName) => {
    const id = `${locale}/${slice}`;
    requested.push(id);
    if (failing.delete(id)) return Promise.reject(new TypeError('offline'));
    return Promise.resolve(slices[`${locale}/${slice}`]);
  },
}));

beforeEach(() => {
  vi.resetModules();
  requested.length = 0;
  failing = new Set();
  vi.unstubAllGlobals();
});

describe('sliced catalogs', () => {
  it('start with the first screen only, English a download too, and add the rest when asked', async () => {
    const { translate, loadRestMessages, setLocale } = await import('./i18n.ts');
    expect(translate('browse.search')).toBe('browse.search');
    await setLocale('en_US');
    expect(translate('browse.search')).toBe('Search');
    expect(translate('keys.title')).toBe('keys.title');
    await loadRestMessages();
    expect(translate('keys.title')).toBe('Keys');
    expect(requested).toEqual(['en_US/first', 'en_US/rest']);
  });

  it('start in the browser\'s language, or in English when its catalog fails to load', async () => {
    vi.stubGlobal('navigator', { languages: ['de-AT'] });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = await import('./i18n.ts');
    await first.startLocale();
    expect(first.translate('browse.search')).toBe('Suche');
    vi.resetModules();
    failing.add('de_DE/first');
    const second = await import('./i18n.ts');
    await second.startLocale();
    expect(second.translate('browse.search')).toBe('Search');
    expect(second.currentLocale()).toBe('en_US');
    expect(requested).toEqual(['de_DE/first', 'de_DE/first', 'en_US/first']);
  });

  it('load both slices of a locale chosen after the rest was asked for, English where it lacks a key', async () => {
    const { translate, loadRestMessages, setLocale } = await import('./i18n.ts');
    await setLocale('en_US');
    await loadRestMessages();
    await setLocale('de_DE');
    expect(translate('browse.search')).toBe('Suche');
    // formatted with English rules: a number argument in English notation
    expect(translate('keys.title', { n: 1234.5 })).toBe('1,234.5');
    expect(requested).toEqual(['en_US/first', 'en_US/rest', 'de_DE/first', 'de_DE/rest']);
  });

  it('load only the first slice of a locale chosen before any page on demand', async () => {
    const { translate, setLocale } = await import('./i18n.ts');
    await setLocale('de_DE');
    expect(translate('browse.search')).toBe('Suche');
    expect(requested).toEqual(['de_DE/first']);
  });

  it('try a slice again after it failed to load', async () => {
    const { translate, loadRestMessages, setLocale } = await import('./i18n.ts');
    await setLocale('en_US');
    failing.add('en_US/rest');
    await expect(loadRestMessages()).rejects.toThrow('offline');
    await loadRestMessages();
    expect(translate('keys.title')).toBe('Keys');
    expect(requested).toEqual(['en_US/first', 'en_US/rest', 'en_US/rest']);
  });
});
