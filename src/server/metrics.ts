/**
 * @module
 * The registry's metrics (spec/registry-api.md §4.9) over the metrics storage port: rows from
 * `package.get` with `id` and `targetVersion` (§4.3; ids not in the index included, as upstream
 * counts them) and from `os.version.get` with `serverId` (§4.6) go to a SQLite database
 * (metrics-db.ts), which answers `metrics.*`; memory outside it holds counts and the last rows. The database file is saved whole and atomically a
 * moment after a change ({@link MetricsOptions.saveDelayMs}) and on {@link Metrics.flush}, so a
 * crash loses at most that moment's rows; upstream writes each row to SQLite on disk. On first
 * start the older line log (`metrics.jsonl`) is migrated into both tables.
 */
import { MetricsDb, type MetricsFilter, type PackageRequestRow, type UserActivityRow } from './metrics-db.ts';
import { parseLegacyLine } from './metrics-legacy.ts';
import type { MetricsStorage } from './ports.ts';
import type { MetricsDownloads, MetricsSummary, MetricsUsers } from '../core/rpc/types.ts';

export type { PackageRequestRow, UserActivityRow } from './metrics-db.ts';

export interface MetricsOptions {
  /** Wait after a change before saving the file (default 2 s); 0 saves only on flush. */
  saveDelayMs?: number;
  /** Rows kept per table (metrics-db.ts `MAX_METRIC_ROWS`). */
  maxRows?: number;
}

/** Upstream stores `Utc::now().to_rfc3339()`: RFC 3339 with a `+00:00` offset (§4.9). */
export function metricsTimestamp(at: Date): string {
  return at.toISOString().replace('Z', '+00:00');
}

export class Metrics {
  /** Package requests recorded since start. */
  packageRequestCount = 0;
  /** The most recent package request, or null. */
  lastPackageRequest: PackageRequestRow | null = null;
  /** OS update checks (`user_activity` rows) recorded since start. */
  userActivityCount = 0;
  /** The most recent OS update check, or null. */
  lastUserActivity: UserActivityRow | null = null;
  readonly #db: MetricsDb;
  readonly #storage: MetricsStorage;
  readonly #delay: number;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #saving: Promise<void> = Promise.resolve();

  private constructor(db: MetricsDb, storage: MetricsStorage, delay: number) {
    this.#db = db;
    this.#storage = storage;
    this.#delay = delay;
  }

  /** Opens the saved database, or creates one holding the older line log's rows. */
  static async open(storage: MetricsStorage, opts: MetricsOptions = {}): Promise<Metrics> {
    const image = await storage.load();
    const db = await MetricsDb.open(image, { maxRows: opts.maxRows });
    const metrics = new Metrics(db, storage, opts.saveDelayMs ?? 2_000);
    if (image === null) await metrics.#migrate();
    return metrics;
  }

  /** Records a package request; `pkgId` must already be a valid id of at most `MAX_PACKAGE_ID_LENGTH` characters. */
  recordPackageRequest(pkgId: string, version: string | null, at: Date): void {
    const row = { pkgId, version, createdAt: metricsTimestamp(at) };
    this.packageRequestCount += 1;
    this.lastPackageRequest = row;
    this.#db.insertPackageRequest(row);
    this.#changed();
  }

  /** Records an OS update check (`os.version.get`; `serverId` must already be at most 256 UTF-8 bytes). */
  recordUserActivity(serverId: string, arch: string | null, osVersion: string | null, at: Date): void {
    const row = { serverId, arch, osVersion, createdAt: metricsTimestamp(at) };
    this.userActivityCount += 1;
    this.lastUserActivity = row;
    this.#db.insertUserActivity(row);
    this.#changed();
  }

  /** Adds many rows in one transaction (seeding). */
  addRows(rows: { packageRequests?: Iterable<PackageRequestRow>; userActivity?: Iterable<UserActivityRow> }): void {
    this.#db.transaction(() => {
      for (const r of rows.packageRequests ?? []) this.#db.insertPackageRequest(r);
      for (const r of rows.userActivity ?? []) this.#db.insertUserActivity(r);
    });
    this.#changed();
  }

  summary(): MetricsSummary {
    return this.#db.summary();
  }

  users(f: MetricsFilter): MetricsUsers {
    return this.#db.users(f);
  }

  downloads(f: MetricsFilter): MetricsDownloads {
    return this.#db.downloads(f);
  }

  /** Saves pending rows now; resolves once the file is durable. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#save();
  }

  async #migrate(): Promise<void> {
    let batch: string[] = [];
    const apply = () => {
      const lines = batch;
      batch = [];
      this.#db.transaction(() => {
        for (const line of lines) {
          const row = parseLegacyLine(line);
          if (row?.table === 'package_request') this.#db.insertPackageRequest(row);
          else if (row?.table === 'user_activity') this.#db.insertUserActivity(row);
        }
      });
    };
    for await (const line of this.#storage.legacyLines()) {
      batch.push(line);
      if (batch.length >= 10_000) apply();
    }
    apply();
    this.#dirty = true;
    await this.flush();
    await this.#storage.retireLegacy();
  }

  #changed(): void {
    this.#dirty = true;
    if (this.#timer || this.#delay <= 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      // A failed save leaves the rows dirty for the next one; upstream also only logs failures.
      this.#save().catch(() => undefined);
    }, this.#delay);
    this.#timer.unref?.();
  }

  /** Saves one at a time; a change during a save is saved by the next. */
  #save(): Promise<void> {
    this.#saving = this.#saving.catch(() => undefined).then(async () => {
      if (!this.#dirty) return;
      this.#dirty = false;
      try {
        await this.#storage.save(this.#db.export());
      } catch (e) {
        this.#dirty = true;
        throw e;
      }
    });
    return this.#saving;
  }
}
