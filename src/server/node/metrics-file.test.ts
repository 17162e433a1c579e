// The metrics database on disk: saved whole and atomically as metrics.db, reopened after a
// restart, and the older metrics.jsonl migrated once into both tables.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Metrics } from '../metrics.ts';
import { metricsFile } from './metrics-file.ts';

const newDir = () => join(mkdtempSync(join(tmpdir(), 'rc-metrics-')), 'data');

describe('metricsFile', () => {
  it('creates metrics.db, replaces it whole, and reopens it after a restart', async () => {
    const dir = newDir();
    const first = await Metrics.open(metricsFile(dir), { saveDelayMs: 0 });
    expect(readdirSync(dir)).toEqual(['metrics.db']);
    first.recordPackageRequest('bitcoind', '28.0:0', new Date('2026-07-01T00:00:00Z'));
    first.recordUserActivity('server-1', 'x86_64', '0.4.0', new Date('2026-07-01T00:00:01Z'));
    await first.flush();
    first.recordPackageRequest('bitcoind', null, new Date('2026-07-02T00:00:00Z'));
    await first.flush();
    expect(readdirSync(dir)).toEqual(['metrics.db']);
    const second = await Metrics.open(metricsFile(dir));
    expect(second.downloads({ pkgId: 'bitcoind' }).byPackageVersion).toEqual([
      { pkgId: 'bitcoind', version: '28.0:0', count: 1 },
      { pkgId: 'bitcoind', version: 'unknown', count: 1 },
    ]);
    expect(second.users({})).toEqual({ uniqueServers: 1, totalCheckins: 1 });
  });

  it('migrates metrics.jsonl once, into both tables, skipping lines that are not rows', async () => {
    const dir = newDir();
    await metricsFile(dir).load();
    const lines = [
      { table: 'package_request', pkgId: 'lnd', version: '0.18.0:0', createdAt: '2026-07-01T10:00:00.000+00:00' },
      { table: 'package_request', pkgId: 'ghost', version: null, createdAt: '2026-07-01T11:00:00.000+00:00' },
      { table: 'user_activity', serverId: 's1', arch: 'aarch64', osVersion: null, createdAt: '2026-07-01T12:00:00.000+00:00' },
      { table: 'user_activity', serverId: 's2', arch: 'x86_64', osVersion: '0.4.0', createdAt: '2026-07-01T12:30:00.000+00:00' },
      { table: 'elsewhere', createdAt: '2026-07-01T12:30:00.000+00:00' },
      { table: 'package_request', pkgId: 7, createdAt: '2026-07-01T12:30:00.000+00:00' },
    ].map((r) => JSON.stringify(r));
    writeFileSync(join(dir, 'metrics.jsonl'), `${lines.join('\n')}\n{"table":"package_req`);
    const m = await Metrics.open(metricsFile(dir));
    expect(m.summary()).toEqual({
      totalCheckins: 2,
      uniqueServers: 2,
      totalPackageRequests: 2,
      byArch: [
        { label: 'aarch64', count: 1 },
        { label: 'x86_64', count: 1 },
      ],
      byOsVersion: [
        { label: '0.4.0', count: 1 },
        { label: 'unknown', count: 1 },
      ],
    });
    expect(existsSync(join(dir, 'metrics.jsonl'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['metrics.db', 'metrics.jsonl.migrated']);
    // A second start reads the database, not the set-aside log.
    writeFileSync(join(dir, 'metrics.jsonl'), `${lines[0]}\n`);
    expect((await Metrics.open(metricsFile(dir))).downloads({}).totalRequests).toBe(2);
  });
});
