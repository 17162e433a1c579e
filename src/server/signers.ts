/**
 * @module
 * Signer lookups over the index (spec/registry-api.md §3, §4.7): by key (the first Guid in
 * sort order wins when two signers share a key, as upstream), admin membership.
 */
import type { RegistryDatabase, SignerInfo } from '../core/rpc/types.ts';
import { canonicalPublicKeyPem } from '../core/sign/keys.ts';
import { RpcError } from './rpc-error.ts';

/** The Guid and info of the signer owning `keyPem`, or null. */
export function signerByKey(db: Readonly<RegistryDatabase>, keyPem: string): { guid: string; info: SignerInfo } | null {
  for (const guid of Object.keys(db.index.signers).sort()) {
    const info = db.index.signers[guid]!;
    if (info.keys.includes(keyPem)) return { guid, info };
  }
  return null;
}

export function isAdmin(db: Readonly<RegistryDatabase>, guid: string): boolean {
  return db.admins.includes(guid);
}

/**
 * Canonical PEM of a key given in params (upstream parses every key).
 * @throws RpcError -32602 for anything that is not an Ed25519 `PUBLIC KEY` PEM.
 */
export function canonicalKey(pem: string, field: string): string {
  try {
    return canonicalPublicKeyPem(pem);
  } catch (e) {
    throw new RpcError(-32602, `${(e as Error).message} for \`${field}\``);
  }
}

/** A fresh signer id: 20 random bytes as RFC 4648 Base32 without padding (32 chars, §5.1). */
export function newGuid(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(acc >> bits) & 31];
    }
  }
  return out;
}
