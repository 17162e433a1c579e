/**
 * @module
 * Admin bootstrap (spec/registry-api.md §4.7 note, §8.4): each `--admin-key` PEM becomes an
 * admin signer unless a signer already has that key — the stand-in's replacement for
 * upstream's on-host `start-cli registry admin …` path.
 */
import { canonicalPublicKeyPem, keyFingerprint, parsePublicKeyPem } from '../core/sign/keys.ts';
import { signerByKey, newGuid } from './signers.ts';
import type { Store } from './store/store.ts';

/** Registers the keys; returns one human line per key describing what happened. */
export async function bootstrapAdmins(store: Store, pems: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const pem of pems) {
    const key = canonicalPublicKeyPem(pem);
    const fp = keyFingerprint(parsePublicKeyPem(key));
    const existing = signerByKey(store.db, key);
    if (existing) {
      lines.push(`admin key ${fp} already belongs to signer ${existing.guid} (${existing.info.name})`);
      continue;
    }
    const guid = await store.mutate((db) => {
      const id = newGuid();
      db.index.signers[id] = { name: 'Administrator', contact: [], keys: [key] };
      db.admins.push(id);
      return id;
    });
    lines.push(`registered admin signer ${guid} for key ${fp}`);
  }
  return lines;
}
