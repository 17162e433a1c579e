import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import request from './vectors/request-signing.json' with { type: 'json' };
import { encodeHex, parseHex } from '../bytes/hex.ts';
import { codeOf } from '../testing/code-of.ts';
import {
  canonicalPublicKeyPem,
  encodePrivateKeyDer,
  encodePrivateKeyPem,
  encodePublicKeyPem,
  generateSeed,
  keyFingerprint,
  parsePrivateKeyDer,
  parsePrivateKeyPem,
  parsePublicKeyPem,
  publicKeyFromSeed,
} from './keys.ts';
import { encodePem, parsePem } from './pem.ts';


describe('public keys', () => {
  it('encodes the spec §2.13 key exactly', () => {
    expect(encodePublicKeyPem(parseHex(request.publicKey))).toBe(request.publicKeyPem);
    expect(encodeHex(parsePublicKeyPem(request.publicKeyPem))).toBe(request.publicKey);
  });
  it('accepts CRLF and a missing final newline; canonicalises', () => {
    const crlf = request.publicKeyPem.replace(/\n/g, '\r\n').trimEnd();
    expect(canonicalPublicKeyPem(crlf)).toBe(request.publicKeyPem);
  });
  it('round-trips any key', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (k) => {
      expect(parsePublicKeyPem(encodePublicKeyPem(k))).toEqual(k);
    }));
  });
  it('rejects wrong labels, bad DER and bad line lengths with typed errors', () => {
    expect(codeOf(() => parsePublicKeyPem(encodePrivateKeyPem(generateSeed())))).toBe('PEM_WRONG_LABEL');
    expect(codeOf(() => parsePublicKeyPem(encodePem('PUBLIC KEY', new Uint8Array(44))))).toBe('KEY_BAD_DER');
    expect(codeOf(() => parsePublicKeyPem('hello'))).toBe('PEM_MALFORMED');
    const [b, body, e] = request.publicKeyPem.trim().split('\n');
    const rewrapped = `${b}\n${body!.slice(0, 30)}\n${body!.slice(30)}\n${e}\n`;
    expect(codeOf(() => parsePublicKeyPem(rewrapped))).toBe('PEM_MALFORMED');
    expect(codeOf(() => parsePem(`${b}\n${body}\n-----END SIGNATURE-----\n`))).toBe('PEM_MALFORMED');
  });
  it('fingerprints are stable and distinct', () => {
    const k = parseHex(request.publicKey);
    expect(keyFingerprint(k)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(keyFingerprint(k)).not.toBe(keyFingerprint(publicKeyFromSeed(generateSeed())));
  });
});

describe('private keys (PKCS#8)', () => {
  it('writes the 83-byte v2 form of start-cli init-key', () => {
    const der = encodePrivateKeyDer(parseHex(request.seed));
    expect(der.length).toBe(83);
    expect(encodeHex(der)).toBe(
      `3051020101300506032b657004220420${request.seed}812100${request.publicKey}`,
    );
    const pem = encodePrivateKeyPem(parseHex(request.seed));
    expect(pem.split('\n').map((l) => l.length)).toEqual([27, 64, 48, 25, 0]);
  });
  it('reads v2 and v1 (as written by node:crypto / OpenSSL)', () => {
    const seed = generateSeed();
    expect(parsePrivateKeyPem(encodePrivateKeyPem(seed))).toEqual(seed);
    const { privateKey } = generateKeyPairSync('ed25519');
    const v1Pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    const nodeSeed = parsePrivateKeyPem(v1Pem);
    const nodePub = createPrivateKey(v1Pem).export({ format: 'jwk' }).x!;
    expect(Buffer.from(publicKeyFromSeed(nodeSeed)).toString('base64url')).toBe(nodePub);
  });
  it('rejects a v2 key whose public half does not match, and junk', () => {
    const der = encodePrivateKeyDer(generateSeed());
    der[82]! ^= 1;
    expect(codeOf(() => parsePrivateKeyDer(der))).toBe('KEY_MISMATCH');
    expect(codeOf(() => parsePrivateKeyDer(new Uint8Array(48)))).toBe('KEY_BAD_DER');
    expect(codeOf(() => parsePrivateKeyPem(request.publicKeyPem))).toBe('PEM_WRONG_LABEL');
    expect(codeOf(() => publicKeyFromSeed(new Uint8Array(31)))).toBe('KEY_BAD_LENGTH');
  });
});
