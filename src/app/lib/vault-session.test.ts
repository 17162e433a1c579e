/**
 * The session's signatures, now produced by signing code downloaded on first use: the request
 * signer and the commitment signer still give signatures that verify, and neither signs once
 * the key is locked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../core/bytes/utf8.ts';
import { S9PK_SIG_CONTEXT, verifyCommitment } from '../../core/sign/commitment.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../../core/sign/keys.ts';
import { checkSignedBody, parseAuthHeader, verifyAuthSignature } from '../../core/sign/request-auth.ts';
import { lockSession, sessionSigner, signWithSession, unlockSession } from './vault-session.ts';

const seed = generateSeed();
const publicKeyPem = encodePublicKeyPem(publicKeyFromSeed(seed));
const commitment = { hash: new Uint8Array(32).fill(7), size: 1234n };

afterEach(lockSession);

describe('vault session signing', () => {
  it('signs request bodies and commitments that verify under the public key', async () => {
    unlockSession({ id: 'k', name: 'test-only', publicKeyPem }, seed);
    const signer = sessionSigner(null);
    expect(signer?.publicKeyPem).toBe(publicKeyPem);
    const body = encodeUtf8('{"jsonrpc":"2.0","id":1,"method":"admin.list","params":{}}');
    const header = parseAuthHeader(await signer!.authHeader(body, 'registry.test', 1_700_000_000n));
    expect(checkSignedBody(header, body)).not.toBeNull();
    expect(verifyAuthSignature(header, ['registry.test'])).toBe('registry.test');
    const signature = await signWithSession(commitment, S9PK_SIG_CONTEXT, null);
    expect(verifyCommitment(commitment, signature, publicKeyPem, S9PK_SIG_CONTEXT)).toBe(true);
  });

  it('refuses to sign once the key is locked', async () => {
    unlockSession({ id: 'k', name: 'test-only', publicKeyPem }, seed);
    const signer = sessionSigner(null)!;
    lockSession();
    expect(sessionSigner(null)).toBeNull();
    await expect(signer.authHeader(new Uint8Array(1), 'registry.test', 1n)).rejects.toThrow(/locked/);
    await expect(signWithSession(commitment, S9PK_SIG_CONTEXT, null)).rejects.toThrow(/locked/);
  });

  it('signs for a registry that names its key only with that key (issue 14 item 2)', async () => {
    unlockSession({ id: 'b', name: 'key B', publicKeyPem }, seed);
    expect(sessionSigner('a')).toBeNull();
    await expect(signWithSession(commitment, S9PK_SIG_CONTEXT, 'a')).rejects.toThrow(/another key/i);
    expect(await signWithSession(commitment, S9PK_SIG_CONTEXT, 'b')).toMatch(/\S/);
  });

  it('a signer made for one key refuses once another key is unlocked', async () => {
    unlockSession({ id: 'a', name: 'key A', publicKeyPem }, seed);
    const signer = sessionSigner('a')!;
    unlockSession({ id: 'b', name: 'key B', publicKeyPem }, seed);
    await expect(signer.authHeader(new Uint8Array(1), 'registry.test', 1n)).rejects.toThrow(/another key/i);
  });
});
