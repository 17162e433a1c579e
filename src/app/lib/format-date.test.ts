import { describe, expect, it } from 'vitest';
import { formatAge } from './format-date.ts';

describe('formatAge', () => {
  it('says how long ago, in the largest whole unit, the locale way', () => {
    const now = Date.UTC(2026, 11, 5, 12);
    expect(formatAge(now - 20_000, now, 'en-US')).toBe('now');
    expect(formatAge(now - 5 * 60_000, now, 'en-US')).toBe('5 minutes ago');
    expect(formatAge(now - 3 * 3_600_000, now, 'de-DE')).toBe('vor 3 Stunden');
    expect(formatAge(now - 86_400_000, now, 'en-US')).toBe('yesterday');
  });
});
