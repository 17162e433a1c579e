/**
 * @module
 * Derives the pre-flight report of every pending row from the registry index and the key's
 * role (core/registry/preflight.ts). Rows whose verification failed never count, and finished
 * rows are already in the index.
 */
import type { Authority } from '../../../core/registry/authority.ts';
import { preflightBatch, type PreflightReport } from '../../../core/registry/preflight.ts';
import type { PackageIndex } from '../../../core/rpc/types.ts';
import type { Role } from '../role.ts';
import type { PublishRow } from '../../features/publish/lib/publish-queue.ts';

/** What the registry lets this key do, or null for roles that cannot publish at all. */
export function authorityOf(role: Role | undefined): Authority | null {
  if (role?.kind === 'admin') return { admin: true, scopes: role.scopes };
  if (role?.kind === 'signer') return { admin: false, scopes: role.scopes };
  return null;
}

/** Rows the registry may still see: inspected, not failed or cancelled, not yet added. */
export function pendingRows(rows: readonly PublishRow[]): (PublishRow & { inspect: { status: 'ok' } })[] {
  return rows.filter(
    (r): r is PublishRow & { inspect: { status: 'ok' } } =>
      r.inspect.status === 'ok' && r.verify.status !== 'failed' && r.verify.status !== 'cancelled' && r.add.status !== 'done',
  );
}

/** Reports keyed by row id, in row order (earlier rows are published first). */
export function computeReports(rows: readonly PublishRow[], index: PackageIndex | undefined, authority: Authority | null): Map<number, PreflightReport> {
  const out = new Map<number, PreflightReport>();
  if (!index || !authority) return out;
  const pending = pendingRows(rows);
  const reports = preflightBatch(index, authority, pending.map((r) => r.inspect.result));
  pending.forEach((r, i) => out.set(r.id, reports[i]!));
  return out;
}
