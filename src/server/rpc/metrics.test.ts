// metrics.summary / users / downloads through the HTTP handler (spec/registry-api.md §4.9):
// every filter, `after`/`before` compared as strings, sorted lists, "unknown" labels, numbers,
// admin access, and the rows surviving a restart on the same storage.
import { describe, expect, it } from 'vitest';
import { memoryMetricsStorage, memoryPorts, type RegistryPorts } from '../ports.ts';
import { createHarness, type Harness } from '../testing/test-harness.ts';

const at = (iso: string) => `${iso}+00:00`;

async function seeded(ports: RegistryPorts = memoryPorts()): Promise<Harness> {
  const h = await createHarness({ ports });
  h.metrics.addRows({
    packageRequests: [
      { createdAt: at('2026-06-30T23:59:59.999'), pkgId: 'bitcoind', version: '27.0:0' },
      { createdAt: at('2026-07-01T00:00:00'), pkgId: 'bitcoind', version: '28.0:0' },
      { createdAt: at('2026-07-01T00:00:00.500'), pkgId: 'bitcoind', version: '28.0:0' },
      { createdAt: at('2026-07-02T10:00:00.000'), pkgId: 'lnd', version: '0.18.0:0' },
      { createdAt: at('2026-07-02T11:00:00.000'), pkgId: 'electrs', version: null },
      { createdAt: at('2026-07-03T00:00:00.000'), pkgId: 'lnd', version: '0.17.0:0' },
    ],
    userActivity: [
      { createdAt: at('2026-06-30T12:00:00.000'), serverId: 's1', arch: 'x86_64', osVersion: '0.3.6' },
      { createdAt: at('2026-07-01T12:00:00.000'), serverId: 's1', arch: 'x86_64', osVersion: '0.4.0' },
      { createdAt: at('2026-07-01T13:00:00.000'), serverId: 's2', arch: 'aarch64', osVersion: '0.4.0' },
      { createdAt: at('2026-07-02T13:00:00.000'), serverId: 's3', arch: 'riscv64', osVersion: null },
    ],
  });
  return h;
}

describe('metrics.* through the handler', () => {
  it('metrics.summary: totals, lists by count then label, null as "unknown", plain numbers', async () => {
    const h = await seeded();
    const raw = await h.call('metrics.summary', {}, { key: h.admin });
    expect(raw.result).toEqual({
      totalCheckins: 4,
      uniqueServers: 3,
      totalPackageRequests: 6,
      byArch: [
        { label: 'x86_64', count: 2 },
        { label: 'aarch64', count: 1 },
        { label: 'riscv64', count: 1 },
      ],
      byOsVersion: [
        { label: '0.4.0', count: 2 },
        { label: '0.3.6', count: 1 },
        { label: 'unknown', count: 1 },
      ],
    });
  });

  it('metrics.users: after is inclusive, before exclusive, servers counted once', async () => {
    const h = await seeded();
    const users = (p: { after?: string; before?: string }) => h.ok('metrics.users', p, { key: h.admin });
    expect(await users({})).toEqual({ uniqueServers: 3, totalCheckins: 4 });
    expect(await users({ after: at('2026-07-01T12:00:00.000') })).toEqual({ uniqueServers: 3, totalCheckins: 3 });
    expect(await users({ after: '2026-07-01', before: '2026-07-02' })).toEqual({ uniqueServers: 2, totalCheckins: 2 });
    expect(await users({ before: at('2026-07-01T12:00:00.000') })).toEqual({ uniqueServers: 1, totalCheckins: 1 });
  });

  it('metrics.downloads: byPackage by count, byPackageVersion by package then count', async () => {
    const h = await seeded();
    expect(await h.ok('metrics.downloads', {}, { key: h.admin })).toEqual({
      totalRequests: 6,
      byPackage: [
        { label: 'bitcoind', count: 3 },
        { label: 'lnd', count: 2 },
        { label: 'electrs', count: 1 },
      ],
      byPackageVersion: [
        { pkgId: 'bitcoind', version: '28.0:0', count: 2 },
        { pkgId: 'bitcoind', version: '27.0:0', count: 1 },
        { pkgId: 'electrs', version: 'unknown', count: 1 },
        { pkgId: 'lnd', version: '0.17.0:0', count: 1 },
        { pkgId: 'lnd', version: '0.18.0:0', count: 1 },
      ],
    });
  });

  it('metrics.downloads filters by pkgId, version, after and before together', async () => {
    const h = await seeded();
    const total = async (p: Record<string, string>) => (await h.ok('metrics.downloads', p, { key: h.admin })).totalRequests;
    expect(await total({ pkgId: 'bitcoind' })).toBe(3);
    expect(await total({ pkgId: 'bitcoind', version: '28.0:0' })).toBe(2);
    expect(await total({ version: '0.17.0:0' })).toBe(1);
    expect(await total({ pkgId: 'nobody' })).toBe(0);
    // "unknown" is a label in answers, not a stored version: no row matches it.
    expect(await total({ version: 'unknown' })).toBe(0);
    expect(await total({ pkgId: 'lnd', after: '2026-07-02', before: '2026-07-03' })).toBe(1);
    const empty = await h.ok('metrics.downloads', { pkgId: 'nobody' }, { key: h.admin });
    expect(empty).toEqual({ totalRequests: 0, byPackage: [], byPackageVersion: [] });
  });

  it('compares after/before with the stored text as strings, not as instants', async () => {
    const h = await seeded();
    const total = async (p: Record<string, string>) => (await h.ok('metrics.downloads', p, { key: h.admin })).totalRequests;
    // The same instant written with `Z` sorts after every `+00:00` row of that second ('Z' > '.' > '+').
    expect(await total({ pkgId: 'bitcoind', after: at('2026-07-01T00:00:00') })).toBe(2);
    expect(await total({ pkgId: 'bitcoind', after: '2026-07-01T00:00:00Z' })).toBe(0);
    // A date prefix sorts before every timestamp of that day.
    expect(await total({ pkgId: 'bitcoind', after: '2026-07-01' })).toBe(2);
    expect(await total({ pkgId: 'bitcoind', before: '2026-07-01' })).toBe(1);
    // A whole second without fraction sorts before the same second with one ('+' < '.').
    expect(await total({ pkgId: 'bitcoind', before: at('2026-07-01T00:00:00.000') })).toBe(2);
    // Not a time at all still compares: every digit sorts before 'x'.
    expect(await total({ before: 'x' })).toBe(6);
  });

  it('records package.get with targetVersion at the registry clock, and answers only admins', async () => {
    const h = await createHarness();
    h.clock.ms = Date.UTC(2026, 7, 9, 8, 7, 6, 5);
    await h.ok('package.get', { id: 'ghost', targetVersion: '*' });
    await h.ok('package.get', { id: 'ghost' });
    expect(h.metrics.lastPackageRequest).toEqual({ pkgId: 'ghost', version: null, createdAt: '2026-08-09T08:07:06.005+00:00' });
    const window = { after: '2026-08-09T08:07:06.005+00:00', before: '2026-08-09T08:07:06.006+00:00' };
    expect((await h.ok('metrics.downloads', window, { key: h.admin })).totalRequests).toBe(1);
    for (const m of ['metrics.summary', 'metrics.users', 'metrics.downloads']) expect((await h.call(m, {})).error?.code).toBe(34);
  });

  it('keeps every row across a restart on the same storage', async () => {
    const ports = { ...memoryPorts(), metrics: memoryMetricsStorage() };
    const first = await seeded(ports);
    const before = await first.ok('metrics.summary', {}, { key: first.admin });
    await first.metrics.flush();
    expect(ports.metrics.image).not.toBeNull();
    const second = await createHarness({ ports });
    expect(await second.ok('metrics.summary', {}, { key: second.admin })).toEqual(before);
    expect((await second.ok('metrics.downloads', { pkgId: 'lnd' }, { key: second.admin })).totalRequests).toBe(2);
  });
});
