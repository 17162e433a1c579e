import { describe, expect, it } from 'vitest';
import { localeTag, pickLocale } from './locales.ts';

describe('pickLocale (the browser languages, best first)', () => {
  it('takes the first language the console speaks, by region or by language alone', () => {
    expect(pickLocale(['de-DE', 'en-US'])).toBe('de_DE');
    expect(pickLocale(['ja', 'pl'])).toBe('pl_PL');
    expect(pickLocale(['fr-CA'])).toBe('fr_FR');
    expect(pickLocale(['es-419', 'de'])).toBe('es_ES');
  });

  it('falls back to English', () => {
    expect(pickLocale(['ja-JP', 'zh'])).toBe('en_US');
    expect(pickLocale([])).toBe('en_US');
  });

  it('gives Intl and <html lang> the BCP 47 form', () => {
    expect(localeTag('pl_PL')).toBe('pl-PL');
  });
});
