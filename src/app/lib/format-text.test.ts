/**
 * Tests for format-text.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';
import {
  formatRelative,
  parseTimestamp,
  safeHttpUrl,
  shortenMiddle,
} from './format-text.ts';

describe('format', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2147483648)).toBe('2 GiB');
    expect(formatBytes(1610612736)).toBe('1.5 GiB');
    expect(formatBytes(3 * 2 ** 20)).toBe('3 MiB');
    expect(formatBytes(2 ** 50)).toBe('1,024 TiB');
  });
  it('shortens long tokens in the middle', () => {
    expect(shortenMiddle('u3Lx8xxBPUAUjj8Bo5YC3yl93IDNWTYgK0MQSQUygA8')).toBe('u3Lx8xxB…QUygA8');
    expect(shortenMiddle('short')).toBe('short');
  });
  it('parses RFC 3339 with nanoseconds', () => {
    expect(parseTimestamp('2026-06-01T12:00:00.123456789Z')).toBe(
      Date.UTC(2026, 5, 1, 12, 0, 0, 123),
    );
  });
  it('says how long ago', () => {
    const now = Date.UTC(2026, 5, 10);
    expect(formatRelative(now - 3 * 86400_000, now, 'en')).toBe('3 days ago');
    expect(formatRelative(now - 30_000, now, 'en')).toBe('30 seconds ago');
    expect(formatRelative(now + 2 * 3600_000, now, 'en')).toBe('in 2 hours');
    expect(formatRelative(now - 400 * 86400_000, now, 'en')).toBe('last year');
  });
  it('links only http(s) URLs', () => {
    expect(safeHttpUrl('https://example.com')).toBe('https://example.com/');
    expect(safeHttpUrl('http://x.onion/a')).toBe('http://x.onion/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('relative/path')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
