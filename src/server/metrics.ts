/**
 * @module
 * The download-metric side table (spec/registry-api.md §4.3 `package.get`, §4.9): one row per
 * `package.get` with both `id` and `targetVersion`. Kept in memory and appended to a line log
 * (on disk `<datadir>/metrics.jsonl`; upstream uses SQLite, which Node 20 lacks); `metrics.*`
 * methods arrive with a later issue.
 */
import type { LineLog } from './ports.ts';

export interface PackageRequestRow {
  pkgId: string;
  version: string | null;
  createdAt: string;
}

export class Metrics {
  readonly packageRequests: PackageRequestRow[] = [];
  readonly #log: LineLog;
  constructor(log: LineLog) {
    this.#log = log;
  }

  recordPackageRequest(pkgId: string, version: string | null, at: Date): void {
    // Upstream stores RFC 3339 with a +00:00 offset (§4.9).
    const row = { pkgId, version, createdAt: at.toISOString().replace('Z', '+00:00') };
    this.packageRequests.push(row);
    // Upstream only logs a failed metric insert; the call still succeeds.
    void this.#log.append(JSON.stringify({ table: 'package_request', ...row })).catch(() => undefined);
  }
}
