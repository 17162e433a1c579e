/**
 * @module
 * Filtering the channel board (issue 14 item 1): drifted rows only, one category, one signer
 * key; and the categories and signers present, for the filter choices. Pure.
 */
import { canonicalPublicKeyPem } from '../sign/public-key.ts';
import type { BoardRow } from './channel-board.ts';

export interface BoardFilter {
  driftedOnly: boolean;
  /** A category id, or null for any. */
  category: string | null;
  /** A signer public key PEM, or null for any. */
  signer: string | null;
}

function canonical(pem: string): string {
  try {
    return canonicalPublicKeyPem(pem);
  } catch {
    return pem;
  }
}

/** The rows passing every set filter, in board order. */
export function filterBoard(rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] {
  const signer = filter.signer === null ? null : canonical(filter.signer);
  return rows.filter(
    (r) =>
      (!filter.driftedOnly || r.drift.length > 0) &&
      (filter.category === null || r.categories.includes(filter.category)) &&
      (signer === null || r.signers.some((s) => s === filter.signer || canonical(s) === signer)),
  );
}

/** Distinct categories and signer keys over all rows, sorted. */
export function boardFacets(rows: readonly BoardRow[]): { categories: string[]; signers: string[] } {
  const categories = new Set<string>();
  const signers = new Set<string>();
  for (const r of rows) {
    for (const c of r.categories) categories.add(c);
    for (const s of r.signers) signers.add(s);
  }
  return { categories: [...categories].sort(), signers: [...signers].sort() };
}
