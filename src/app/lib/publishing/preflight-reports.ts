/**
 * @module
 * Derives the pre-flight report of every pending file of a batch from the registry index and
 * the key's role (core/registry/preflight.ts), keyed by row id. Rows whose verification failed
 * never count, and finished rows are already in the index. A collision names the other rows
 * and files, so nothing downstream needs batch positions.
 */
import type { Authority } from '../../../core/registry/authority.ts';
import { preflightBatch, type PreflightReport, type Verdict } from '../../../core/registry/preflight.ts';
import type { PackageIndex } from '../../../core/rpc/types.ts';
import type { Role } from '../role.ts';
import type { InspectStep, VerifyStep } from './file-checks.ts';

/** What a report needs of a row (publish rows, and any later batch of files). */
export interface PreflightRow {
  id: number;
  file: { name: string };
  inspect: InspectStep;
  verify: Pick<VerifyStep, 'status'>;
  /** Whether the registry already added it. */
  add: { status: string };
}

/** A verdict about a row: a collision lists the rows (by id) and files it collides with. */
export type RowVerdict = Exclude<Verdict, { kind: 'collision' }> | { kind: 'collision'; rows: number[]; files: string[] };

export type RowReport = Omit<PreflightReport, 'verdict'> & { verdict: RowVerdict };

/** What the registry lets this key do, or null for roles that cannot publish at all. */
export function authorityOf(role: Role | undefined): Authority | null {
  if (role?.kind === 'admin') return { admin: true, scopes: role.scopes };
  if (role?.kind === 'signer') return { admin: false, scopes: role.scopes };
  return null;
}

type Pending<R extends PreflightRow> = R & { inspect: { status: 'ok' } };

/** Rows the registry may still see: inspected, not failed or cancelled, not yet added. */
export function pendingRows<R extends PreflightRow>(rows: readonly R[]): Pending<R>[] {
  return rows.filter(
    (r): r is Pending<R> => r.inspect.status === 'ok' && r.verify.status !== 'failed' && r.verify.status !== 'cancelled' && r.add.status !== 'done',
  );
}

/** Reports keyed by row id, in row order (earlier rows are published first). */
export function computeReports(rows: readonly PreflightRow[], index: PackageIndex | undefined, authority: Authority | null): Map<number, RowReport> {
  const out = new Map<number, RowReport>();
  if (!index || !authority) return out;
  const pending = pendingRows(rows);
  const reports = preflightBatch(index, authority, pending.map((r) => r.inspect.result));
  pending.forEach((r, i) => {
    const report = reports[i]!;
    const v = report.verdict;
    if (v.kind !== 'collision') return out.set(r.id, { ...report, verdict: v });
    const others = v.with.map((at) => pending[at]!);
    out.set(r.id, { ...report, verdict: { kind: 'collision', rows: others.map((o) => o.id), files: others.map((o) => o.file.name) } });
  });
  return out;
}
