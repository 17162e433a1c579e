import { describe, expect, it } from 'vitest';
import { codeOf } from '../testing/code-of.ts';
import { channelIndex } from '../testing/channel-index.ts';
import { OS_ALICE, OS_BOB, signedOsAsset } from '../testing/os-release-fixture.ts';
import { encodePem, parsePem } from '../sign/pem.ts';
import type { OsIndex, SignerInfo } from '../rpc/types.ts';
import { findKeyUse, isClean, keyChoices, parseSuspectKey, type RegistrySnapshot } from './key-compromise.ts';

const alice = OS_ALICE.info.keys[0]!;
const bob = OS_BOB.info.keys[0]!;
/** Alice's key as a user might paste it: CRLF line endings and text around it. */
const pastedAlice = `my key:\r\n${alice.replace(/\n/g, '\r\n')}\r\nthanks`;
/** The same key bytes spelled differently (CRLF, no final newline): a non-canonical PEM. */
const oddAlice = alice.trim().replace(/\n/g, '\r\n');

function snapshot(over: Partial<RegistrySnapshot> = {}): RegistrySnapshot {
  const packages = channelIndex({
    hello: { '1.0.0:0': [{ arch: ['x86_64'], sighash: 'A', signers: [oddAlice, bob] }, { arch: ['aarch64'], sighash: 'B', signers: [bob] }] },
    knots: { '#knots:28.1:0': [{ arch: ['x86_64'], sighash: 'C', signers: [alice] }] },
  });
  packages.packages.hello!.authorized = { 'alice-guid': '>=1.0.0:0' };
  const os: OsIndex = {
    versions: {
      '0.4.0': {
        headline: 'h', releaseNotes: 'n', sourceVersion: '*', authorized: ['alice-guid'],
        iso: {}, squashfs: { x86_64: signedOsAsset(new Uint8Array([1]), [OS_ALICE, OS_BOB]) }, img: { raspberrypi: signedOsAsset(new Uint8Array([2]), [OS_BOB]) },
      },
    },
  };
  const signers: Record<string, SignerInfo> = {
    'alice-guid': { name: 'Alice', contact: [], keys: [oddAlice, bob] },
    'bob-guid': { name: 'Bob', contact: [], keys: [bob] },
  };
  return { packages, os, signers, admins: ['alice-guid'], ...over };
}

describe('parseSuspectKey', () => {
  it('reads a pasted PEM with CRLF and surrounding text into the canonical form', () => {
    const k = parseSuspectKey(pastedAlice);
    expect(k.pem).toBe(alice);
    expect(k.fingerprint).toMatch(/^SHA256:/);
  });
  it('refuses a private key, other blocks, text without PEM and non-Ed25519 keys', () => {
    const priv = encodePem('PRIVATE KEY', new Uint8Array(48));
    expect(codeOf(() => parseSuspectKey(priv))).toBe('PEM_WRONG_LABEL');
    expect(codeOf(() => parseSuspectKey('SHA256:abc'))).toBe('PEM_MALFORMED');
    const rsaLike = encodePem('PUBLIC KEY', new Uint8Array(44).fill(1));
    expect(codeOf(() => parseSuspectKey(rsaLike))).toBe('KEY_BAD_DER');
    expect(parsePem(alice).label).toBe('PUBLIC KEY');
  });
});

describe('findKeyUse', () => {
  it('lists the variants and OS images the key signed, whatever the PEM spelling', () => {
    const f = findKeyUse(snapshot(), parseSuspectKey(pastedAlice).pem);
    expect(f.variants.map((v) => [v.id, v.version, v.flavor, v.hardware.arch, v.sighash.slice(0, 1), v.otherSignatures])).toEqual([
      ['hello', '1.0.0:0', null, ['x86_64'], 'A', 1],
      ['knots', '#knots:28.1:0', 'knots', ['x86_64'], 'C', 0],
    ]);
    expect(f.variants[0]!.urls).toEqual(['https://files.test/hello/A.s9pk']);
    expect(f.osAssets).toEqual([{ release: '0.4.0', platform: 'x86_64', type: 'squashfs', urls: ['https://images.example/os.img'], otherSignatures: 1 }]);
  });

  it('names the signer holding the key with the key as stored, its scopes, OS releases and admin status', () => {
    const f = findKeyUse(snapshot(), alice);
    expect(f.holders).toEqual([
      { guid: 'alice-guid', name: 'Alice', storedPem: oddAlice, keys: [oddAlice, bob], admin: true, scopes: [{ id: 'hello', range: '>=1.0.0:0' }], osReleases: ['0.4.0'] },
    ]);
    expect(f.signersKnown).toBe(true);
  });

  it('reports a key attached to two signers as two holders', () => {
    const s = snapshot();
    s.signers!['bob-guid']!.keys.push(alice);
    expect(findKeyUse(s, alice).holders.map((h) => [h.guid, h.storedPem === alice])).toEqual([['alice-guid', false], ['bob-guid', true]]);
  });

  it('says the holders are unknown when the signers or admins are not readable', () => {
    const f = findKeyUse(snapshot({ signers: null, admins: null }), alice);
    expect(f.holders).toEqual([]);
    expect(f.signersKnown).toBe(false);
    expect(isClean(f)).toBe(false);
    const s = snapshot({ admins: null });
    expect(findKeyUse(s, alice).holders[0]!.admin).toBeNull();
  });

  it('finds nothing for an unused key, and nothing for text that is not a key', () => {
    const unused = encodePem('PUBLIC KEY', parsePem(alice).der.map((b, i) => (i === 43 ? b ^ 1 : b)));
    const f = findKeyUse(snapshot(), unused);
    expect(isClean(f)).toBe(true);
    expect(findKeyUse(snapshot(), 'garbage').variants).toEqual([]);
  });
});

describe('keyChoices', () => {
  it('offers each key once with every signer holding it, across registries', () => {
    const s = snapshot();
    const choices = keyChoices([
      { registry: 'http://a', signers: s.signers },
      { registry: 'http://b', signers: { 'x-guid': { name: 'Alice B', contact: [], keys: [alice] } } },
      { registry: 'http://c', signers: null },
    ]);
    expect(choices).toHaveLength(2);
    expect(choices.find((c) => c.pem === alice)?.holders).toEqual([{ registry: 'http://a', name: 'Alice' }, { registry: 'http://b', name: 'Alice B' }]);
    expect(choices.find((c) => c.pem === bob)?.holders).toEqual([{ registry: 'http://a', name: 'Alice' }, { registry: 'http://a', name: 'Bob' }]);
  });
});
