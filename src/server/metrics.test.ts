// Issue 11 item 11: anonymous `package.get` with `targetVersion` cannot flood the metrics.
// Unknown ids are still counted (as upstream does); ids are checked against upstream's
// pattern and MAX_PACKAGE_ID_LENGTH before anything is recorded; memory holds no row list.
import { describe, expect, it } from 'vitest';
import { MAX_PACKAGE_ID_LENGTH } from './package-id.ts';
import { memoryLog, memoryPorts } from './ports.ts';
import { createHarness } from './testing/test-harness.ts';

async function setup() {
  const log = memoryLog();
  const h = await createHarness({ ports: { ...memoryPorts(), metrics: log } });
  const get = (id: string) => h.call('package.get', { id, targetVersion: '*', otherVersions: 'none' });
  return { h, log, get };
}

describe('package.get metrics', () => {
  it(`an id of ${MAX_PACKAGE_ID_LENGTH + 1} characters is -32602 and records nothing`, async () => {
    const { h, log, get } = await setup();
    const r = await get('a'.repeat(MAX_PACKAGE_ID_LENGTH + 1));
    expect(r.error).toEqual({ code: -32602, message: 'Invalid params', data: `Invalid ID: longer than ${MAX_PACKAGE_ID_LENGTH} characters (256) for \`id\`` });
    expect(log.lines).toEqual([]);
    expect(h.metrics.packageRequestCount).toBe(0);
  });

  it('an id off the package-id pattern is -32602 and records nothing', async () => {
    const { log, get } = await setup();
    for (const id of ['Bad', 'a--b', '-a', 'a_b', '']) expect((await get(id)).error?.code).toBe(-32602);
    expect(log.lines).toEqual([]);
  });

  it(`an unknown id of ${MAX_PACKAGE_ID_LENGTH} characters is counted with a null version`, async () => {
    const { h, log, get } = await setup();
    const id = 'b'.repeat(MAX_PACKAGE_ID_LENGTH);
    expect((await get(id)).result).toEqual({ categories: [], best: {} });
    expect(log.lines).toHaveLength(1);
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ table: 'package_request', pkgId: id, version: null });
    expect(h.metrics.lastPackageRequest).toMatchObject({ pkgId: id, version: null });
  });

  it('memory stays the same size however many rows are recorded', async () => {
    const { h, log, get } = await setup();
    await get('first');
    const one = JSON.stringify(h.metrics).length;
    for (let i = 0; i < 300; i++) await get(`id-${i}`.padEnd(200, 'x'));
    expect(log.lines).toHaveLength(301);
    expect(h.metrics.packageRequestCount).toBe(301);
    expect(JSON.stringify(h.metrics).length).toBeLessThan(one + 2 * MAX_PACKAGE_ID_LENGTH);
  });
});
