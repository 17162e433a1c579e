import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes in a given locale', () => {
  it('writes the number and the word for bytes the locale way', () => {
    expect(formatBytes(1610612736, 'de-DE')).toBe('1,5 GiB');
    expect(formatBytes(512, 'de-DE')).toBe('512 Byte');
    expect(formatBytes(1, 'en-US')).toBe('1 byte');
    expect(formatBytes(2 ** 50, 'pl-PL')).toBe('1024 TiB');
    expect(formatBytes(1536, 'fr-FR')).toBe('1,5 KiB');
  });
});
