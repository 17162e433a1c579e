import { describe, expect, it } from 'vitest';
import { formatAge, formatDate } from './format-date.ts';

describe('formatAge', () => {
  it('says how long ago, in the largest whole unit, the locale way', () => {
    const now = Date.UTC(2026, 11, 5, 12);
    expect(formatAge(now - 20_000, now, 'en-US')).toBe('now');
    expect(formatAge(now - 5 * 60_000, now, 'en-US')).toBe('5 minutes ago');
    expect(formatAge(now - 3 * 3_600_000, now, 'de-DE')).toBe('vor 3 Stunden');
    expect(formatAge(now - 86_400_000, now, 'en-US')).toBe('yesterday');
  });
});

describe('formatDate', () => {
  it('writes the date as toLocaleDateString does, per locale', () => {
    const ms = Date.UTC(2026, 11, 5, 12);
    for (const locale of ['en-US', 'de-DE', 'pl-PL']) expect(formatDate(ms, locale)).toBe(new Date(ms).toLocaleDateString(locale));
    expect(formatDate('2026-12-05T12:00:00Z', 'en-US')).toBe('12/5/2026');
  });
});
