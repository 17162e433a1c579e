import { describe, expect, it } from 'vitest';
import type { SignerInfo } from '../rpc/types.ts';
import { encodePublicKeyPem, keyFingerprint } from '../sign/public-key.ts';
import { generateSeed, publicKeyFromSeed } from '../sign/keys.ts';
import { exampleIndex } from '../testing/example-index.ts';
import { reviewAccess } from './access-review.ts';
import { accessWarnings } from './access-warnings.ts';

const raw = [generateSeed(), generateSeed(), generateSeed()].map(publicKeyFromSeed);
const [kA, kB, kShared] = raw.map(encodePublicKeyPem) as [string, string, string];
const s = (name: string, keys: string[], contact: SignerInfo['contact'] = []): SignerInfo => ({ name, contact, keys });

function packages(authorized: Record<string, string>) {
  const p = exampleIndex().packages.bitcoind!;
  return { bitcoind: { ...p, authorized }, lnd: { ...p, authorized: {} } };
}

describe('accessWarnings', () => {
  it('names each case of spec §7, most serious first', () => {
    const review = reviewAccess({
      signers: { A: s('Ann', [kA]), B: s('Bob', [kB, kShared], [{ matrix: '@bob:example.org' }]), C: s('Cat', [kShared]) },
      admins: ['A'],
      packages: packages({ B: '>=28.0:0', A: '*' }),
      os: null,
    });
    expect(accessWarnings(review)).toEqual([
      { kind: 'single-admin', admin: { guid: 'A', name: 'Ann' } },
      { kind: 'shared-key', fingerprint: keyFingerprint(raw[2]!), holders: [{ guid: 'B', name: 'Bob' }, { guid: 'C', name: 'Cat' }] },
      { kind: 'admin-without-contact', admin: { guid: 'A', name: 'Ann' } },
      { kind: 'scoped-removal', signer: { guid: 'B', name: 'Bob' }, packages: [{ id: 'bitcoind', range: '>=28.0:0' }] },
    ]);
  });

  it('says nothing about two admins with contacts, distinct keys and scopes held by admins only', () => {
    const email = [{ email: 'x@example.com' }];
    const review = reviewAccess({ signers: { A: s('Ann', [kA], email), B: s('Bob', [kB], email) }, admins: ['A', 'B'], packages: packages({ B: '*' }), os: null });
    expect(accessWarnings(review)).toEqual([]);
  });

  it('warns about a scope of "!" too: the range does not protect the package from removal', () => {
    const review = reviewAccess({ signers: { A: s('Ann', [kA], [{ email: 'a@example.com' }]), B: s('Bob', [kB]), Z: s('Zed', [], [{ website: 'https://z.example/' }]) }, admins: ['A', 'Z'], packages: packages({ B: '!' }), os: null });
    expect(accessWarnings(review)).toEqual([{ kind: 'scoped-removal', signer: { guid: 'B', name: 'Bob' }, packages: [{ id: 'bitcoind', range: '!' }] }]);
  });
});
