import { describe, expect, it } from 'vitest';
import { localize } from './localize.ts';

describe('localize (upstream fallback rule)', () => {
  const s = { en_US: 'Hello', en_GB: 'Hullo', de_DE: 'Hallo', fr_FR: 'Bonjour' };
  it('exact locale, then language prefix, then first entry, then ""', () => {
    expect(localize(s, 'de_DE')).toBe('Hallo');
    expect(localize(s, 'en_AU')).toBe('Hello');
    expect(localize(s, 'pl_PL')).toBe('Hello');
    expect(localize({}, 'pl_PL')).toBe('');
    expect(localize('plain', 'de_DE')).toBe('plain');
  });
  it('accepts browser language tags', () => {
    expect(localize(s, 'fr-FR')).toBe('Bonjour');
    expect(localize(s, 'en-GB')).toBe('Hullo');
  });
});
