/**
 * @module
 * A `db.apply` dry run (issue 17 item 2): the expression run on a `db.dump` value as the registry
 * would run it (apply-outcome.ts), and, when the registry would accept it, what would change —
 * the structural diff from the dump to what the registry would store — with the guard to send
 * (apply-guard.ts). Pure given the engine; the console runs it in a Web Worker.
 */
import { diffJson, type JsonChange } from '../json/json-diff.ts';
import { buildApplyGuard, type ApplyGuard, type GuardLimits } from './apply-guard.ts';
import { applyError, judgeApplyRun, type ApplyError, type FailedApply } from './apply-outcome.ts';
import { runJq } from './run-jq.ts';

export type DryRunResult =
  /** The registry would refuse the expression with `error`. */
  | { kind: 'refused'; outcome: FailedApply; error: ApplyError }
  | {
      kind: 'accepted';
      /** From the dump to what the registry would store. */
      changes: JsonChange[];
      /** Paths where the stored database differs from the expression's output: keys the model drops. */
      modelChanges: JsonChange[];
      guard: ApplyGuard;
    };

/** Dry-runs `expr` on `dump` (the whole database as `db.dump` returned it). */
export function dryRunApply(jq: Parameters<typeof runJq>[0], dump: unknown, expr: string, limits?: GuardLimits): DryRunResult {
  const outcome = judgeApplyRun(runJq(jq, dump, expr));
  if (outcome.kind !== 'ok') return { kind: 'refused', outcome, error: applyError(outcome) };
  const changes = diffJson(dump, outcome.stored);
  return {
    kind: 'accepted',
    changes,
    modelChanges: diffJson(outcome.output, outcome.stored),
    guard: buildApplyGuard(expr, dump, changes, limits),
  };
}
