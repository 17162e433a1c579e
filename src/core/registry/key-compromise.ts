/**
 * @module
 * What one public key signed on a registry (issue 17 item 3; spec/registry-api.md §3, §4.3–4.7,
 * §7): the package variants and OS images whose `signatures` include it, and the signer(s) it
 * belongs to with their package scopes, OS releases and admin status. Keys are compared by
 * their raw bytes (§7: a pasted PEM may differ from the stored one in line endings or width),
 * and every finding keeps the PEM exactly as the registry stores it, to send back in
 * `admin.signer.edit` `removeKey`.
 */
import { encodeHex } from '../bytes/hex.ts';
import { CoreError } from '../errors.ts';
import { parseExtendedVersion } from '../exver/index.ts';
import type { Guid, HardwareRequirements, OsIndex, PackageIndex, SignerInfo } from '../rpc/types.ts';
import { parsePem } from '../sign/pem.ts';
import { ownValue } from './own-key.ts';
import { encodePublicKeyPem, keyFingerprint, parsePublicKeyDer, parsePublicKeyPem } from '../sign/public-key.ts';

/** A key under suspicion, as read from the user's text. */
export interface SuspectKey {
  /** Canonical `PUBLIC KEY` PEM. */
  pem: string;
  /** `SHA256:…` fingerprint. */
  fingerprint: string;
}

/**
 * Reads a pasted public key: one `PUBLIC KEY` PEM (LF or CRLF, surrounding text ignored), as the
 * signer forms accept it. A private key is refused, never read: the report must not hold it.
 * @throws CoreError `PEM_MALFORMED` (no PEM block), `PEM_WRONG_LABEL` (a private key or another
 * block), `KEY_BAD_DER` (not Ed25519).
 */
export function parseSuspectKey(text: string): SuspectKey {
  const block = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/.exec(text);
  if (!block) throw new CoreError('PEM_MALFORMED', 'no PEM block in the text');
  const doc = parsePem(block[0]);
  if (doc.label !== 'PUBLIC KEY') {
    throw new CoreError('PEM_WRONG_LABEL', `expected a PUBLIC KEY PEM, got ${doc.label}`, { expected: 'PUBLIC KEY', actual: doc.label });
  }
  const raw = parsePublicKeyDer(doc.der);
  return { pem: encodePublicKeyPem(raw), fingerprint: keyFingerprint(raw) };
}

/** Raw key bytes as hex, or null for a PEM that is not an Ed25519 public key. */
export function keyId(pem: string): string | null {
  try {
    return encodeHex(parsePublicKeyPem(pem));
  } catch {
    return null;
  }
}

/** What is known of one registry: public indexes always, signers and admins when readable. */
export interface RegistrySnapshot {
  packages: PackageIndex;
  os: OsIndex;
  /** Every signer (signed `index` or `admin.signer.list`); null when the acting key may not read them. */
  signers: Record<Guid, SignerInfo> | null;
  /** The admin set (`admin.list`); null when not readable (admins only). */
  admins: readonly Guid[] | null;
}

export interface SignedVariant {
  id: string;
  /** The version key as stored (passed back unchanged, §7). */
  version: string;
  flavor: string | null;
  hardware: HardwareRequirements;
  urls: string[];
  /** `commitment.rootSighash`: `package.remove` removes exactly this variant with it (§4.3). */
  sighash: string;
  /** How many other keys signed it too. */
  otherSignatures: number;
}

export type OsAssetType = 'iso' | 'img' | 'squashfs';

export interface SignedOsAsset {
  release: string;
  platform: string;
  type: OsAssetType;
  urls: string[];
  otherSignatures: number;
}

export interface KeyHolder {
  guid: Guid;
  name: string;
  /** The key as the signer stores it (the exact `removeKey` value). */
  storedPem: string;
  /** Every key of the signer as stored; more than one means the signer keeps working after removal. */
  keys: string[];
  /** null when the admin set is not readable. */
  admin: boolean | null;
  /** Package id → scope range. */
  scopes: { id: string; range: string }[];
  /** OS releases the signer may manage (§3.4). */
  osReleases: string[];
}

export interface KeyFindings {
  variants: SignedVariant[];
  osAssets: SignedOsAsset[];
  /** Usually one; a key attached to two signers (possible through `admin.signer.edit`, §4.7) gives two. */
  holders: KeyHolder[];
  /** False when the signers could not be read: `holders` is then unknown, not empty. */
  signersKnown: boolean;
}

/** The stored PEM among `keys` that is the key with raw bytes `id`, if any. */
function storedMatch(keys: Iterable<string>, id: string): string | null {
  for (const pem of keys) if (keyId(pem) === id) return pem;
  return null;
}

function flavorOf(version: string): string | null {
  try {
    return parseExtendedVersion(version).flavor;
  } catch {
    return null;
  }
}

function holdersOf(snapshot: RegistrySnapshot, id: string): KeyHolder[] {
  const out: KeyHolder[] = [];
  for (const [guid, info] of Object.entries(snapshot.signers ?? {})) {
    const storedPem = storedMatch(info.keys, id);
    if (storedPem === null) continue;
    const scopes = Object.entries(snapshot.packages.packages)
      .flatMap(([pkg, p]) => {
        const range = ownValue(p.authorized, guid);
        return range === undefined ? [] : [{ id: pkg, range }];
      });
    const osReleases = Object.entries(snapshot.os.versions)
      .filter(([, r]) => r.authorized.includes(guid))
      .map(([v]) => v);
    out.push({ guid, name: info.name, storedPem, keys: info.keys, admin: snapshot.admins === null ? null : snapshot.admins.includes(guid), scopes, osReleases });
  }
  return out.sort((a, b) => a.guid.localeCompare(b.guid));
}

/** Everything `keyPem` signed or may sign on one registry. Unreadable stored keys never match. */
export function findKeyUse(snapshot: RegistrySnapshot, keyPem: string): KeyFindings {
  const id = keyId(keyPem);
  if (id === null) return { variants: [], osAssets: [], holders: [], signersKnown: snapshot.signers !== null };
  const variants: SignedVariant[] = [];
  for (const [pkg, info] of Object.entries(snapshot.packages.packages)) {
    for (const [version, v] of Object.entries(info.versions)) {
      for (const [hardware, asset] of v.s9pks) {
        if (storedMatch(Object.keys(asset.signatures), id) === null) continue;
        variants.push({
          id: pkg,
          version,
          flavor: flavorOf(version),
          hardware,
          urls: asset.urls,
          sighash: asset.commitment.rootSighash,
          otherSignatures: Object.keys(asset.signatures).length - 1,
        });
      }
    }
  }
  const osAssets: SignedOsAsset[] = [];
  for (const [release, r] of Object.entries(snapshot.os.versions)) {
    for (const type of ['iso', 'img', 'squashfs'] as const) {
      for (const [platform, asset] of Object.entries(r[type])) {
        if (storedMatch(Object.keys(asset.signatures), id) === null) continue;
        osAssets.push({ release, platform, type, urls: asset.urls, otherSignatures: Object.keys(asset.signatures).length - 1 });
      }
    }
  }
  return { variants, osAssets, holders: holdersOf(snapshot, id), signersKnown: snapshot.signers !== null };
}

/** True when nothing was found (and the signers were readable, so no holder was missed). */
export function isClean(f: KeyFindings): boolean {
  return f.variants.length === 0 && f.osAssets.length === 0 && f.holders.length === 0 && f.signersKnown;
}

/** A signer's key offered for picking. */
export interface KeyChoice {
  pem: string;
  fingerprint: string;
  /** "name" of each signer holding it, with its registry. */
  holders: { registry: string; name: string }[];
}

/** Every signer key across registries, one entry per key (by raw bytes), sorted by first holder name. */
export function keyChoices(snapshots: readonly { registry: string; signers: Record<Guid, SignerInfo> | null }[]): KeyChoice[] {
  const byId = new Map<string, KeyChoice>();
  for (const { registry, signers } of snapshots) {
    for (const info of Object.values(signers ?? {})) {
      for (const pem of info.keys) {
        const id = keyId(pem);
        if (id === null) continue;
        let choice = byId.get(id);
        if (!choice) {
          const raw = parsePublicKeyPem(pem);
          choice = { pem: encodePublicKeyPem(raw), fingerprint: keyFingerprint(raw), holders: [] };
          byId.set(id, choice);
        }
        choice.holders.push({ registry, name: info.name });
      }
    }
  }
  return [...byId.values()].sort((a, b) => (a.holders[0]!.name.localeCompare(b.holders[0]!.name)) || a.fingerprint.localeCompare(b.fingerprint));
}
