/**
 * The runtime side of the sliced catalogs (i18n.ts): only the first screen's messages exist
 * until a page on demand asks for the rest; after that, every locale chosen loads both slices;
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
let failNext = false;

vi.mock('virtual:i18n-catalogs', () => ({
  englishFirst: slices['en_US/first'],
  loadCatalogSlice: (locale: string, slice: SliceName) => {
    requested.push(`${locale}/${slice}`);
    if (failNext) {
      failNext = false;
      return Promise.reject(new TypeError('offline'));
    }
    return Promise.resolve(slices[`${locale}/${slice}`]);
  },
}));

beforeEach(() => {
  vi.resetModules();
  requested.length = 0;
});

describe('sliced catalogs', () => {
  it('start with the first screen only and add the rest when asked', async () => {
    const { translate, loadRestMessages } = await import('./i18n.ts');
    expect(translate('browse.search')).toBe('Search');
    expect(translate('keys.title')).toBe('keys.title');
    await loadRestMessages();
    expect(translate('keys.title')).toBe('Keys');
    expect(requested).toEqual(['en_US/rest']);
  });

  it('load both slices of a locale chosen after the rest was asked for, English where it lacks a key', async () => {
    const { translate, loadRestMessages, setLocale } = await import('./i18n.ts');
    await loadRestMessages();
    await setLocale('de_DE');
    expect(translate('browse.search')).toBe('Suche');
    // formatted with English rules: a number argument in English notation
    expect(translate('keys.title', { n: 1234.5 })).toBe('1,234.5');
    expect(requested).toEqual(['en_US/rest', 'de_DE/first', 'de_DE/rest']);
  });

  it('load only the first slice of a locale chosen before any page on demand', async () => {
    const { translate, setLocale } = await import('./i18n.ts');
    await setLocale('de_DE');
    expect(translate('browse.search')).toBe('Suche');
    expect(requested).toEqual(['de_DE/first']);
  });

  it('try a slice again after it failed to load', async () => {
    const { translate, loadRestMessages } = await import('./i18n.ts');
    failNext = true;
    await expect(loadRestMessages()).rejects.toThrow('offline');
    await loadRestMessages();
    expect(translate('keys.title')).toBe('Keys');
    expect(requested).toEqual(['en_US/rest', 'en_US/rest']);
  });
});
