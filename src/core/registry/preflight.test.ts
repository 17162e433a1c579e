/**
 * The pre-flight classifier as a table: registry states × authorities × archives → verdict,
 * then batch behaviour (files judged against the registry as earlier files leave it) and the
 * side checks. Archives are built from the fixture manifest, without writing s9pk files.
 */
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../s9pk/manifest.ts';
import { fixtureManifest, type FixtureOptions } from '../testing/fixtures.ts';
import { solidPng } from '../testing/fixture-png.ts';
import { iconDataUrl } from '../s9pk/members.ts';
import type { PackageIndex } from '../rpc/types.ts';
import type { Authority } from './authority.ts';
import { mergeVersion } from './merge.ts';
import { preflightBatch, type PreflightArchive, type Verdict } from './preflight.ts';
import { assembleVersionInfo } from './version-record.ts';

type ArchiveOptions = FixtureOptions & { sighash: string; noIcon?: boolean; noLicense?: boolean };

function archive(o: ArchiveOptions): PreflightArchive {
  const manifest = fixtureManifest(o);
  return {
    id: manifest.id as string,
    version: manifest.version as string,
    manifest,
    icon: o.noIcon ? null : { dataUrl: iconDataUrl({ mime: 'image/png', bytes: solidPng(o.iconColor ?? [1, 2, 3]) }) },
    dependencies: Object.fromEntries(
      (o.dependencies ?? []).map((d) => [d.id, { title: d.title ?? d.id, iconDataUrl: null, description: d.description ?? `Uses ${d.id}`, optional: d.optional ?? false }]),
    ),
    commitment: { rootSighash: o.sighash.repeat(43).slice(0, 43), rootMaxsize: 4096 },
    hasLicense: !o.noLicense,
  };
}

/** A registry holding `archives` (merged like `package.add`), with scopes. */
function registry(archives: PreflightArchive[], authorized: Record<string, Record<string, string>> = {}): PackageIndex {
  const index: PackageIndex = { categories: {}, packages: {} };
  for (const a of archives) {
    const info = assembleVersionInfo({
      manifest: validateManifest(a.manifest),
      iconDataUrl: a.icon!.dataUrl,
      dependencyMetadata: Object.fromEntries(Object.entries(a.dependencies).map(([id, d]) => [id, { title: d.title, icon: d.iconDataUrl, description: d.description, optional: d.optional }])),
      asset: { publishedAt: '2026-01-01T00:00:00Z', urls: [`https://files.test/${a.id}/${a.commitment.rootSighash.slice(0, 4)}.s9pk`], commitment: a.commitment, signatures: {} },
      defaultOsVersion: '0.4.0',
    });
    const pkg = (index.packages[a.id] ??= { authorized: authorized[a.id] ?? {}, versions: {}, categories: [] });
    const old = pkg.versions[a.version];
    if (!old) pkg.versions[a.version] = info;
    else {
      const m = mergeVersion(old, info, 'replace-urls');
      if (!m.ok) throw new Error(m.message);
      pkg.versions[a.version] = m.info;
    }
  }
  return index;
}

const X86 = archive({ sighash: 'A' });
const X86_REBUILD = archive({ sighash: 'B' });
const ARM = archive({ sighash: 'C', arches: ['aarch64'] });
const ARM_NOTES = archive({ sighash: 'D', arches: ['aarch64'], releaseNotes: { en_US: 'Different notes' }, gitHash: 'ffff' });
const ARM_ICON = archive({ sighash: 'E', arches: ['aarch64'], iconColor: [9, 9, 9] });
const ARM_DEP = archive({ sighash: 'F', arches: ['aarch64'], dependencies: [{ id: 'bitcoind' }] });
const V2 = archive({ sighash: 'G', version: '2.0.0:0' });
const V11 = archive({ sighash: 'H', version: '1.1.0:0' });

const SCOPE = '>=1.0.0:0 <2.0.0:0';
const EMPTY = registry([]);
const V1 = registry([X86], { 'hello-world': { SIGNER: SCOPE } });

const ADMIN: Authority = { admin: true, scopes: {} };
const SCOPED: Authority = { admin: false, scopes: { 'hello-world': SCOPE } };
const NO_SCOPE: Authority = { admin: false, scopes: {} };

const TABLE: [string, PackageIndex, Authority, PreflightArchive, Partial<Verdict> & { kind: Verdict['kind'] }, { blocking: boolean; confirm?: boolean }][] = [
  ['admin creates a package', EMPTY, ADMIN, X86, { kind: 'new-package' }, { blocking: false }],
  ['a signer cannot create a package', EMPTY, SCOPED, X86, { kind: 'refused', refusal: { kind: 'new-package' } }, { blocking: true }],
  ['the same archive again: URLs only', V1, ADMIN, X86, { kind: 'same-archive', urls: ['https://files.test/hello-world/AAAA.s9pk'] }, { blocking: false }],
  ['same hardware, other content: replaces', V1, ADMIN, X86_REBUILD, { kind: 'replaces-variant' }, { blocking: false, confirm: true }],
  ['other architecture: new variant', V1, ADMIN, ARM, { kind: 'new-variant', variants: 1 }, { blocking: false }],
  ['release notes and git hash differ: conflict', V1, ADMIN, ARM_NOTES, { kind: 'conflict' }, { blocking: true }],
  ['icon differs: conflict', V1, ADMIN, ARM_ICON, { kind: 'conflict' }, { blocking: true }],
  ['dependency metadata differs: conflict', V1, ADMIN, ARM_DEP, { kind: 'conflict' }, { blocking: true }],
  ['admin adds a version', V1, ADMIN, V2, { kind: 'new-version' }, { blocking: false }],
  ['scoped signer inside its range', V1, SCOPED, V11, { kind: 'new-version' }, { blocking: false }],
  ['scoped signer new variant in range', V1, SCOPED, ARM, { kind: 'new-variant', variants: 1 }, { blocking: false }],
  ['scoped signer outside its range', V1, SCOPED, V2, { kind: 'refused', refusal: { kind: 'out-of-range', scope: SCOPE } }, { blocking: true }],
  ['signer without a scope on the package', V1, NO_SCOPE, ARM, { kind: 'refused', refusal: { kind: 'no-scope' } }, { blocking: true }],
  ['authorization is checked before conflicts (as upstream)', V1, NO_SCOPE, ARM_NOTES, { kind: 'refused' }, { blocking: true }],
  ['an authorized signer still meets the conflict', V1, SCOPED, ARM_NOTES, { kind: 'conflict' }, { blocking: true }],
];

describe('preflightBatch: registry states × archives', () => {
  it.each(TABLE)('%s', (_name, index, authority, a, verdict, flags) => {
    const [r] = preflightBatch(index, authority, [a]);
    expect(r!.verdict).toMatchObject(verdict);
    expect(r!.blocking).toBe(flags.blocking);
    expect(r!.needsConfirmation).toBe(flags.confirm ?? false);
    expect(r!.viaBatch).toBe(false);
  });

  it('a conflict lists every differing field side by side, in the registry order', () => {
    const [notes] = preflightBatch(V1, ADMIN, [ARM_NOTES]);
    expect(notes!.verdict.kind === 'conflict' && notes!.verdict.conflict).toEqual({ kind: 'metadata', fields: ['releaseNotes', 'gitHash'] });
    expect(notes!.verdict.kind === 'conflict' && notes!.verdict.message).toBe('package metadata mismatch: remove the existing version first, then re-add');
    expect(notes!.verdict.kind === 'conflict' && notes!.verdict.diff).toEqual([
      { field: 'releaseNotes', kind: 'metadata', existing: { en_US: 'Release 1.0.0:0' }, incoming: { en_US: 'Different notes' } },
      { field: 'gitHash', kind: 'metadata', existing: '5b2a0d8c4e1f3a7b9c0d2e4f6a8b0c1d3e5f7a9b', incoming: 'ffff' },
    ]);
    const [dep] = preflightBatch(V1, ADMIN, [ARM_DEP]);
    expect(dep!.verdict.kind === 'conflict' && dep!.verdict.diff.map((d) => [d.field, d.existing === undefined])).toEqual([['dependencyMetadata.bitcoind', true]]);
    const [icon] = preflightBatch(V1, ADMIN, [ARM_ICON]);
    expect(icon!.verdict.kind === 'conflict' && icon!.verdict.message).toBe('package icon mismatch: remove the existing version first, then re-add');
  });

  it('the replaced variant is named', () => {
    const [r] = preflightBatch(V1, ADMIN, [X86_REBUILD]);
    expect(r!.verdict.kind === 'replaces-variant' && r!.verdict.replaced[1].commitment).toEqual(X86.commitment);
  });
});

describe('preflightBatch: batches', () => {
  it('judges later files against the registry as earlier files leave it', () => {
    const r = preflightBatch(EMPTY, ADMIN, [X86, ARM, V2]);
    expect(r.map((x) => [x.verdict.kind, x.viaBatch])).toEqual([
      ['new-package', false],
      ['new-variant', true],
      ['new-version', true],
    ]);
  });

  it('a conflict with an earlier file of the batch is caught before upload', () => {
    const r = preflightBatch(EMPTY, ADMIN, [X86, ARM_NOTES]);
    expect(r[1]!.verdict.kind).toBe('conflict');
    expect(r[1]!.viaBatch).toBe(true);
  });

  it('two files that are the same variant collide (both blocked)', () => {
    const r = preflightBatch(V1, ADMIN, [X86_REBUILD, X86]);
    expect(r.map((x) => x.verdict)).toEqual([
      { kind: 'collision', with: [1] },
      { kind: 'collision', with: [0] },
    ]);
    expect(r.every((x) => x.blocking)).toBe(true);
  });

  it('a blocked file does not count for the later ones', () => {
    const r = preflightBatch(EMPTY, SCOPED, [X86, ARM]);
    expect(r.map((x) => x.verdict.kind)).toEqual(['refused', 'refused']);
  });
});

describe('preflightBatch: side checks', () => {
  it('dependencies: in the registry, in this batch, or missing', () => {
    const withBitcoind = registry([X86, archive({ sighash: 'Z', id: 'bitcoind' })]);
    const lnd = archive({ sighash: 'L', id: 'lnd', dependencies: [{ id: 'bitcoind' }, { id: 'foo', optional: true }, { id: 'bar' }] });
    const foo = archive({ sighash: 'O', id: 'foo' });
    const [r] = preflightBatch(withBitcoind, ADMIN, [lnd, foo]);
    expect(r!.dependencies).toEqual([
      { id: 'bar', optional: false, source: 'missing' },
      { id: 'bitcoind', optional: false, source: 'registry' },
      { id: 'foo', optional: true, source: 'batch' },
    ]);
  });

  it('icon, license, OS version and a version spelled differently', () => {
    const noIcon = preflightBatch(EMPTY, ADMIN, [archive({ sighash: 'N', noIcon: true })])[0]!;
    expect(noIcon.verdict.kind).toBe('no-icon');
    expect(noIcon.blocking).toBe(true);
    const plain = preflightBatch(V1, ADMIN, [archive({ sighash: 'P', version: '1.0:0', noLicense: true, osVersion: '0.4.0-beta.3' })])[0]!;
    expect(plain.verdict.kind).toBe('new-version');
    expect(plain.hasLicense).toBe(false);
    expect(plain.hasIcon).toBe(true);
    expect(plain.osVersion).toBe('0.4.0-beta.3');
    expect(plain.similarVersion).toBe('1.0.0:0');
  });

  it('a manifest the registry cannot index is reported, not thrown', () => {
    const bad = { ...X86, manifest: { ...X86.manifest, upstreamRepo: 'not a url' } };
    const [r] = preflightBatch(EMPTY, ADMIN, [bad]);
    expect(r!.verdict.kind).toBe('invalid');
    expect(r!.blocking).toBe(true);
  });
});
