/**
 * @module
 * The metrics database (spec/registry-api.md §4.9) on SQLite compiled to WebAssembly (sql.js):
 * upstream's two tables and three indexes (registry/context.rs), its inserts (package/get.rs,
 * os/version/mod.rs) and its queries (registry/metrics.rs) — `after`/`before` compared with
 * the stored RFC 3339 strings as strings, null labels answered as `"unknown"`, counts as JSON
 * numbers. Ties in a count-ordered list are broken by label so answers are deterministic. One
 * index is ours (package and time together), so a per-package time series stays fast.
 * The whole database lives in the WASM heap; {@link MAX_METRIC_ROWS} bounds it.
 */
import initSqlJs, { type Database, type SqlValue, type Statement } from 'sql.js';
import type { CountEntry, MetricsDownloads, MetricsSummary, MetricsUsers, PackageVersionCount } from '../core/rpc/types.ts';

/** Most rows kept per table by default; past it the oldest tenth is dropped (upstream keeps every row). */
export const MAX_METRIC_ROWS = 2_000_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS user_activity (
  id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, server_id TEXT NOT NULL, arch TEXT, os_version TEXT);
CREATE TABLE IF NOT EXISTS package_request (
  id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, pkg_id TEXT NOT NULL, version TEXT);
CREATE INDEX IF NOT EXISTS idx_user_activity_created_at ON user_activity(created_at);
CREATE INDEX IF NOT EXISTS idx_package_request_created_at ON package_request(created_at);
CREATE INDEX IF NOT EXISTS idx_package_request_pkg_id ON package_request(pkg_id);
CREATE INDEX IF NOT EXISTS idx_package_request_pkg_id_created_at ON package_request(pkg_id, created_at);`;

export interface PackageRequestRow {
  createdAt: string;
  pkgId: string;
  version: string | null;
}

export interface UserActivityRow {
  createdAt: string;
  serverId: string;
  arch: string | null;
  osVersion: string | null;
}

export type MetricsTable = 'package_request' | 'user_activity';

/** Filters of `metrics.downloads`; `metrics.users` uses only the window. */
export interface MetricsFilter {
  pkgId?: string | null;
  version?: string | null;
  after?: string | null;
  before?: string | null;
}

let sqlJs: ReturnType<typeof initSqlJs> | undefined;

/** `WHERE …` and its parameters, in upstream's order (`pkg_id`, `version`, `after`, `before`). */
function where(f: MetricsFilter): [string, SqlValue[]] {
  const conds: string[] = [];
  const params: SqlValue[] = [];
  const add = (cond: string, value: string | null | undefined) => {
    if (value === undefined || value === null) return;
    conds.push(cond);
    params.push(value);
  };
  add('pkg_id = ?', f.pkgId);
  add('version = ?', f.version);
  add('created_at >= ?', f.after);
  add('created_at < ?', f.before);
  return [conds.length ? ` WHERE ${conds.join(' AND ')}` : '', params];
}

/** One SQLite database holding both metrics tables. */
export class MetricsDb {
  readonly #db: Database;
  readonly #rows: Record<MetricsTable, number>;
  readonly #maxRows: number;
  /** Prepared inserts, made on first use; sql.js frees every statement when it exports. */
  #inserts: Partial<Record<MetricsTable, Statement>> = {};

  private constructor(db: Database, maxRows: number) {
    this.#db = db;
    this.#maxRows = maxRows;
    db.exec(SCHEMA);
    this.#rows = { package_request: this.#count('package_request', ''), user_activity: this.#count('user_activity', '') };
  }

  /** Opens `image` (a saved database file), or a new empty database when it is null. */
  static async open(image: Uint8Array | null, opts: { maxRows?: number } = {}): Promise<MetricsDb> {
    sqlJs ??= initSqlJs();
    const SQL = await sqlJs;
    return new MetricsDb(new SQL.Database(image), opts.maxRows ?? MAX_METRIC_ROWS);
  }

  /** Rows held in `table`. */
  rows(table: MetricsTable): number {
    return this.#rows[table];
  }

  insertPackageRequest(r: PackageRequestRow): void {
    this.#insert('package_request', '(created_at, pkg_id, version) VALUES (?, ?, ?)', [r.createdAt, r.pkgId, r.version]);
  }

  insertUserActivity(r: UserActivityRow): void {
    this.#insert('user_activity', '(created_at, server_id, arch, os_version) VALUES (?, ?, ?, ?)', [r.createdAt, r.serverId, r.arch, r.osVersion]);
  }

  /** Runs `fill` in one transaction (bulk inserts: migration, seeding). */
  transaction(fill: () => void): void {
    this.#db.exec('BEGIN');
    try {
      fill();
      this.#db.exec('COMMIT');
    } catch (e) {
      this.#db.exec('ROLLBACK');
      throw e;
    }
  }

  /** `metrics.summary`. */
  summary(): MetricsSummary {
    const byLabel = (col: string) =>
      this.#entries(`SELECT COALESCE(${col}, 'unknown') AS label, COUNT(*) AS n FROM user_activity GROUP BY ${col} ORDER BY n DESC, label`, []);
    return {
      totalCheckins: this.#count('user_activity', ''),
      uniqueServers: this.#scalar('SELECT COUNT(DISTINCT server_id) FROM user_activity', []),
      totalPackageRequests: this.#count('package_request', ''),
      byArch: byLabel('arch'),
      byOsVersion: byLabel('os_version'),
    };
  }

  /** `metrics.users` over `after`/`before`. */
  users(f: MetricsFilter): MetricsUsers {
    const [w, params] = where({ after: f.after, before: f.before });
    return {
      uniqueServers: this.#scalar(`SELECT COUNT(DISTINCT server_id) FROM user_activity${w}`, params),
      totalCheckins: this.#scalar(`SELECT COUNT(*) FROM user_activity${w}`, params),
    };
  }

  /** `metrics.downloads` with its four filters. */
  downloads(f: MetricsFilter): MetricsDownloads {
    const [w, params] = where(f);
    const byPackageVersion: PackageVersionCount[] = [];
    const stmt = this.#db.prepare(
      `SELECT pkg_id, COALESCE(version, 'unknown') AS v, COUNT(*) AS n FROM package_request${w} GROUP BY pkg_id, version ORDER BY pkg_id, n DESC, v`,
    );
    try {
      stmt.bind(params);
      while (stmt.step()) {
        const [pkgId, version, count] = stmt.get();
        byPackageVersion.push({ pkgId: String(pkgId), version: String(version), count: Number(count) });
      }
    } finally {
      stmt.free();
    }
    return {
      totalRequests: this.#scalar(`SELECT COUNT(*) FROM package_request${w}`, params),
      byPackage: this.#entries(`SELECT pkg_id AS label, COUNT(*) AS n FROM package_request${w} GROUP BY pkg_id ORDER BY n DESC, label`, params),
      byPackageVersion,
    };
  }

  /** The database file's bytes (sql.js closes and reopens the database to take them). */
  export(): Uint8Array {
    this.#inserts = {};
    return this.#db.export();
  }

  close(): void {
    this.#inserts = {};
    this.#db.close();
  }

  #insert(table: MetricsTable, columnsAndValues: string, params: SqlValue[]): void {
    const stmt = (this.#inserts[table] ??= this.#db.prepare(`INSERT INTO ${table} ${columnsAndValues}`));
    stmt.run(params);
    this.#grew(table, 1);
  }

  /** Counts new rows; drops the oldest tenth of `table` once it holds more than the bound. */
  #grew(table: MetricsTable, n: number): void {
    this.#rows[table] += n;
    if (this.#rows[table] <= this.#maxRows) return;
    const drop = this.#rows[table] - Math.floor(this.#maxRows * 0.9);
    this.#db.run(`DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} ORDER BY id LIMIT ?)`, [drop]);
    this.#rows[table] -= drop;
  }

  #count(table: MetricsTable, w: string): number {
    return this.#scalar(`SELECT COUNT(*) FROM ${table}${w}`, []);
  }

  #scalar(sql: string, params: SqlValue[]): number {
    const [res] = this.#db.exec(sql, params);
    return Number(res?.values[0]?.[0] ?? 0);
  }

  #entries(sql: string, params: SqlValue[]): CountEntry[] {
    const [res] = this.#db.exec(sql, params);
    return (res?.values ?? []).map(([label, count]) => ({ label: String(label), count: Number(count) }));
  }
}
