import { describe, expect, it } from 'vitest';
import { localize, localizeFor } from './localize.ts';

const s = { en_US: 'Hello', en_GB: 'Hullo', de_DE: 'Hallo', fr_FR: 'Bonjour' };

describe('localizeFor (upstream LocaleString::localize_for)', () => {
  it('exact locale, then language prefix, then first entry, then ""', () => {
    expect(localizeFor(s, 'de_DE')).toBe('Hallo');
    expect(localizeFor(s, 'en_AU')).toBe('Hello');
    expect(localizeFor(s, 'pl_PL')).toBe('Hello');
    expect(localizeFor({}, 'pl_PL')).toBe('');
    expect(localizeFor('plain', 'de_DE')).toBe('plain');
  });
  it('takes the prefix with split_inclusive("_") and does not rewrite - to _', () => {
    expect(localizeFor(s, 'fr')).toBe('Bonjour');
    expect(localizeFor(s, 'de-DE')).toBe('Hello');
    expect(localizeFor({ 'de-DE': 'Bindestrich', de_DE: 'Hallo' }, 'de-DE')).toBe('Bindestrich');
  });
});

describe('localize (the console: browser tags mapped to locale keys)', () => {
  it('accepts browser language tags and locale keys', () => {
    expect(localize(s, 'fr-FR')).toBe('Bonjour');
    expect(localize(s, 'en-GB')).toBe('Hullo');
    expect(localize(s, 'de')).toBe('Hallo');
    expect(localize(s, 'de_DE')).toBe('Hallo');
  });
});
