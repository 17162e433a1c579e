/**
 * @module
 * Vault persistence in IndexedDB via idb-keyval: encrypted key records in their own database
 * (`registry-console-vault`, one entry per record id) and the vault settings (idle lock) in
 * the default idb-keyval store. Records are checked on the way out (`parseVaultRecord`).
 */
import { createStore, del, get, promisifyRequest, set } from 'idb-keyval';
import { parseVaultRecord, type VaultRecord } from './vault-record.ts';
import { VaultError } from './vault-errors.ts';
import { sameKeyName } from './vault-rules.ts';

const records = createStore('registry-console-vault', 'keys');
const SETTINGS_KEY = 'vault.settings.v1';

function readable(values: unknown[]): VaultRecord[] {
  const out: VaultRecord[] = [];
  for (const v of values) {
    try {
      out.push(parseVaultRecord(v));
    } catch {
      // Left in place (nothing is deleted behind the user's back), just not listed.
    }
  }
  return out;
}

/** Every readable record, oldest first. */
export async function listRecords(): Promise<VaultRecord[]> {
  const all = await records('readonly', (os) => promisifyRequest(os.getAll()));
  return readable(all).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * One record by id.
 * @throws VaultError `VAULT_NOT_FOUND`, `VAULT_BAD_RECORD`.
 */
export async function getRecord(id: string): Promise<VaultRecord> {
  const value: unknown = await get(id, records);
  if (value === undefined) throw new VaultError('VAULT_NOT_FOUND', `no vault record ${id}`);
  return parseVaultRecord(value);
}

/**
 * Stores a new record, refusing a name or a public key already present (checked and written in
 * one transaction, so a double submit cannot store twice).
 * @throws VaultError `VAULT_DUPLICATE_NAME`, `VAULT_DUPLICATE_KEY` (detail: `existingName`).
 */
export async function addRecord(record: VaultRecord): Promise<void> {
  await records('readwrite', (os) =>
    new Promise<void>((resolve, reject) => {
      const tx = os.transaction;
      const all = os.getAll();
      all.onsuccess = () => {
        const existing = readable(all.result);
        const sameKey = existing.find((r) => r.publicKeyPem === record.publicKeyPem);
        if (sameKey) {
          reject(new VaultError('VAULT_DUPLICATE_KEY', 'key already stored', { existingName: sameKey.name }));
          return;
        }
        if (existing.some((r) => sameKeyName(r.name, record.name))) {
          reject(new VaultError('VAULT_DUPLICATE_NAME', 'name already used', { field: 'name' }));
          return;
        }
        os.put(record, record.id);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    }),
  );
}

/** Removes a record (no error if it is already gone). */
export async function deleteRecord(id: string): Promise<void> {
  await del(id, records);
}

/** Idle-lock choices in minutes (issue: 5 / 15 / 60, default 15). */
export const IDLE_MINUTES = [5, 15, 60] as const;
export type IdleMinutes = (typeof IDLE_MINUTES)[number];

export interface VaultSettings {
  idleMinutes: IdleMinutes;
}

export const DEFAULT_VAULT_SETTINGS: VaultSettings = { idleMinutes: 15 };

export async function loadVaultSettings(): Promise<VaultSettings> {
  const stored: unknown = await get(SETTINGS_KEY);
  const minutes = typeof stored === 'object' && stored !== null ? (stored as { idleMinutes?: unknown }).idleMinutes : undefined;
  return IDLE_MINUTES.includes(minutes as IdleMinutes) ? { idleMinutes: minutes as IdleMinutes } : DEFAULT_VAULT_SETTINGS;
}

export async function saveVaultSettings(settings: VaultSettings): Promise<void> {
  await set(SETTINGS_KEY, settings);
}
