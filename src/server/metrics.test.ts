// Issue 11 item 11: anonymous `package.get` with `targetVersion` cannot flood the metrics.
// Unknown ids are still counted (as upstream does); ids are checked against upstream's
// pattern and MAX_PACKAGE_ID_LENGTH before anything is recorded; memory holds no row list,
// and the database keeps at most its row bound.
import { describe, expect, it } from 'vitest';
import { MAX_PACKAGE_ID_LENGTH } from './package-id.ts';
import { Metrics } from './metrics.ts';
import { memoryMetricsStorage, memoryPorts } from './ports.ts';
import { createHarness } from './testing/test-harness.ts';

async function setup() {
  const h = await createHarness({ ports: memoryPorts() });
  const get = (id: string) => h.call('package.get', { id, targetVersion: '*', otherVersions: 'none' });
  const total = () => h.metrics.downloads({}).totalRequests;
  return { h, get, total };
}

describe('package.get metrics', () => {
  it(`an id of ${MAX_PACKAGE_ID_LENGTH + 1} characters is -32602 and records nothing`, async () => {
    const { h, get, total } = await setup();
    const r = await get('a'.repeat(MAX_PACKAGE_ID_LENGTH + 1));
    expect(r.error).toEqual({ code: -32602, message: 'Invalid params', data: `Invalid ID: longer than ${MAX_PACKAGE_ID_LENGTH} characters (256) for \`id\`` });
    expect(total()).toBe(0);
    expect(h.metrics.packageRequestCount).toBe(0);
  });

  it('an id off the package-id pattern is -32602 and records nothing', async () => {
    const { get, total } = await setup();
    for (const id of ['Bad', 'a--b', '-a', 'a_b', '']) expect((await get(id)).error?.code).toBe(-32602);
    expect(total()).toBe(0);
  });

  it(`an unknown id of ${MAX_PACKAGE_ID_LENGTH} characters is counted with a null version`, async () => {
    const { h, get } = await setup();
    const id = 'b'.repeat(MAX_PACKAGE_ID_LENGTH);
    expect((await get(id)).result).toEqual({ categories: [], best: {} });
    expect(h.metrics.downloads({}).byPackageVersion).toEqual([{ pkgId: id, version: 'unknown', count: 1 }]);
    expect(h.metrics.lastPackageRequest).toMatchObject({ pkgId: id, version: null });
  });

  it('memory stays the same size however many rows are recorded', async () => {
    const { h, get, total } = await setup();
    await get('first');
    const one = JSON.stringify(h.metrics).length;
    for (let i = 0; i < 300; i++) await get(`id-${i}`.padEnd(200, 'x'));
    expect(total()).toBe(301);
    expect(h.metrics.packageRequestCount).toBe(301);
    expect(JSON.stringify(h.metrics).length).toBeLessThan(one + 2 * MAX_PACKAGE_ID_LENGTH);
  });

  it('the database drops its oldest tenth past the row bound', async () => {
    const m = await Metrics.open(memoryMetricsStorage(), { maxRows: 100, saveDelayMs: 0 });
    for (let i = 0; i < 101; i++) m.recordPackageRequest(`p${i}`, null, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    const left = m.downloads({});
    expect(left.totalRequests).toBe(90);
    expect(left.byPackage.map((e) => e.label)).not.toContain('p10');
    expect(left.byPackage.map((e) => e.label)).toContain('p11');
  });
});
