// Storage and the plain vault functions (no React): nothing secret at rest, metadata bound to
// the ciphertext, duplicates refused, wrong passphrase loses nothing, export byte-identical to
// start-cli's developer.key.pem.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- test only: node:crypto writes the PKCS#8 v1 form OpenSSL uses
import { generateKeyPairSync } from 'node:crypto';
import { createStore, set } from 'idb-keyval';
import { isCoreError } from '../../../core/errors.ts';
import { encodePrivateKeyPem, encodePublicKeyPem, parsePrivateKeyPem, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { currentKey } from '../../lib/vault-session.ts';
import { createKey } from './api/create-key.ts';
import { deleteKey } from './api/delete-key.ts';
import { exportKey } from './api/export-key.ts';
import { importKeyPem } from './api/import-key.ts';
import { unlockKey } from './api/unlock-key.ts';
import { dumpStorage, findSeed, resetVault } from './testing/storage.ts';
import { isVaultError, type VaultErrorCode } from '../../lib/vault/vault-errors.ts';
import { openKeyRecord, recordFingerprint } from '../../lib/vault/vault-record.ts';
import { deleteRecord, getRecord, listRecords, loadVaultSettings, saveVaultSettings } from '../../lib/vault/vault-store.ts';

const FAST = { iterations: 1000 };
const PASS = 'a long enough passphrase';
const raw = createStore('registry-console-vault', 'keys');
const fixedSeed = () => Uint8Array.from({ length: 32 }, (_, i) => 200 - i);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}
async function expectVaultError(p: Promise<unknown>, code: VaultErrorCode) {
  const e = await rejection(p);
  expect(isVaultError(e, code), `expected ${code}, got ${String(e)}`).toBe(true);
  return e;
}

afterEach(async () => {
  await resetVault();
});

describe('vault store', () => {
  it('keeps no seed, private key or passphrase in clear anywhere in storage', async () => {
    const seed = fixedSeed();
    await importKeyPem('imported', encodePrivateKeyPem(seed), PASS, FAST);
    const created = await createKey({ name: 'created', passphrase: PASS }, FAST);
    const dump = await dumpStorage();
    expect(dump.length).toBeGreaterThanOrEqual(2);
    expect(findSeed(dump, seed)).toEqual([]);
    expect(JSON.stringify(dump)).not.toContain(PASS);
    // The created key's seed is only reachable with the passphrase; check it too.
    const createdSeed = await openKeyRecord(await getRecord(created.id), PASS);
    expect(findSeed(dump, createdSeed)).toEqual([]);
    // The helper does find a seed when one is there.
    expect(findSeed([{ x: encodePrivateKeyPem(seed) }, new Uint8Array([0, ...seed])], seed).length).toBeGreaterThan(0);
  });

  it('stores the public key in clear, its fingerprint derives from it, and iterations are recorded', async () => {
    const seed = fixedSeed();
    const record = await importKeyPem('k', encodePrivateKeyPem(seed), PASS, FAST);
    const stored = await getRecord(record.id);
    expect(stored.publicKeyPem).toBe(encodePublicKeyPem(publicKeyFromSeed(seed)));
    expect(recordFingerprint(stored)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(stored.kdf.iterations).toBe(1000);
  });

  it('binds name and public key to the ciphertext (AAD): swapped metadata does not decrypt', async () => {
    const a = await createKey({ name: 'alpha', passphrase: PASS }, FAST);
    const b = await createKey({ name: 'bravo', passphrase: PASS }, FAST);
    await set(a.id, { ...a, publicKeyPem: b.publicKeyPem }, raw);
    await expectVaultError(unlockKey({ id: a.id, passphrase: PASS }), 'VAULT_CORRUPT');
    await set(b.id, { ...b, name: 'renamed' }, raw);
    await expectVaultError(unlockKey({ id: b.id, passphrase: PASS }), 'VAULT_CORRUPT');
    expect(currentKey()).toBeNull();
  });

  it('refuses a duplicate name (ignoring case) and a key already stored', async () => {
    const seed = fixedSeed();
    await importKeyPem('Work', encodePrivateKeyPem(seed), PASS, FAST);
    await expectVaultError(createKey({ name: ' work ', passphrase: PASS }, FAST), 'VAULT_DUPLICATE_NAME');
    const e = await expectVaultError(importKeyPem('other', encodePrivateKeyPem(seed), PASS, FAST), 'VAULT_DUPLICATE_KEY');
    expect((e as { detail: { existingName: string } }).detail.existingName).toBe('Work');
    expect(await listRecords()).toHaveLength(1);
  });

  it('refuses short passphrases and empty names', async () => {
    await expectVaultError(createKey({ name: 'k', passphrase: '1234567' }, FAST), 'VAULT_BAD_INPUT');
    await expectVaultError(createKey({ name: '   ', passphrase: PASS }, FAST), 'VAULT_BAD_INPUT');
    expect(await listRecords()).toEqual([]);
  });

  it('imports the v1 PKCS#8 form written by node:crypto / OpenSSL', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const record = await importKeyPem('openssl', pem, PASS, FAST);
    expect(record.publicKeyPem).toBe(publicKey.export({ type: 'spki', format: 'pem' }));
  });

  it('rejects a public key or garbage with the core error codes', async () => {
    const seed = fixedSeed();
    const pub = encodePublicKeyPem(publicKeyFromSeed(seed));
    expect(isCoreError(await rejection(importKeyPem('x', pub, PASS, FAST)), 'PEM_WRONG_LABEL')).toBe(true);
    expect(isCoreError(await rejection(importKeyPem('x', 'hello', PASS, FAST)), 'PEM_MALFORMED')).toBe(true);
  });

  it('wrong passphrase: typed error, still locked, record unchanged', async () => {
    const record = await createKey({ name: 'k', passphrase: PASS }, FAST);
    await expectVaultError(unlockKey({ id: record.id, passphrase: 'not the passphrase' }), 'VAULT_WRONG_PASSPHRASE');
    expect(currentKey()).toBeNull();
    expect(await getRecord(record.id)).toEqual(record);
    const key = await unlockKey({ id: record.id, passphrase: PASS });
    expect(currentKey()).toEqual(key);
    expect(key).toEqual({ id: record.id, name: 'k', publicKeyPem: record.publicKeyPem });
  });

  it('exports byte-identical developer.key.pem, and only with the right passphrase', async () => {
    const seed = fixedSeed();
    const record = await importKeyPem('k', encodePrivateKeyPem(seed), PASS, FAST);
    const saved: { blob: Blob; name: string }[] = [];
    const save = (blob: Blob, name: string) => saved.push({ blob, name });
    await expectVaultError(exportKey({ id: record.id, passphrase: 'nope nope nope' }, save), 'VAULT_WRONG_PASSPHRASE');
    expect(saved).toEqual([]);
    const result = await exportKey({ id: record.id, passphrase: PASS }, save);
    expect(result).toEqual({ fileName: 'developer.key.pem' });
    expect(saved[0]!.name).toBe('developer.key.pem');
    const text = await saved[0]!.blob.text();
    expect(text).toBe(encodePrivateKeyPem(seed));
    expect(parsePrivateKeyPem(text)).toEqual(seed);
  });

  it('deleting the unlocked key locks it first; a missing record is VAULT_NOT_FOUND', async () => {
    const record = await createKey({ name: 'k', passphrase: PASS }, FAST);
    await unlockKey({ id: record.id, passphrase: PASS });
    await deleteKey(record.id);
    expect(currentKey()).toBeNull();
    expect(await listRecords()).toEqual([]);
    await expectVaultError(getRecord(record.id), 'VAULT_NOT_FOUND');
  });

  it('lists readable records only, leaving unreadable ones in place', async () => {
    await createKey({ name: 'k', passphrase: PASS }, FAST);
    await set('junk', { format: 'something else' }, raw);
    expect((await listRecords()).map((r) => r.name)).toEqual(['k']);
    await expectVaultError(getRecord('junk'), 'VAULT_BAD_RECORD');
    await deleteRecord('junk');
  });

  it('settings default to 15 minutes and ignore bad stored values', async () => {
    expect(await loadVaultSettings()).toEqual({ idleMinutes: 15 });
    await saveVaultSettings({ idleMinutes: 5 });
    expect(await loadVaultSettings()).toEqual({ idleMinutes: 5 });
    await set('vault.settings.v1', { idleMinutes: 7 });
    expect(await loadVaultSettings()).toEqual({ idleMinutes: 15 });
  });
});
