import { describe, expect, it } from 'vitest';
import { lastDays, readRange } from './range.ts';

const today = Date.UTC(2026, 11, 5, 15);

describe('readRange', () => {
  it('defaults to the last 90 days by day', () => {
    expect(readRange(new URLSearchParams(), today)).toEqual({ from: '2026-09-07', to: '2026-12-05', by: 'day' });
  });

  it('keeps a valid range, swaps a reversed one and drops invalid days', () => {
    expect(readRange(new URLSearchParams('from=2026-07-01&to=2026-07-31&by=week'), today)).toEqual({ from: '2026-07-01', to: '2026-07-31', by: 'week' });
    expect(readRange(new URLSearchParams('from=2026-07-31&to=2026-07-01'), today)).toMatchObject({ from: '2026-07-01', to: '2026-07-31' });
    expect(readRange(new URLSearchParams('from=2026-02-30&to=2026-12-05'), today).from).toBe('2026-09-07');
  });

  it('shows a range of more than 400 days by week', () => {
    expect(readRange(new URLSearchParams('from=2025-01-01&to=2026-12-05&by=day'), today).by).toBe('week');
    expect(lastDays(365, today, 'day')).toEqual({ from: '2025-12-06', to: '2026-12-05', by: 'day' });
  });
});
