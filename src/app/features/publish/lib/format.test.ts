import { describe, expect, it } from 'vitest';
import { formatDuration } from './format.ts';

describe('formatDuration', () => {
  it('writes minutes and seconds the locale way', () => {
    // Intl may join with (narrow) no-break spaces
    const plain = (seconds: number, locale: string) => formatDuration(seconds, locale).replace(/\s/g, ' ');
    expect(plain(75, 'en-US')).toBe('1 min 15 sec');
    expect(plain(75, 'de-DE')).toBe('1 Min., 15 Sek.');
    expect(plain(5.9, 'fr-FR')).toBe('5 s');
  });
});
