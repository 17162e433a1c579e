/**
 * @module
 * Access review of one registry (issue #17 item 4, spec/registry-api.md §3.3, §5.2, §5.3, §7):
 * a matrix of signers × packages — each cell the signer's scope range on the package and the
 * last publish seen — with each signer's admin flag, keys (fingerprints) and OS releases.
 *
 * "Last publish seen" is what the index still shows, nothing more: the newest variant (by its
 * `publishedAt`, then by version) whose signatures include a key the signer holds. `publishedAt`
 * is set when a variant is first added and kept when the same archive is added again; a
 * signature by the signer's key means it uploaded the variant (the registry adds the uploader's
 * signature on the first add) or the archive was signed with that key as its developer key.
 * Removed versions and replaced variants leave no trace, so "never seen" does not mean "never
 * published". Warnings are in access-warnings.ts.
 */
import { encodeHex, parseHex } from '../bytes/hex.ts';
import { compareExtendedVersion, parseExtendedVersion } from '../exver/index.ts';
import type { Guid, OsIndex, PackageIndex, SignerInfo } from '../rpc/types.ts';
import { keyFingerprint, parsePublicKeyPem } from '../sign/public-key.ts';
import { ownValue } from './own-key.ts';

/** The variant a signer's key signed most recently, as far as the index shows. */
export interface Seen {
  id: string;
  version: string;
  /** Position of the variant in the version's `s9pks`. */
  variant: number;
  /** The variant's `publishedAt` (RFC 3339), as stored. */
  publishedAt: string;
}

export interface SignerKey {
  pem: string;
  /** `SHA256:…` of the raw key, or null when the PEM is not an Ed25519 key. */
  fingerprint: string | null;
}

export interface SignerSummary {
  guid: Guid;
  name: string;
  admin: boolean;
  contacts: number;
  keys: SignerKey[];
  /** Packages on which the signer has a scope. */
  scoped: number;
  /** OS releases whose `authorized` set holds the signer, in index order. */
  osReleases: string[];
  /** Newest variant of any package signed by one of its keys. */
  lastSeen: Seen | null;
}

export interface AccessCell {
  /** The signer's `authorized` range on the package (normalized form, as stored), or null. */
  range: string | null;
  seen: Seen | null;
}

export interface AccessRow {
  id: string;
  /** Some signer (admin or not) has a scope on the package. */
  scoped: boolean;
  /** One cell per signer, in the order of {@link AccessReview.signers}. */
  cells: AccessCell[];
}

/** One variant no known signer signed (the `unvouched` of vouching.ts). */
export interface UnvouchedVariant {
  id: string;
  version: string;
  variant: number;
}

export interface AccessReview {
  /** By name, then Guid. */
  signers: SignerSummary[];
  /** By package id. */
  rows: AccessRow[];
  /** Keys held by several signers, with their holders by Guid (the first is the one lookups find). */
  sharedKeys: { fingerprint: string; holders: Guid[] }[];
  unvouched: UnvouchedVariant[];
}

export interface AccessInput {
  signers: Readonly<Record<Guid, SignerInfo>>;
  /** The admin set (`db.dump` `admins`, or the keys of `admin.list`). */
  admins: readonly Guid[];
  packages: PackageIndex['packages'];
  os: OsIndex | null;
}

/** Raw key hex of a PEM, null when it is not an Ed25519 public key. Memoized per review. */
function keyReader(): (pem: string) => string | null {
  const memo = new Map<string, string | null>();
  return (pem) => {
    let hex = memo.get(pem);
    if (hex === undefined) {
      try {
        hex = encodeHex(parsePublicKeyPem(pem));
      } catch {
        hex = null;
      }
      memo.set(pem, hex);
    }
    return hex;
  };
}

/** Whether `a` is a later publish than `b`: `publishedAt` first, then the version. */
export function isNewer(a: Seen, b: Seen | null): boolean {
  if (b === null) return true;
  const [ta, tb] = [Date.parse(a.publishedAt), Date.parse(b.publishedAt)];
  if (ta !== tb && !(Number.isNaN(ta) && Number.isNaN(tb))) return Number.isNaN(tb) || (!Number.isNaN(ta) && ta > tb);
  try {
    return compareExtendedVersion(parseExtendedVersion(a.version), parseExtendedVersion(b.version)) === 1;
  } catch {
    return false;
  }
}

function byName(signers: AccessInput['signers']): Guid[] {
  return Object.keys(signers).sort((a, b) => signers[a]!.name.localeCompare(signers[b]!.name) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The review of a registry; pure, one pass over every variant's signatures. */
export function reviewAccess({ signers, admins, packages, os }: AccessInput): AccessReview {
  const readKey = keyReader();
  const order = byName(signers);
  const column = new Map(order.map((g, i) => [g, i]));
  const adminSet = new Set(admins);
  const keyHolders = new Map<string, Guid[]>();
  for (const guid of [...order].sort()) {
    for (const pem of signers[guid]!.keys) {
      const hex = readKey(pem);
      if (hex === null) continue;
      const holders = keyHolders.get(hex) ?? [];
      if (!holders.includes(guid)) holders.push(guid);
      keyHolders.set(hex, holders);
    }
  }
  const summaries: SignerSummary[] = order.map((guid) => {
    const info = signers[guid]!;
    const fingerprint = (pem: string) => {
      const hex = readKey(pem);
      return hex === null ? null : keyFingerprint(parseHex(hex));
    };
    const osReleases = Object.entries(os?.versions ?? {}).filter(([, r]) => r.authorized.includes(guid)).map(([v]) => v);
    return { guid, name: info.name, admin: adminSet.has(guid), contacts: info.contact.length, keys: info.keys.map((pem) => ({ pem, fingerprint: fingerprint(pem) })), scoped: 0, osReleases, lastSeen: null };
  });
  const unvouched: UnvouchedVariant[] = [];
  const rows: AccessRow[] = Object.keys(packages)
    .sort()
    .map((id) => {
      const pkg = packages[id]!;
      const cells: AccessCell[] = order.map((guid) => ({ range: ownValue(pkg.authorized, guid) ?? null, seen: null }));
      cells.forEach((c, i) => c.range !== null && (summaries[i]!.scoped += 1));
      for (const [version, info] of Object.entries(pkg.versions)) {
        info.s9pks.forEach(([, asset], variant) => {
          const seen: Seen = { id, version, variant, publishedAt: asset.publishedAt };
          const keys = Object.keys(asset.signatures);
          let known = false;
          for (const pem of keys) {
            const hex = readKey(pem);
            for (const guid of (hex !== null && keyHolders.get(hex)) || []) {
              known = true;
              const i = column.get(guid)!;
              if (isNewer(seen, cells[i]!.seen)) cells[i]!.seen = seen;
              if (isNewer(seen, summaries[i]!.lastSeen)) summaries[i]!.lastSeen = seen;
            }
          }
          if (keys.length > 0 && !known) unvouched.push({ id, version, variant });
        });
      }
      return { id, scoped: Object.keys(pkg.authorized).length > 0, cells };
    });
  const sharedKeys = [...keyHolders].filter(([, h]) => h.length > 1).map(([hex, holders]) => ({ fingerprint: keyFingerprint(parseHex(hex)), holders }));
  return { signers: summaries, rows, sharedKeys, unvouched };
}

/** One line of the CSV export: a signer's scope and last publish on one package. */
export interface AccessRecord {
  package: string;
  signer: SignerSummary;
  range: string | null;
  seen: Seen | null;
}

/** Every non-empty cell of `rows` (a scope or a publish seen), package by package. */
export function accessRecords(review: AccessReview, rows: readonly AccessRow[]): AccessRecord[] {
  return rows.flatMap((row) =>
    row.cells.flatMap((c, i) => (c.range === null && c.seen === null ? [] : [{ package: row.id, signer: review.signers[i]!, range: c.range, seen: c.seen }])),
  );
}
