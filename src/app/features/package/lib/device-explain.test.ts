/**
 * Tests for device-explain.ts: the §6 filtering rules applied to the spec §5.5 example and to
 * built variants, the device variant order, and the comparison with a registry answer.
 */
import { describe, expect, it } from 'vitest';
import type { DeviceInfo, PackageInfo } from '../../../../core/rpc/types.ts';
import { describeReason, explainDevice } from './device-explain.ts';
import { checkVariant, compatRange, deviceVariantOrder } from '../../../../core/registry/device-filter.ts';
import { GPU, exampleIndex, variant } from '../testing/fixtures.ts';

const GiB = 2 ** 30;
const device = (version: string, arch: string, ramGiB: number): DeviceInfo => ({
  os: { version, compat: compatRange(version), platform: arch, language: 'en_US' },
  hardware: { arch, ram: ramGiB * GiB },
});
const index = exampleIndex();
const bitcoind = index.packages['bitcoind']!;
const hello = index.packages['hello-world']!;

describe('checkVariant', () => {
  it('keeps variants with a null arch or RAM requirement', () => {
    expect(
      checkVariant({ device: [], ram: null, arch: null }, { arch: 'riscv64', ram: 1 }),
    ).toEqual([]);
  });
  it('gives every reason: arch and RAM', () => {
    expect(
      checkVariant(
        { device: [], ram: 4 * GiB, arch: ['aarch64'] },
        { arch: 'x86_64', ram: 2 * GiB },
      ),
    ).toEqual([
      { kind: 'arch', arch: 'x86_64', supported: ['aarch64'] },
      { kind: 'ram', required: 4 * GiB, available: 2 * GiB },
    ]);
  });
  it('accepts RAM equal to the requirement', () => {
    expect(
      checkVariant({ device: [], ram: 2 * GiB, arch: null }, { arch: 'x86_64', ram: 2 * GiB }),
    ).toEqual([]);
  });
  it('checks nothing without hardware info', () => {
    expect(checkVariant({ device: [], ram: 64 * GiB, arch: ['aarch64'] }, undefined)).toEqual([]);
  });
});

describe('explainDevice on the example index', () => {
  it('offers bitcoind to an x86_64 device and explains the hidden aarch64 variant', () => {
    const e = explainDevice(bitcoind, device('0.4.0-beta.10', 'x86_64', 8), null);
    const [v] = e.versions;
    expect(v).toMatchObject({
      version: '28.1:0',
      expected: true,
      reasons: [],
      expectedOrder: [1],
      offered: null,
    });
    expect(v!.variants[0]!.reasons).toEqual([
      { kind: 'arch', arch: 'x86_64', supported: ['aarch64'] },
    ]);
    expect(e.expectedBest).toEqual(['28.1:0']);
  });

  it('hides versions built for a newer StartOS than the device runs', () => {
    const e = explainDevice(bitcoind, device('0.3.5', 'x86_64', 8), null);
    expect(e.versions[0]).toMatchObject({
      expected: false,
      reasons: [{ kind: 'os', osVersion: '0.4.0-beta.10', compat: '>=0.3.0:0 <=0.3.5:0' }],
    });
    expect(e.expectedBest).toEqual([]);
  });

  it('hides a version whose every variant needs more RAM', () => {
    const e = explainDevice(hello, device('0.4.0-beta.10', 'aarch64', 1), null);
    expect(e.versions[0]).toMatchObject({ expected: false, reasons: [{ kind: 'no-variant' }] });
    expect(e.versions[0]!.variants[0]!.reasons).toEqual([
      { kind: 'ram', required: 2 * GiB, available: GiB },
    ]);
    expect(describeReason(e.versions[0]!.variants[0]!.reasons[0]!)).toBe(
      'needs 2 GiB of RAM, the device has 1 GiB',
    );
  });

  it('hides a version with no build for the architecture', () => {
    const e = explainDevice(hello, device('0.4.0-beta.10', 'riscv64', 16), null);
    expect(e.versions[0]!.variants[0]!.reasons).toEqual([
      { kind: 'arch', arch: 'riscv64', supported: ['aarch64', 'x86_64'] },
    ]);
    expect(describeReason(e.versions[0]!.variants[0]!.reasons[0]!)).toBe(
      'no build for riscv64 (only aarch64, x86_64)',
    );
  });
});

describe('comparison with the registry answer', () => {
  const pkg: PackageInfo = structuredClone(bitcoind);
  pkg.versions['27.0:0'] = { ...structuredClone(pkg.versions['28.1:0']!), osVersion: '0.3.5' };
  pkg.versions['29.0:0'] = { ...structuredClone(pkg.versions['28.1:0']!), osVersion: '0.4.1' };
  const dev = device('0.4.0-beta.10', 'x86_64', 8);

  it('marks best, other and hidden versions', () => {
    const e = explainDevice(pkg, dev, { best: { '28.1:0': {} }, otherVersions: { '27.0:0': {} } });
    expect(e.versions.map((v) => [v.version, v.expected, v.offered])).toEqual([
      ['29.0:0', false, 'hidden'],
      ['28.1:0', true, 'best'],
      ['27.0:0', true, 'other'],
    ]);
    expect(e.expectedBest).toEqual(['28.1:0']);
    expect(e.disagreements).toEqual([]);
    expect(e.onlyInAnswer).toEqual([]);
  });

  it('reports disagreements and versions missing from the index', () => {
    const e = explainDevice(pkg, dev, { best: { '29.0:0': {}, '30.0:0': {} }, otherVersions: {} });
    expect(e.disagreements).toEqual(['29.0:0', '28.1:0', '27.0:0']);
    expect(e.onlyInAnswer).toEqual(['30.0:0']);
  });

  it('picks one best per flavor lineage', () => {
    const flavored = structuredClone(pkg);
    flavored.versions['#knots:28.0:0'] = structuredClone(pkg.versions['28.1:0']!);
    expect(explainDevice(flavored, dev, null).expectedBest).toEqual(['28.1:0', '#knots:28.0:0']);
  });
});

describe('deviceVariantOrder', () => {
  it('sorts kept variants: fewest device filters, then fewest arches (null last), then lowest RAM, stably', () => {
    const variants = [
      variant({ device: [GPU], arch: ['x86_64'] }),
      variant({ arch: null }),
      variant({ arch: ['aarch64', 'x86_64'] }),
      variant({ arch: ['x86_64'], ram: 4 * GiB }),
      variant({ arch: ['x86_64'], ram: 2 * GiB }),
      variant({ arch: ['x86_64'], ram: 2 * GiB }, 'BBBB'),
    ];
    expect(deviceVariantOrder(variants, [0, 1, 2, 3, 4, 5])).toEqual([4, 5, 3, 2, 1, 0]);
    expect(deviceVariantOrder(variants, [1, 0])).toEqual([1, 0]);
  });

  it('is what explainDevice reports as the expected order', () => {
    const pkg: PackageInfo = structuredClone(hello);
    pkg.versions['1.0.0:0']!.s9pks = [
      variant({ device: [GPU], arch: ['x86_64'] }),
      variant({ arch: ['x86_64'], ram: 64 * GiB }),
      variant({ arch: null }),
    ];
    const e = explainDevice(pkg, device('0.4.0-beta.10', 'x86_64', 8), null);
    expect(e.versions[0]!.expectedOrder).toEqual([2, 0]);
    expect(e.versions[0]!.variants[1]!.reasons).toEqual([
      { kind: 'ram', required: 64 * GiB, available: 8 * GiB },
    ]);
  });
});

describe('compatRange', () => {
  it('is what StartOS sends', () => {
    expect(compatRange('0.4.0-beta.10')).toBe('>=0.3.0:0 <=0.4.0-beta.10:0');
  });
});
