/**
 * @module
 * What an access review warns about (issue #17 item 4, spec/registry-api.md §3.3, §4.7, §7):
 * - a single admin: removing or demoting it locks out remote administration (§4.7, §7);
 * - a key attached to two signers: `admin.signer.edit` does not check uniqueness, and lookups by
 *   key resolve to the signer whose Guid sorts first, so the others never sign with it (§4.7);
 * - an admin without contact information: nobody can reach the holder of full rights;
 * - a scoped (non-admin) signer can remove the whole package with `force`, whatever its range
 *   (§3.3, §7).
 * Ordered by how much they can cost; each names what to open to fix it.
 */
import type { Guid } from '../rpc/types.ts';
import type { AccessReview, SignerSummary } from './access-review.ts';

export interface SignerMention {
  guid: Guid;
  name: string;
}

export type AccessWarning =
  | { kind: 'single-admin'; admin: SignerMention }
  | {
      kind: 'shared-key';
      fingerprint: string;
      /** Every signer holding the key, by Guid: the first is the one the registry finds. */
      holders: SignerMention[];
    }
  | { kind: 'admin-without-contact'; admin: SignerMention }
  | {
      kind: 'scoped-removal';
      signer: SignerMention;
      /** The packages it may remove whole, by id, with its range on each. */
      packages: { id: string; range: string }[];
    };

const mention = (s: SignerSummary): SignerMention => ({ guid: s.guid, name: s.name });

/** The warnings of a review, most serious kind first. */
export function accessWarnings(review: AccessReview): AccessWarning[] {
  const byGuid = new Map(review.signers.map((s) => [s.guid, s]));
  const admins = review.signers.filter((s) => s.admin);
  const out: AccessWarning[] = [];
  if (admins.length === 1) out.push({ kind: 'single-admin', admin: mention(admins[0]!) });
  for (const { fingerprint, holders } of review.sharedKeys) {
    out.push({ kind: 'shared-key', fingerprint, holders: holders.map((g) => mention(byGuid.get(g)!)) });
  }
  for (const a of admins) if (a.contacts === 0) out.push({ kind: 'admin-without-contact', admin: mention(a) });
  review.signers.forEach((s, i) => {
    if (s.admin) return;
    const packages = review.rows.flatMap((r) => (r.cells[i]!.range !== null ? [{ id: r.id, range: r.cells[i]!.range! }] : []));
    if (packages.length > 0) out.push({ kind: 'scoped-removal', signer: mention(s), packages });
  });
  return out;
}
