/**
 * @module
 * Who signed a variant (design.md §4.4, spec/registry-api.md §7): each `signatures` key (a
 * public key PEM) is matched against the signers the viewer can see, by raw key bytes (so a
 * non-canonical PEM still matches). A key that belongs to no visible signer is an "unknown key";
 * the developer key embedded in an s9pk often is one. Also: key equality by bytes, and which
 * other signer already holds a key (the duplicate-key check `admin.signer.add` applies).
 */
import { encodeHex } from '../bytes/hex.ts';
import type { Guid, SignerInfo } from '../rpc/types.ts';
import { canonicalPublicKeyPem, keyFingerprint, parsePublicKeyPem } from '../sign/public-key.ts';

export interface SignerRef {
  guid: Guid;
  name: string;
}

/** Raw public key (hex) → signer. */
export type SignerDirectory = ReadonlyMap<string, SignerRef>;

export interface SignatureView {
  /** The public key PEM as stored. */
  keyPem: string;
  /** `SHA256:…` of the raw key, or null when the PEM is not an Ed25519 key. */
  fingerprint: string | null;
  signer: SignerRef | null;
}

function rawKeyHex(pem: string): string | null {
  try {
    return encodeHex(parsePublicKeyPem(pem));
  } catch {
    return null;
  }
}

/**
 * Builds a directory from signer maps (`admin.signer.list`, `index().signers`, or
 * `package.signer.list` values). A key held by several signers resolves to the one whose Guid
 * sorts first, as the registry does (spec §4.7 `admin.signer.edit`).
 */
export function buildSignerDirectory(...sources: Record<Guid, SignerInfo>[]): SignerDirectory {
  const signers = new Map<Guid, SignerInfo>();
  for (const source of sources)
    for (const [guid, info] of Object.entries(source)) signers.set(guid, info);
  const dir = new Map<string, SignerRef>();
  for (const guid of [...signers.keys()].sort()) {
    const info = signers.get(guid)!;
    for (const pem of info.keys) {
      const hex = rawKeyHex(pem);
      if (hex !== null && !dir.has(hex)) dir.set(hex, { guid, name: info.name });
    }
  }
  return dir;
}

/** The `SignerInfo` map inside a `package.signer.list` result (`{guid: [info, range]}`). */
export function signersOfPackageList(
  list: Record<Guid, [SignerInfo, string]>,
): Record<Guid, SignerInfo> {
  return Object.fromEntries(Object.entries(list).map(([guid, [info]]) => [guid, info]));
}

/** Every signature of an asset with its fingerprint and signer; named signers first (by name). */
export function matchSignatures(
  signatures: Record<string, string>,
  dir: SignerDirectory,
): SignatureView[] {
  const views = Object.keys(signatures).map((keyPem): SignatureView => {
    const hex = rawKeyHex(keyPem);
    return {
      keyPem,
      fingerprint: hex === null ? null : keyFingerprint(parsePublicKeyPem(keyPem)),
      signer: hex === null ? null : (dir.get(hex) ?? null),
    };
  });
  return views.sort((a, b) => {
    if (a.signer && b.signer) return a.signer.name.localeCompare(b.signer.name);
    if (a.signer || b.signer) return a.signer ? -1 : 1;
    return (a.fingerprint ?? a.keyPem).localeCompare(b.fingerprint ?? b.keyPem);
  });
}

/** Keys compare by key bytes (the registry's own rule), whatever the PEM line endings. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return canonicalPublicKeyPem(a) === canonicalPublicKeyPem(b);
  } catch {
    return false;
  }
}

/** For each key in `keys` already registered to another signer: who has it. */
export function keyOwners(keys: readonly string[], signers: Record<string, SignerInfo>, except: string | null = null): { key: string; guid: string; name: string }[] {
  const out: { key: string; guid: string; name: string }[] = [];
  for (const key of keys) {
    for (const [guid, s] of Object.entries(signers)) {
      if (guid === except) continue;
      if (s.keys.some((k) => sameKey(k, key))) out.push({ key, guid, name: s.name });
    }
  }
  return out;
}
