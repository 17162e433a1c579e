import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.ts';
import { memoryLog, memoryMetricsStorage, memoryPorts, memoryStorage } from './ports.ts';
import { createHarness, newKey } from './testing/test-harness.ts';

describe('registry ports', () => {
  it('keeps the database, audit log and metrics in the given ports (no disk)', async () => {
    const storage = memoryStorage();
    const audit = memoryLog();
    const metrics = memoryMetricsStorage();
    const h = await createHarness({ ports: { storage, audit, metrics } });
    await h.ok('info.set-name', { name: 'Ported' }, { key: h.admin });
    expect(JSON.parse(storage.text ?? 'null')).toMatchObject({ db: { index: { name: 'Ported' } } });

    expect(audit.lines).toHaveLength(1);
    expect(JSON.parse(audit.lines[0]!)).toMatchObject({
      name: 'Administrator',
      request: { method: 'info.set-name', params: { name: 'Ported' } },
      key: h.admin.pem,
    });
    expect(JSON.parse(audit.lines[0]!).timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    await h.ok('info', {});
    await h.call('admin.list', {}, { key: newKey() });
    expect(audit.lines).toHaveLength(1);

    await h.ok('package.get', { id: 'nothing', targetVersion: '*' });
    await h.metrics.flush();
    const saved = await Metrics.open(metrics);
    expect(saved.downloads({}).byPackageVersion).toEqual([{ pkgId: 'nothing', version: 'unknown', count: 1 }]);
  });

  it('a failing audit log does not fail the call', async () => {
    const ports = { ...memoryPorts(), audit: { append: () => Promise.reject(new Error('disk full')) } };
    const h = await createHarness({ ports });
    const r = await h.call('admin.list', {}, { key: h.admin });
    expect(r.error).toBeUndefined();
    expect(Object.keys(r.result ?? {})).toEqual([h.adminGuid]);
  });
});
