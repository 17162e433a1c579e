// os.version.get through the HTTP handler (spec/registry-api.md §4.6, §6): parameter and
// device-info filtering, the alpha.17 shim, and the bounded user_activity metric.
import { describe, expect, it } from 'vitest';
import type { DeviceInfo } from '../../core/rpc/types.ts';
import { memoryPorts } from '../ports.ts';
import { addAsset, addRelease, image } from '../testing/os-harness.ts';
import { createHarness, type Harness } from '../testing/test-harness.ts';

const device = (version: string, platform = 'x86_64'): DeviceInfo => ({
  os: { version, compat: `>=0.3.0:0 <=${version}:0`, platform },
});

/** Releases 0.3.6 (from 0.3.5 up), 0.4.0 (from 0.3.6 up), 0.4.1 (from 0.4.0 up, aarch64 only). */
async function setup(h?: Harness) {
  h ??= await createHarness();
  const img = image(64);
  const asset = (version: string, platform: string, kind: 'squashfs' | 'iso' = 'squashfs') =>
    addAsset(h, h.admin, kind, { version, platform, url: `https://a.test/${version}/${platform}.${kind}`, commitment: img.commitment });
  await addRelease(h, '0.3.6', '>=0.3.5');
  await addRelease(h, '0.4.0', '>=0.3.6');
  await addRelease(h, '0.4.1', '>=0.4.0');
  await asset('0.3.6', 'x86_64');
  await asset('0.4.0', 'x86_64');
  await asset('0.4.0', 'aarch64');
  await asset('0.4.1', 'aarch64');
  await asset('0.4.1', 'x86_64', 'iso'); // an ISO alone does not offer a platform
  return h;
}

/** Versions offered; `call`, since devices at or below 0.4.0-alpha.17 get an extra `url` key. */
async function keys(h: Harness, params: Record<string, unknown>, deviceInfo?: DeviceInfo) {
  const r = await h.call('os.version.get', params, { deviceInfo });
  expect(r.error).toBeUndefined();
  return Object.keys(r.result ?? {});
}

describe('os.version.get', () => {
  it('without filters answers every release', async () => {
    const h = await setup();
    expect(await keys(h, {})).toEqual(['0.3.6', '0.4.0', '0.4.1']);
    expect(await h.ok('os.version.get', {})).toEqual((await h.ok('os.index', {})).versions);
  });

  it('filters by squashfs platform, targetVersion and sourceVersion', async () => {
    const h = await setup();
    expect(await keys(h, { platform: 'x86_64' })).toEqual(['0.3.6', '0.4.0']);
    expect(await keys(h, { platform: 'aarch64' })).toEqual(['0.4.0', '0.4.1']);
    expect(await keys(h, { platform: 'riscv64' })).toEqual([]);
    expect(await keys(h, { targetVersion: '>=0.4.0' })).toEqual(['0.4.0', '0.4.1']);
    expect(await keys(h, { sourceVersion: '0.3.6' })).toEqual(['0.3.6', '0.4.0']);
    expect(await keys(h, { sourceVersion: '0.3.5', platform: 'aarch64' })).toEqual([]);
  });

  it('takes the source version and platform from the device-info header', async () => {
    const h = await setup();
    expect(await keys(h, {}, device('0.3.6'))).toEqual(['0.3.6', '0.4.0']);
    expect(await keys(h, {}, device('0.4.0', 'aarch64'))).toEqual(['0.4.0', '0.4.1']);
    expect(await keys(h, { platform: 'aarch64' }, device('0.3.6'))).toEqual(['0.4.0']);
  });

  it('drops releases the header version may not upgrade to, even with an explicit sourceVersion', async () => {
    const h = await setup();
    // 0.4.1 admits 0.4.0 as source, but the device reports 0.3.6.
    expect(await keys(h, { sourceVersion: '0.4.0', platform: 'aarch64' }, device('0.3.6'))).toEqual(['0.4.0']);
    expect(await keys(h, { sourceVersion: '0.4.0', platform: 'aarch64' })).toEqual(['0.4.0', '0.4.1']);
    // An explicit source of 0.3.5 alone would exclude 0.4.0; the header does not widen it.
    expect(await keys(h, { sourceVersion: '0.3.5' }, device('0.3.6'))).toEqual(['0.3.6']);
  });

  it('gives each asset `url` = its first URL for devices at or below 0.4.0-alpha.17', async () => {
    const h = await setup();
    const legacy = await h.call('os.version.get', {}, { deviceInfo: device('0.3.5.1') });
    expect(legacy.result).toMatchObject({ '0.3.6': { squashfs: { x86_64: { url: 'https://a.test/0.3.6/x86_64.squashfs', urls: ['https://a.test/0.3.6/x86_64.squashfs'] } } } });
    const current = await h.call('os.version.get', {}, { deviceInfo: device('0.4.0-alpha.18') });
    expect(JSON.stringify(current.result)).not.toContain('"url"');
  });

  it('rejects bad parameters with -32602 and a bad header before anything else', async () => {
    const h = await setup();
    expect((await h.call('os.version.get', { sourceVersion: '0.3.6:0' })).error?.code).toBe(-32602);
    expect((await h.call('os.version.get', { targetVersion: '>=>' })).error?.code).toBe(-32602);
    expect((await h.call('os.version.get', { platform: 7 })).error?.code).toBe(-32602);
    const bad = await h.call('os.version.get', {}, { headers: { 'X-StartOS-Device-Info': 'os.version=zz&os.compat=*&os.platform=x86_64' } });
    expect(bad.error?.code).toBe(14);
    const missing = await h.call('os.version.get', {}, { headers: { 'X-StartOS-Device-Info': 'os.version=0.4.0&os.platform=x86_64' } });
    expect(missing.error).toMatchObject({ code: 6, data: { details: 'os.compat' } });
  });
});

describe('os.version.get user_activity', () => {
  async function withMetrics() {
    const h = await setup(await createHarness({ ports: memoryPorts() }));
    h.clock.ms = Date.parse('2026-12-05T12:00:00Z');
    const checkins = () => h.metrics.users({}).totalCheckins;
    return { h, checkins };
  }

  it('records serverId, platform and source version when serverId and a platform are known', async () => {
    const { h } = await withMetrics();
    await keys(h, { serverId: 'srv-1' }, device('0.3.6'));
    await keys(h, { serverId: 'srv-2', platform: 'aarch64' });
    await keys(h, { serverId: 'srv-3', platform: 'x86_64', sourceVersion: '0.3.5' }, device('0.3.6', 'aarch64'));
    expect(await h.ok('metrics.summary', {}, { key: h.admin })).toEqual({
      totalCheckins: 3,
      uniqueServers: 3,
      totalPackageRequests: 0,
      byArch: [
        { label: 'x86_64', count: 2 },
        { label: 'aarch64', count: 1 },
      ],
      byOsVersion: [
        { label: '0.3.5', count: 1 },
        { label: '0.3.6', count: 1 },
        { label: 'unknown', count: 1 },
      ],
    });
    const at = { after: '2026-12-05T12:00:00.000+00:00', before: '2026-12-05T12:00:00.001+00:00' };
    expect(await h.ok('metrics.users', at, { key: h.admin })).toEqual({ uniqueServers: 3, totalCheckins: 3 });
    expect(h.metrics.userActivityCount).toBe(3);
    expect(h.metrics.lastUserActivity).toEqual({ serverId: 'srv-3', arch: 'x86_64', osVersion: '0.3.5', createdAt: '2026-12-05T12:00:00.000+00:00' });
  });

  it('records nothing without a serverId, without a platform, or for a serverId over 256 bytes', async () => {
    const { h, checkins } = await withMetrics();
    await h.ok('os.version.get', { platform: 'x86_64' });
    await h.ok('os.version.get', { serverId: 'srv-1' });
    await h.ok('os.version.get', { serverId: 'é'.repeat(129), platform: 'x86_64' }); // 258 bytes
    expect(checkins()).toBe(0);
    await h.ok('os.version.get', { serverId: 'x'.repeat(256), platform: 'x86_64' });
    expect(checkins()).toBe(1);
  });

  it('keeps memory bounded however many devices check in', async () => {
    const { h, checkins } = await withMetrics();
    await h.ok('os.version.get', { serverId: 'first', platform: 'x86_64' });
    const one = JSON.stringify(h.metrics).length;
    for (let i = 0; i < 200; i++) await h.ok('os.version.get', { serverId: `srv-${i}`.padEnd(250, 'x'), platform: 'x86_64' });
    expect(checkins()).toBe(201);
    expect(JSON.stringify(h.metrics).length).toBeLessThan(one + 2 * 256);
  });
});
