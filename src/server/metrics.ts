/**
 * @module
 * The download-metric side table (spec/registry-api.md §4.3 `package.get`, §4.9): one row per
 * `package.get` with both `id` and `targetVersion`, ids not in the index included (upstream
 * counts them too), and `user_activity` (§4.6), one row per `os.version.get` with a `serverId`
 * of at most 256 bytes and a known platform. Rows go only to a line log (on disk
 * `<datadir>/metrics.jsonl`; upstream uses SQLite, which Node 20 lacks); memory holds a count and the last row, never a list, so
 * anonymous callers cannot grow it (issue 11 item 11). `metrics.*` methods arrive later.
 */
import type { LineLog } from './ports.ts';

export interface PackageRequestRow {
  pkgId: string;
  version: string | null;
  createdAt: string;
}

export interface UserActivityRow {
  serverId: string;
  /** The platform (upstream's column name). */
  arch: string;
  osVersion: string | null;
  createdAt: string;
}

export class Metrics {
  /** Rows recorded since start. */
  packageRequestCount = 0;
  /** The most recent row, or null. */
  lastPackageRequest: PackageRequestRow | null = null;
  /** `user_activity` rows recorded since start. */
  userActivityCount = 0;
  /** The most recent `user_activity` row, or null. */
  lastUserActivity: UserActivityRow | null = null;
  readonly #log: LineLog;
  constructor(log: LineLog) {
    this.#log = log;
  }

  /** Records one row; `pkgId` must already be a valid id of at most `MAX_PACKAGE_ID_LENGTH` characters. */
  recordPackageRequest(pkgId: string, version: string | null, at: Date): void {
    // Upstream stores RFC 3339 with a +00:00 offset (§4.9).
    const row = { pkgId, version, createdAt: at.toISOString().replace('Z', '+00:00') };
    this.packageRequestCount += 1;
    this.lastPackageRequest = row;
    // Upstream only logs a failed metric insert; the call still succeeds.
    void this.#log.append(JSON.stringify({ table: 'package_request', ...row })).catch(() => undefined);
  }

  /** Records one device check-in; `serverId` must already be at most 256 UTF-8 bytes. */
  recordUserActivity(serverId: string, arch: string, osVersion: string | null, at: Date): void {
    const row = { serverId, arch, osVersion, createdAt: at.toISOString().replace('Z', '+00:00') };
    this.userActivityCount += 1;
    this.lastUserActivity = row;
    void this.#log.append(JSON.stringify({ table: 'user_activity', ...row })).catch(() => undefined);
  }
}
