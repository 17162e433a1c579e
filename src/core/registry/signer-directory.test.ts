/**
 * Tests for signer-directory.ts: matching signature keys of the spec §5.5 example to signer
 * names, by raw key, with partial directories (viewers) and duplicate keys; which other signer
 * already holds a key.
 */
import { describe, expect, it } from 'vitest';
import type { SignerInfo } from '../rpc/types.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../sign/keys.ts';
import { buildSignerDirectory, keyOwners, matchSignatures, sameKey, signersOfPackageList } from './signer-directory.ts';
import { ADMIN, ALICE, DEVELOPER, example, keyOf } from '../testing/example-index.ts';

const bitcoindSigs =
  example.package.packages['bitcoind']!.versions['28.1:0']!.s9pks[0]![1].signatures;
const helloSigs =
  example.package.packages['hello-world']!.versions['1.0.0:0']!.s9pks[0]![1].signatures;

describe('matchSignatures', () => {
  it('names every signer when all signers are known (admin.signer.list / index)', () => {
    const dir = buildSignerDirectory(example.signers);
    const views = matchSignatures(bitcoindSigs, dir);
    expect(views.map((v) => v.signer?.name)).toEqual(['Alice', 'Package Developer']);
    expect(views.map((v) => v.signer?.guid)).toEqual([ALICE, DEVELOPER]);
    for (const v of views) expect(v.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(matchSignatures(helloSigs, dir).map((v) => v.signer?.name)).toEqual([
      'Package Developer',
      'Registry Admin',
    ]);
  });

  it('says unknown (signer null) for keys outside a viewer’s partial directory', () => {
    // A viewer only sees package.signer.list: Alice is scoped to bitcoind.
    const dir = buildSignerDirectory(
      signersOfPackageList({ [ALICE]: [example.signers[ALICE]!, '>=28.0:0'] }),
    );
    const views = matchSignatures(bitcoindSigs, dir);
    expect(views[0]).toMatchObject({ signer: { name: 'Alice' } });
    expect(views[1]).toMatchObject({ signer: null, keyPem: keyOf(DEVELOPER) });
    expect(views[1]!.fingerprint).toMatch(/^SHA256:/);
  });

  it('matches keys by raw bytes, not PEM spelling', () => {
    const crlf = keyOf(ADMIN).replaceAll('\n', '\r\n');
    const dir = buildSignerDirectory({ [ADMIN]: { name: 'Admin', contact: [], keys: [crlf] } });
    expect(matchSignatures({ [keyOf(ADMIN)]: 'sig' }, dir)[0]!.signer?.name).toBe('Admin');
  });

  it('resolves a key held by two signers to the smaller Guid, like the registry', () => {
    const key = keyOf(ALICE);
    const dir = buildSignerDirectory({
      ZZZ: { name: 'Later', contact: [], keys: [key] },
      AAA: { name: 'First', contact: [], keys: [key] },
    });
    expect(matchSignatures({ [key]: 'sig' }, dir)[0]!.signer).toEqual({
      guid: 'AAA',
      name: 'First',
    });
  });

  it('tolerates a malformed key', () => {
    const views = matchSignatures(
      { 'not a pem': 'sig' },
      buildSignerDirectory(example.signers, { X: { name: 'bad', contact: [], keys: ['junk'] } }),
    );
    expect(views).toEqual([{ keyPem: 'not a pem', fingerprint: null, signer: null }]);
  });

  it('returns nothing for no signatures', () => {
    expect(matchSignatures({}, buildSignerDirectory())).toEqual([]);
  });
});

describe('sameKey and keyOwners', () => {
  const K1 = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));
  const K2 = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));
  const crlf = (pem: string) => pem.replace(/\n/g, '\r\n').trimEnd();
  const signers: Record<string, SignerInfo> = { A: { name: 'Alice', contact: [], keys: [K1] }, B: { name: 'Bob', contact: [], keys: [] } };

  it('compares keys by bytes', () => {
    expect(sameKey(crlf(K1), K1)).toBe(true);
    expect(sameKey(K1, K2)).toBe(false);
  });

  it('finds keys registered to other signers', () => {
    expect(keyOwners([K2, K1], signers)).toEqual([{ key: K1, guid: 'A', name: 'Alice' }]);
    expect(keyOwners([crlf(K1)], signers)).toHaveLength(1);
    expect(keyOwners([K1], signers, 'A')).toEqual([]);
  });
});
