import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isVaultError } from '../../../lib/vault/vault-errors.ts';
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
