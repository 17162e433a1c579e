/**
 * @module
 * Rows of the line log an older stand-in kept instead of a database (`metrics.jsonl`): one JSON
 * object per line, `{"table":"package_request","pkgId","version","createdAt"}` or
 * `{"table":"user_activity","serverId","arch","osVersion","createdAt"}`. Read once, on the first
 * start with a database, into both tables.
 */
import type { PackageRequestRow, UserActivityRow } from './metrics-db.ts';

export type LegacyRow = ({ table: 'package_request' } & PackageRequestRow) | ({ table: 'user_activity' } & UserActivityRow);

const isText = (x: unknown): x is string => typeof x === 'string';
/** A string, or null for a missing or null field; undefined for anything else. */
const textOrNull = (x: unknown): string | null | undefined => (x === undefined || x === null ? null : typeof x === 'string' ? x : undefined);

/** The row one line holds, or null for a line that is not one (blank, cut short, unknown table). */
export function parseLegacyLine(line: string): LegacyRow | null {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof o !== 'object' || o === null) return null;
  const r: Record<string, unknown> = { ...o };
  if (!isText(r.createdAt)) return null;
  if (r.table === 'package_request') {
    const version = textOrNull(r.version);
    if (!isText(r.pkgId) || version === undefined) return null;
    return { table: 'package_request', createdAt: r.createdAt, pkgId: r.pkgId, version };
  }
  if (r.table === 'user_activity') {
    const arch = textOrNull(r.arch);
    const osVersion = textOrNull(r.osVersion);
    if (!isText(r.serverId) || arch === undefined || osVersion === undefined) return null;
    return { table: 'user_activity', createdAt: r.createdAt, serverId: r.serverId, arch, osVersion };
  }
  return null;
}
