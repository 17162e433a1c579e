/**
 * @module
 * A URL's or file's check against a recorded commitment, in words: what differs (size or
 * BLAKE3 hash) with both values, or why the URL could not be checked.
 */
import type { Translate } from '../../../i18n/i18n.ts';
import type { Mismatch, UrlVerdict } from '../api/verify-asset-url.ts';

export function mismatchText(m: Mismatch, t: Translate): string {
  return m.field === 'size'
    ? t('os.check.sizeMismatch', { expected: m.expected, found: m.found })
    : t('os.check.hashMismatch', { expected: m.expected, found: m.found });
}

export function verdictText(v: UrlVerdict, t: Translate): string {
  switch (v.status) {
    case 'ok':
      return t('os.check.ok');
    case 'mismatch':
      return mismatchText(v.mismatch, t);
    case 'unverifiable':
      return t('os.check.unverifiable', { message: v.message });
    case 'bad':
      return v.problem === 'url' ? t('os.ready.url.bad') : t('os.ready.url.http', { status: v.httpStatus });
  }
}
