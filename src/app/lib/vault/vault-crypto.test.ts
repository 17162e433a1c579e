// Tests of the vault cipher: round trip, typed errors, tamper detection, fresh randomness, the
// 600 000-iteration floor, and an independent re-derivation with node:crypto that pins the format.
import { afterEach, describe, expect, it, vi } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- test only: node:crypto as an independent reference implementation
import { createDecipheriv, hkdfSync, pbkdf2Sync } from 'node:crypto';
import { parseBase64, encodeBase64 } from '../../../core/bytes/base64.ts';
import { decryptSeed, encryptSeed, openBytes, PBKDF2_ITERATIONS, sealBytes, type SealedSeed } from './vault-crypto.ts';
import { isVaultError, type VaultErrorCode } from './vault-errors.ts';

const FAST = { iterations: 1000 };
const seed = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);
const aad = new TextEncoder().encode('["meta",1]');
const PASS = 'correct horse battery';

async function expectVaultError(p: Promise<unknown>, code: VaultErrorCode) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(isVaultError(e, code), `expected ${code}, got ${String(e)}`).toBe(true);
}

/** Flips one bit of a Base64 field. */
function flip(b64: string, index = 0): string {
  const bytes = parseBase64(b64);
  bytes[index] = bytes[index]! ^ 0x01;
  return encodeBase64(bytes);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('vault-crypto', () => {
  it('round-trips a seed', async () => {
    const sealed = await encryptSeed(seed, PASS, aad, FAST);
    expect(await decryptSeed(sealed, PASS, aad)).toEqual(seed);
    expect(sealed.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: 1000 });
    expect(sealed.cipher.name).toBe('AES-GCM-256');
    expect(parseBase64(sealed.kdf.salt)).toHaveLength(16);
    expect(parseBase64(sealed.cipher.iv)).toHaveLength(12);
    // 32-byte seed + 16-byte GCM tag.
    expect(parseBase64(sealed.cipher.ciphertext)).toHaveLength(48);
  });

  it('uses at least 600 000 PBKDF2 iterations by default and records them', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const sealed = await encryptSeed(seed, PASS, aad);
    expect(sealed.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(await decryptSeed(sealed, PASS, aad)).toEqual(seed);
  });

  it('refuses fewer iterations outside the test runner', async () => {
    vi.stubEnv('MODE', 'production');
    await expectVaultError(encryptSeed(seed, PASS, aad, FAST), 'VAULT_BAD_INPUT');
  });

  it('says "wrong passphrase" with a typed error', async () => {
    const sealed = await encryptSeed(seed, PASS, aad, FAST);
    await expectVaultError(decryptSeed(sealed, 'correct horse battery!', aad), 'VAULT_WRONG_PASSPHRASE');
    await expectVaultError(decryptSeed(sealed, '', aad), 'VAULT_WRONG_PASSPHRASE');
  });

  it('detects tampering with the ciphertext, the tag, the IV or the AAD', async () => {
    const sealed = await encryptSeed(seed, PASS, aad, FAST);
    const cases: SealedSeed[] = [
      { ...sealed, cipher: { ...sealed.cipher, ciphertext: flip(sealed.cipher.ciphertext, 0) } },
      { ...sealed, cipher: { ...sealed.cipher, ciphertext: flip(sealed.cipher.ciphertext, 47) } },
      { ...sealed, cipher: { ...sealed.cipher, iv: flip(sealed.cipher.iv) } },
    ];
    for (const c of cases) await expectVaultError(decryptSeed(c, PASS, aad), 'VAULT_CORRUPT');
    await expectVaultError(decryptSeed(sealed, PASS, new TextEncoder().encode('["meta",2]')), 'VAULT_CORRUPT');
  });

  it('rejects a changed salt or iteration count (they change the key)', async () => {
    const sealed = await encryptSeed(seed, PASS, aad, FAST);
    await expect(decryptSeed({ ...sealed, kdf: { ...sealed.kdf, salt: flip(sealed.kdf.salt) } }, PASS, aad)).rejects.toThrow();
    await expect(decryptSeed({ ...sealed, kdf: { ...sealed.kdf, iterations: 999 } }, PASS, aad)).rejects.toThrow();
    await expectVaultError(decryptSeed({ ...sealed, kdf: { ...sealed.kdf, iterations: 1e12 } }, PASS, aad), 'VAULT_BAD_RECORD');
  });

  it('treats the check value as advisory: a damaged check does not lock out the right passphrase', async () => {
    const sealed = await encryptSeed(seed, PASS, aad, FAST);
    expect(await decryptSeed({ ...sealed, check: flip(sealed.check) }, PASS, aad)).toEqual(seed);
  });

  it('draws a fresh salt and IV for every record', async () => {
    const all = await Promise.all([1, 2, 3].map(() => encryptSeed(seed, PASS, aad, FAST)));
    expect(new Set(all.map((s) => s.kdf.salt)).size).toBe(3);
    expect(new Set(all.map((s) => s.cipher.iv)).size).toBe(3);
    expect(new Set(all.map((s) => s.cipher.ciphertext)).size).toBe(3);
  });

  it('normalizes the passphrase to NFC (the same word typed on another keyboard opens it)', async () => {
    const sealed = await encryptSeed(seed, 'caf\u00e9 au lait', aad, FAST);
    expect(await decryptSeed(sealed, 'cafe\u0301 au lait', aad)).toEqual(seed);
  });

  it('seals bytes of any length with the same rules; a seed record must still hold 32 bytes', async () => {
    const text = new TextEncoder().encode('{"accessKeyId":"AKIA","secretAccessKey":"x"}');
    const sealed = await sealBytes(text, PASS, aad, FAST);
    expect(await openBytes(sealed, PASS, aad)).toEqual(text);
    await expectVaultError(decryptSeed(sealed, PASS, aad), 'VAULT_CORRUPT');
    vi.stubEnv('MODE', 'production');
    await expectVaultError(sealBytes(text, PASS, aad, FAST), 'VAULT_BAD_INPUT');
  });

  it('refuses a seed that is not 32 bytes', async () => {
    await expectVaultError(encryptSeed(seed.subarray(0, 31), PASS, aad, FAST), 'VAULT_BAD_INPUT');
  });

  it('matches an independent node:crypto implementation of PBKDF2 → HKDF → AES-GCM', async () => {
    const sealed = await encryptSeed(seed, PASS, aad, FAST);
    const secret = pbkdf2Sync(PASS, parseBase64(sealed.kdf.salt), 1000, 32, 'sha256');
    const hkdf = (info: string) => new Uint8Array(hkdfSync('sha256', secret, new Uint8Array(0), info, 32));
    const key = hkdf('registry-console/vault/v1 aes-gcm-256');
    expect(encodeBase64(hkdf('registry-console/vault/v1 passphrase-check'))).toBe(sealed.check);
    const data = parseBase64(sealed.cipher.ciphertext);
    const decipher = createDecipheriv('aes-256-gcm', key, parseBase64(sealed.cipher.iv));
    decipher.setAAD(aad);
    decipher.setAuthTag(data.subarray(32));
    const plain = new Uint8Array([...decipher.update(data.subarray(0, 32)), ...decipher.final()]);
    expect(plain).toEqual(seed);
  });
});
