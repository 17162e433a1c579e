/**
 * @module
 * Test helpers for the vault (imported by *.test.ts only): every encoding a leaked seed could
 * take, a dump of everything in IndexedDB / Web Storage, a search of one in the other, and the
 * reset every vault test runs after each case.
 */
import { encodeBase64 } from '../../../../core/bytes/base64.ts';
import { encodeHex } from '../../../../core/bytes/hex.ts';
import { encodePrivateKeyDer, encodePrivateKeyPem } from '../../../../core/sign/keys.ts';
import { lockSession } from '../../../lib/vault-session.ts';
import { disarmIdleLock } from '../../../lib/vault/idle-lock.ts';
import { deleteRecord, listRecords, saveVaultSettings } from '../../../lib/vault/vault-store.ts';

/** Locks the session, stops the idle lock, deletes every key and restores the default settings. */
export async function resetVault(): Promise<void> {
  lockSession();
  disarmIdleLock();
  for (const r of await listRecords()) await deleteRecord(r.id);
  await saveVaultSettings({ idleMinutes: 15 });
}

/** Seed as hex, Base64 (padded, unpadded, URL-safe), PKCS#8 DER Base64 (v1, v2) and PEM. */
export function seedEncodings(seed: Uint8Array): string[] {
  const hex = encodeHex(seed);
  const b64 = encodeBase64(seed);
  const v2 = encodePrivateKeyDer(seed);
  const v1 = new Uint8Array([...v2.subarray(0, 16), ...seed]);
  v1[4] = 0x00; // version 0 …
  v1[1] = 0x2e; // … and the shorter SEQUENCE of the v1 form
  return [
    hex,
    hex.toUpperCase(),
    hex.slice(0, 16),
    hex.slice(-16),
    b64,
    b64.replace(/=+$/, ''),
    b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    encodeBase64(v2),
    encodeBase64(v1),
    encodePrivateKeyPem(seed),
    'PRIVATE KEY',
  ];
}

/** Every value in every IndexedDB database and in local/session storage. */
export async function dumpStorage(): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(info.name!);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    for (const name of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name, 'readonly').objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      out.push(...all);
    }
    db.close();
  }
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    if (!storage) continue;
    for (let i = 0; i < storage.length; i++) out.push(storage.getItem(storage.key(i)!));
  }
  return out;
}

function containsBytes(hay: Uint8Array, needle: Uint8Array, window = 8): boolean {
  // Any 8-byte run of the seed counts as a leak.
  for (let start = 0; start + window <= needle.length; start++) {
    const part = needle.subarray(start, start + window);
    for (let i = 0; i + window <= hay.length; i++) {
      if (part.every((b, j) => hay[i + j] === b)) return true;
    }
  }
  return false;
}

/** Paths inside `value` where the seed appears in any encoding (empty when clean). */
export function findSeed(value: unknown, seed: Uint8Array, path = '$'): string[] {
  const hits: string[] = [];
  if (typeof value === 'string') {
    for (const s of seedEncodings(seed)) if (value.includes(s)) hits.push(`${path} contains ${s.slice(0, 12)}…`);
  } else if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    if (containsBytes(new Uint8Array(value), seed)) hits.push(`${path} holds seed bytes`);
  } else if (ArrayBuffer.isView(value)) {
    if (containsBytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), seed)) hits.push(`${path} holds seed bytes`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => hits.push(...findSeed(v, seed, `${path}[${i}]`)));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) hits.push(...findSeed(v, seed, `${path}.${k}`));
  }
  return hits;
}
