/**
 * @module
 * The access review as CSV (lib/csv.ts): one line per package and signer with a scope or a
 * publish seen, for the rows the matrix shows — headers in the reader's language, values as
 * stored (Guids, ranges, versions, RFC 3339 times, fingerprints).
 */
import { accessRecords, type AccessReview, type AccessRow } from '../../../../core/registry/access-review.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { toCsv } from '../../../lib/csv.ts';

export function accessCsv(review: AccessReview, rows: readonly AccessRow[], t: Translate): string {
  const header = [t('audit.col.package'), t('audit.col.signer'), t('audit.col.guid'), t('audit.col.admin'), t('audit.col.range'), t('audit.col.seenVersion'), t('audit.col.seenAt'), t('audit.col.keys')];
  const lines = accessRecords(review, rows).map((r) => [
    r.package,
    r.signer.name,
    r.signer.guid,
    r.signer.admin ? t('audit.csv.yes') : t('audit.csv.no'),
    r.range ?? '',
    r.seen?.version ?? '',
    r.seen?.publishedAt ?? '',
    r.signer.keys.map((k) => k.fingerprint ?? k.pem).join(' '),
  ]);
  return toCsv(header, lines);
}

/** The download's file name: the registry's host and the view. */
export function accessCsvName(registryUrl: string, all: boolean): string {
  let host = 'registry';
  try {
    host = new URL(registryUrl).host.replace(/[^a-z0-9.-]+/gi, '_');
  } catch {
    // keep the generic name
  }
  return `${host}-access-review${all ? '-all' : ''}.csv`;
}
