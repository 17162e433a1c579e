import { describe, expect, it } from 'vitest';
import { blake3 } from '@noble/hashes/blake3.js';
import { sha512 } from '@noble/hashes/sha2.js';
import vector from './vectors/request-signing.json' with { type: 'json' };
import { encodeHex, parseHex } from '../bytes/hex.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { isCoreError } from '../errors.ts';
import { codeOf } from '../testing/code-of.ts';
import {
  authMessage,
  buildAuthHeader,
  checkSignedBody,
  isTimestampFresh,
  parseAuthHeader,
  verifyAuthSignature,
} from './request-auth.ts';

const seed = parseHex(vector.seed);
const body = encodeUtf8(vector.body);
const fixed = { seed, body, context: vector.context, timestamp: BigInt(vector.timestamp), nonce: BigInt(vector.nonce) };


describe('request signature: spec §2.13 vector', () => {
  it('reproduces every intermediate value and the header byte for byte', () => {
    expect(body.length).toBe(42);
    expect(encodeHex(blake3(body))).toBe(vector.blake3Hex);
    const m = authMessage(fixed.timestamp, fixed.nonce, 42n, blake3(body));
    expect(encodeHex(m)).toBe(vector.messageHex);
    expect(encodeHex(sha512(m))).toBe(vector.prehashHex);
    expect(buildAuthHeader(fixed)).toBe(vector.header);
  });

  it('parses the header back to the vector values', () => {
    const h = parseAuthHeader(vector.header);
    expect(h.timestamp).toBe(fixed.timestamp);
    expect(h.nonce).toBe(fixed.nonce);
    expect(h.size).toBe(42n);
    expect(encodeHex(h.blake3)).toBe(vector.blake3Hex);
    expect(encodeHex(h.signer)).toBe(vector.publicKey);
    expect(h.signerPem).toBe(vector.publicKeyPem);
    expect(encodeHex(h.signature)).toBe(vector.signatureHex);
  });

  it('verifies under the right context only', () => {
    const h = parseAuthHeader(vector.header);
    expect(verifyAuthSignature(h, ['localhost', vector.context])).toBe(vector.context);
    expect(verifyAuthSignature(h, ['localhost', 'example.com'])).toBeNull();
  });

  it('checks the body: exact, longer (truncated), shorter and tampered', () => {
    const h = parseAuthHeader(vector.header);
    expect(checkSignedBody(h, body)).toEqual(body);
    const longer = new Uint8Array([...body, 0x20, 0x20]);
    expect(checkSignedBody(h, longer)).toEqual(body);
    expect(checkSignedBody(h, body.subarray(0, 41))).toBeNull();
    const tampered = body.slice();
    tampered[3]! ^= 1;
    expect(checkSignedBody(h, tampered)).toBeNull();
  });

  it('enforces the ±30 s window', () => {
    const h = parseAuthHeader(vector.header);
    expect(isTimestampFresh(h, fixed.timestamp + 30n)).toBe(true);
    expect(isTimestampFresh(h, fixed.timestamp - 30n)).toBe(true);
    expect(isTimestampFresh(h, fixed.timestamp + 31n)).toBe(false);
  });
});

describe('request signature: parsing failures map to the §2.9 classes', () => {
  const pairs = new URLSearchParams(vector.header);
  const without = (key: string) => {
    const q = new URLSearchParams(pairs);
    q.delete(key);
    return q.toString();
  };
  const withValue = (key: string, value: string) => {
    const q = new URLSearchParams(pairs);
    q.set(key, value);
    return q.toString();
  };
  it('missing keys name the key', () => {
    for (const key of ['timestamp', 'nonce', 'size', 'blake3', 'signer', 'signature']) {
      try {
        parseAuthHeader(without(key));
        expect.unreachable();
      } catch (e) {
        expect(isCoreError(e, 'AUTH_HEADER_MISSING_KEY')).toBe(true);
        expect((e as { detail: { key: string } }).detail.key).toBe(key);
      }
    }
  });
  it('bad numbers and bad values', () => {
    expect(codeOf(() => parseAuthHeader(withValue('nonce', '-1')))).toBe('AUTH_HEADER_BAD_NUMBER');
    expect(codeOf(() => parseAuthHeader(withValue('size', '1e3')))).toBe('AUTH_HEADER_BAD_NUMBER');
    expect(codeOf(() => parseAuthHeader(withValue('nonce', '18446744073709551616')))).toBe('AUTH_HEADER_BAD_NUMBER');
    expect(codeOf(() => parseAuthHeader(withValue('blake3', 'abc')))).toBe('AUTH_HEADER_BAD_VALUE');
    expect(codeOf(() => parseAuthHeader(withValue('signer', 'nope')))).toBe('AUTH_HEADER_BAD_VALUE');
    expect(codeOf(() => parseAuthHeader(withValue('signature', vector.publicKeyPem)))).toBe('AUTH_HEADER_BAD_VALUE');
  });
  it('accepts a padded blake3 value and repeated keys (last wins)', () => {
    expect(parseAuthHeader(withValue('blake3', `${vector.blake3Base64}=`)).size).toBe(42n);
    expect(parseAuthHeader(`${vector.header}&size=7`).size).toBe(7n);
  });
});

describe('request signature: fresh headers', () => {
  it('a default header uses a random nonce and the current time, and verifies', () => {
    const a = parseAuthHeader(buildAuthHeader({ seed, body, context: 'localhost' }));
    const b = parseAuthHeader(buildAuthHeader({ seed, body, context: 'localhost' }));
    expect(a.nonce).not.toBe(b.nonce);
    expect(isTimestampFresh(a, BigInt(Math.floor(Date.now() / 1000)))).toBe(true);
    expect(verifyAuthSignature(a, ['localhost'])).toBe('localhost');
  });
});
