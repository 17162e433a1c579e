import { describe, expect, it } from 'vitest';
import type { OsIndex, PackageIndex, PackageVersionInfo, SignerInfo } from '../rpc/types.ts';
import { encodePublicKeyPem, keyFingerprint } from '../sign/public-key.ts';
import { generateSeed, publicKeyFromSeed } from '../sign/keys.ts';
import { exampleIndex } from '../testing/example-index.ts';
import { largePackageIndex } from '../testing/large-index.ts';
import { accessRecords, isNewer, reviewAccess, type AccessInput } from './access-review.ts';
import { buildSignerDirectory } from './signer-directory.ts';
import { vouchingOf } from './vouching.ts';

const raw = [generateSeed(), generateSeed(), generateSeed(), generateSeed()].map(publicKeyFromSeed);
const [kAdmin, kSam, kShared, kDev] = raw.map(encodePublicKeyPem) as [string, string, string, string];
const signer = (name: string, keys: string[], contact: SignerInfo['contact'] = []): SignerInfo => ({ name, contact, keys });

/** A version record of the example with one variant per entry: its publishedAt and signing keys. */
function version(variants: [string, string[]][]): PackageVersionInfo {
  const template = Object.values(exampleIndex().packages.bitcoind!.versions)[0]!;
  const [hw, asset] = template.s9pks[0]!;
  return { ...template, s9pks: variants.map(([publishedAt, keys]) => [hw, { ...asset, publishedAt, signatures: Object.fromEntries(keys.map((k) => [k, 'sig'])) }]) };
}

function input(): AccessInput {
  const packages: PackageIndex['packages'] = {
    zeta: { authorized: {}, categories: [], versions: { '1.0.0:0': version([['2026-03-01T00:00:00Z', [kDev]]]) } },
    alpha: {
      authorized: { SAM: '>=1.0.0:0 <2.0.0:0', ADMIN: '*' },
      categories: [],
      versions: {
        '1.0.0:0': version([['2026-01-01T00:00:00Z', [kDev, kSam]]]),
        '1.1.0:0': version([['2026-02-01T00:00:00.5Z', [kDev, kSam]], ['2026-02-01T00:00:00.5Z', [kShared]]]),
      },
    },
  };
  const os: OsIndex = { versions: { '0.4.0': { headline: '', releaseNotes: '', sourceVersion: '*', authorized: ['ADMIN', 'TWIN'], iso: {}, img: {}, squashfs: {} } } };
  return {
    signers: {
      SAM: signer('Sam', [kSam], [{ email: 'sam@example.com' }]),
      ADMIN: signer('Admin', [kAdmin]),
      TWIN: signer('Twin', [kShared]),
      ALSO: signer('Also twin', [kShared, 'not a key']),
    },
    admins: ['ADMIN'],
    packages,
    os,
  };
}

describe('reviewAccess', () => {
  const review = reviewAccess(input());

  it('lists signers by name with admin flag, contacts, fingerprints and OS releases', () => {
    expect(review.signers.map((s) => [s.name, s.admin, s.contacts, s.scoped, s.osReleases])).toEqual([
      ['Admin', true, 0, 1, ['0.4.0']],
      ['Also twin', false, 0, 0, []],
      ['Sam', false, 1, 1, []],
      ['Twin', false, 0, 0, ['0.4.0']],
    ]);
    expect(review.signers[0]!.keys).toEqual([{ pem: kAdmin, fingerprint: keyFingerprint(raw[0]!) }]);
    expect(review.signers[1]!.keys[1]).toEqual({ pem: 'not a key', fingerprint: null });
  });

  it('gives each package a row by id with one cell per signer: the range and the newest variant its keys signed', () => {
    expect(review.rows.map((r) => [r.id, r.scoped])).toEqual([['alpha', true], ['zeta', false]]);
    const alpha = review.rows[0]!.cells;
    expect(alpha.map((c) => c.range)).toEqual(['*', null, '>=1.0.0:0 <2.0.0:0', null]);
    expect(alpha[2]!.seen).toEqual({ id: 'alpha', version: '1.1.0:0', variant: 0, publishedAt: '2026-02-01T00:00:00.5Z' });
    expect(alpha[0]!.seen).toBeNull();
    expect(review.signers[2]!.lastSeen?.version).toBe('1.1.0:0');
  });

  it('credits a signature by a shared key to every signer holding it, and names the key once', () => {
    const alpha = review.rows[0]!.cells;
    expect([alpha[1]!.seen?.variant, alpha[3]!.seen?.variant]).toEqual([1, 1]);
    expect(review.sharedKeys).toEqual([{ fingerprint: keyFingerprint(raw[2]!), holders: ['ALSO', 'TWIN'] }]);
  });

  it('lists the variants no known signer signed, as vouching.ts judges them', () => {
    expect(review.unvouched).toEqual([{ id: 'zeta', version: '1.0.0:0', variant: 0 }]);
    const directory = buildSignerDirectory(input().signers);
    const all = Object.entries(input().packages).flatMap(([id, p]) => Object.entries(p.versions).flatMap(([v, info]) => info.s9pks.map(([, a], i) => ({ id, version: v, variant: i, unvouched: vouchingOf(a, directory).unvouched }))));
    expect(all.filter((x) => x.unvouched).map(({ id, version: v, variant }) => ({ id, version: v, variant }))).toEqual(review.unvouched);
  });

  it('exports every non-empty cell of the rows given', () => {
    const records = accessRecords(review, review.rows);
    expect(records.map((r) => [r.package, r.signer.name, r.range, r.seen?.version ?? null])).toEqual([
      ['alpha', 'Admin', '*', null],
      ['alpha', 'Also twin', null, '1.1.0:0'],
      ['alpha', 'Sam', '>=1.0.0:0 <2.0.0:0', '1.1.0:0'],
      ['alpha', 'Twin', null, '1.1.0:0'],
    ]);
    expect(accessRecords(review, review.rows.filter((r) => !r.scoped))).toEqual([]);
  });
});

describe('isNewer', () => {
  const seen = (publishedAt: string, v = '1.0.0:0') => ({ id: 'a', version: v, variant: 0, publishedAt });
  it('orders by publishedAt whatever its fractional digits, then by version; an unreadable time is oldest', () => {
    expect(isNewer(seen('2026-01-01T00:00:00.1Z'), seen('2026-01-01T00:00:00.099999Z'))).toBe(true);
    expect(isNewer(seen('2026-01-01T00:00:00Z', '2.0:0'), seen('2026-01-01T00:00:00.000Z', '1.0:0'))).toBe(true);
    expect(isNewer(seen('2026-01-01T00:00:00Z', '1.0:0'), seen('2026-01-01T00:00:00Z', '1.0.0:0'))).toBe(false);
    expect(isNewer(seen('garbage'), seen('2020-01-01T00:00:00Z'))).toBe(false);
    expect(isNewer(seen('2020-01-01T00:00:00Z'), seen('garbage'))).toBe(true);
    expect(isNewer(seen('x'), null)).toBe(true);
  });
});

describe('a large registry', () => {
  it('reviews 1000 packages × 10 versions and 20 signers in one pass', () => {
    const packages = largePackageIndex(1000, 10).packages;
    const keys = Array.from({ length: 20 }, () => encodePublicKeyPem(publicKeyFromSeed(generateSeed())));
    const signers = Object.fromEntries(keys.map((k, i) => [`S${String(i).padStart(2, '0')}`, signer(`Signer ${i}`, [k])]));
    for (const [i, id] of Object.keys(packages).entries()) packages[id] = { ...packages[id]!, authorized: i % 10 === 0 ? { [`S${String(i % 20).padStart(2, '0')}`]: '*' } : {} };
    const start = performance.now();
    const review = reviewAccess({ signers, admins: ['S00'], packages, os: null });
    const ms = performance.now() - start;
    console.log(`access review of 1000 packages × 10 versions × 20 signers: ${ms.toFixed(0)} ms`);
    expect(review.rows).toHaveLength(1000);
    expect(review.rows.filter((r) => r.scoped)).toHaveLength(100);
    expect(review.unvouched).toHaveLength(20_000);
  });
});
