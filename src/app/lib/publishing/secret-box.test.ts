import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64 } from '../../../core/bytes/base64.ts';
import { isVaultError } from '../vault/vault-errors.ts';
import { currentBucket, forgetBucket, loadBucket, lockBucket, saveBucket, unlockBucket } from './bucket-settings.ts';
import { openSecret, sealSecret } from './secret-box.ts';

const FAST = 1000; // tests only; the console uses 600 000

describe('secret box', () => {
  it('round-trips any text; wrong passphrase and altered records are told apart', async () => {
    const sealed = await sealSecret('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'a long passphrase', 'aad', FAST);
    expect(sealed.cipher.ciphertext).not.toContain('wJalr');
    expect(await openSecret(sealed, 'a long passphrase', 'aad')).toBe('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    const wrong = await openSecret(sealed, 'another passphrase', 'aad').catch((e: unknown) => e);
    expect(isVaultError(wrong, 'VAULT_WRONG_PASSPHRASE')).toBe(true);
    const otherBucket = await openSecret(sealed, 'a long passphrase', 'other aad').catch((e: unknown) => e);
    expect(isVaultError(otherBucket, 'VAULT_CORRUPT')).toBe(true);
    const short = await sealSecret('x', 'short', 'aad', FAST).catch((e: unknown) => e);
    expect(isVaultError(short, 'VAULT_BAD_INPUT')).toBe(true);
  });
});

// Regressions of issue 10 item 7: the box was a copy of the vault's cipher that had drifted.
describe('secret box follows the vault rules', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses an iteration count below the 600 000 floor outside the test runner', async () => {
    vi.stubEnv('MODE', 'production');
    const low = await sealSecret('secret', 'a long passphrase', 'aad', FAST).catch((e: unknown) => e);
    expect(isVaultError(low, 'VAULT_BAD_INPUT')).toBe(true);
  });

  it('counts the passphrase in characters (code points), not UTF-16 units, like the vault', async () => {
    // four emoji: 8 UTF-16 units but 4 characters
    const emoji = '\u{1F511}\u{1F510}\u{1F512}\u{1F513}';
    expect(emoji.length).toBe(8);
    const short = await sealSecret('secret', emoji, 'aad', FAST).catch((e: unknown) => e);
    expect(isVaultError(short, 'VAULT_BAD_INPUT')).toBe(true);
    const sealed = await sealSecret('secret', emoji + emoji, 'aad', FAST);
    expect(await openSecret(sealed, emoji + emoji, 'aad')).toBe('secret');
  });

  it('refuses a record whose salt or IV has the wrong length', async () => {
    const sealed = await sealSecret('secret', 'a long passphrase', 'aad', FAST);
    const badSalt = { ...sealed, kdf: { ...sealed.kdf, salt: encodeBase64(new Uint8Array(8)) } };
    const badIv = { ...sealed, cipher: { ...sealed.cipher, iv: encodeBase64(new Uint8Array(16)) } };
    for (const record of [badSalt, badIv]) {
      const e = await openSecret(record, 'a long passphrase', 'aad').catch((err: unknown) => err);
      expect(isVaultError(e, 'VAULT_BAD_RECORD')).toBe(true);
    }
  });
});

describe('bucket settings', () => {
  const target = { endpoint: 'http://127.0.0.1:4568', region: 'us-east-1', bucket: 'packages', pathStyle: true, publicBaseUrl: 'http://127.0.0.1:4568/packages', keyTemplate: '{id}/{version}/{filename}' };
  const credentials = { accessKeyId: 'AKIA123', secretAccessKey: 'SECRET/123' };

  it('stores the target in the clear and the credentials sealed; unlocks into memory only', async () => {
    await saveBucket(target, credentials, 'bucket passphrase', FAST);
    expect(currentBucket()).toEqual({ target, credentials });
    const stored = (await loadBucket())!;
    expect(stored.target).toEqual(target);
    expect(JSON.stringify(stored)).not.toContain('SECRET/123');
    expect(JSON.stringify(stored)).not.toContain('AKIA123');
    lockBucket();
    expect(currentBucket()).toBeNull();
    await expect(unlockBucket(stored, 'wrong passphrase!')).rejects.toThrow(/wrong passphrase/);
    await unlockBucket(stored, 'bucket passphrase');
    expect(currentBucket()?.credentials).toEqual(credentials);
    await forgetBucket();
    expect(await loadBucket()).toBeNull();
    expect(currentBucket()).toBeNull();
  });
});
