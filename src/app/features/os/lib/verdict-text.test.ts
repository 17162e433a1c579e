import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/i18n.ts';
import { verdictText } from './verdict-text.ts';

describe('verdictText', () => {
  it('names the size with both values', () => {
    expect(verdictText({ status: 'mismatch', mismatch: { match: false, field: 'size', expected: 70_000, found: 1 } }, translate)).toBe(
      'Size differs: the release records 70,000 bytes, this has 1 byte.',
    );
  });
  it('names the hash with both values', () => {
    expect(verdictText({ status: 'mismatch', mismatch: { match: false, field: 'hash', expected: 'AAA', found: 'BBB' } }, translate)).toBe(
      'BLAKE3 hash differs: the release records AAA, this hashes to BBB.',
    );
  });
  it('says why a URL could not be checked', () => {
    expect(verdictText({ status: 'unverifiable', message: 'Failed to fetch' }, translate)).toBe('could not be checked from this browser (Failed to fetch); the host must send CORS headers');
    expect(verdictText({ status: 'bad', problem: 'http', httpStatus: 404 }, translate)).toBe('answered HTTP 404');
  });
});
