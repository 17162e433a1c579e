import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import rfc from './vectors/rfc8032-ed25519ph.json' with { type: 'json' };
import commitment from './vectors/commitment-signing.json' with { type: 'json' };
import request from './vectors/request-signing.json' with { type: 'json' };
import { encodeHex, parseHex } from '../bytes/hex.ts';
import { isCoreError } from '../errors.ts';
import { signPh, verifyPh } from './ed25519ph.ts';
import { encodeSignaturePem, parseSignaturePem } from './signature.ts';
import { parseMerkleCommitment, signCommitment, verifyCommitment, commitmentMessage, encodeMerkleCommitment } from './commitment.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from './keys.ts';

describe('Ed25519ph', () => {
  it('reproduces RFC 8032 §7.3', () => {
    for (const v of rfc) {
      const sig = signPh(parseHex(v.message), parseHex(v.secretKey), v.context);
      expect(encodeHex(sig)).toBe(v.signature);
      expect(encodeHex(publicKeyFromSeed(parseHex(v.secretKey)))).toBe(v.publicKey);
      expect(verifyPh(sig, parseHex(v.message), parseHex(v.publicKey), v.context)).toBe(true);
    }
  });

  it('sign → verify; a different message, context or key is false', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array(), fc.string({ maxLength: 40 }), (seed, msg, ctx) => {
        const sig = signPh(msg, seed, ctx);
        const pub = publicKeyFromSeed(seed);
        expect(verifyPh(sig, msg, pub, ctx)).toBe(true);
        expect(verifyPh(sig, Uint8Array.of(...msg, 1), pub, ctx)).toBe(false);
        expect(verifyPh(sig, msg, pub, `${ctx}x`)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects non-canonical S, small-order keys and R, and bad lengths without throwing', () => {
    const seed = parseHex(request.seed);
    const pub = publicKeyFromSeed(seed);
    const msg = Uint8Array.of(1, 2, 3);
    const sig = signPh(msg, seed, 'x');
    // S + L is the classic malleability: must be rejected by a strict verifier.
    const L = (1n << 252n) + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(sig[i]!);
    const sPlusL = s + L;
    const mall = sig.slice();
    for (let i = 0; i < 32; i++) mall[32 + i] = Number((sPlusL >> BigInt(8 * i)) & 0xffn);
    expect(verifyPh(mall, msg, pub, 'x')).toBe(false);
    // identity point (small order) as public key and as R
    const identity = parseHex('0100000000000000000000000000000000000000000000000000000000000000');
    expect(verifyPh(sig, msg, identity, 'x')).toBe(false);
    expect(verifyPh(Uint8Array.of(...identity, ...sig.subarray(32)), msg, pub, 'x')).toBe(false);
    expect(verifyPh(sig.subarray(1), msg, pub, 'x')).toBe(false);
    expect(verifyPh(sig, msg, pub.subarray(1), 'x')).toBe(false);
    expect(verifyPh(sig, msg, pub, 'y'.repeat(256))).toBe(false);
  });

  it('cross-checks against node:crypto for plain-key interop (SPKI PEM accepted by OpenSSL)', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
    const pem = encodePublicKeyPem(new Uint8Array(raw));
    expect(pem).toBe(publicKey.export({ format: 'pem', type: 'spki' }));
    expect(createPublicKey(pem).asymmetricKeyType).toBe('ed25519');
  });
});

describe('commitment signatures: spec §2.14 vector', () => {
  it('reproduces message, signature and PEM', () => {
    const c = parseMerkleCommitment({ rootSighash: commitment.rootSighash, rootMaxsize: commitment.rootMaxsize });
    expect(encodeHex(c.hash)).toBe(commitment.rootSighashHex);
    expect(encodeHex(commitmentMessage(c))).toBe(commitment.messageHex);
    const pem = signCommitment(c, parseHex(commitment.seed), commitment.context);
    expect(pem).toBe(commitment.signaturePem);
    expect(encodeHex(parseSignaturePem(pem))).toBe(commitment.signatureHex);
    expect(encodeMerkleCommitment(c)).toEqual({ rootSighash: commitment.rootSighash, rootMaxsize: 4242 });
    expect(verifyCommitment(c, pem, request.publicKeyPem, 's9pk')).toBe(true);
    expect(verifyCommitment(c, pem, request.publicKeyPem, 'startos')).toBe(false);
    expect(verifyCommitment({ ...c, size: 4243n }, pem, request.publicKeyPem, 's9pk')).toBe(false);
    expect(verifyCommitment(c, 'garbage', request.publicKeyPem, 's9pk')).toBe(false);
  });
  it('signature PEM has 64 + 36 character body lines', () => {
    const lines = encodeSignaturePem(new Uint8Array(64)).split('\n');
    expect(lines.map((l) => l.length)).toEqual([25, 64, 36, 23, 0]);
    try {
      parseSignaturePem(request.publicKeyPem);
      expect.unreachable();
    } catch (e) {
      expect(isCoreError(e, 'PEM_WRONG_LABEL')).toBe(true);
    }
  });
});
