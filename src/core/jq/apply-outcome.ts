/**
 * @module
 * What `db.apply` makes of one jq run (spec/registry-api.md §4.8; upstream `registry/db.rs`
 * `apply` and `util/serde.rs` `apply_expr`), shared by the stand-in and the console's dry run:
 * the one output checked against the database model, or the error the registry answers —
 * `38` for a parse or compile failure and for zero or several outputs, `12` for a runtime error
 * before the first output or a result the model refuses.
 */
import * as v from 'valibot';
import { RegistryDatabaseSchema, type RegistryDatabase } from '../rpc/schemas/registry.ts';
import type { JsonPath } from '../json/json-diff.ts';
import type { JqRun } from './run-jq.ts';

/** One reason the model refuses a result: where, and a required key missing or what it expected there. */
export type ModelIssue =
  | { path: JsonPath; missing: true }
  /** `expected` in valibot's words (`string`, `Array`, `"os"`…), null when it names none; `received` the value found. */
  | { path: JsonPath; missing: false; expected: string | null; received: string };

export type ApplyOutcome =
  | { kind: 'parse' | 'compile'; message: string }
  | { kind: 'no-results' | 'too-many' }
  | { kind: 'runtime-error'; message: string }
  | { kind: 'model-mismatch'; issues: ModelIssue[] }
  /** `stored` is what the registry would keep: the model's view of `output` (unknown keys dropped). */
  | { kind: 'ok'; output: unknown; stored: RegistryDatabase };

/** The registry's error kind and `details` text for a failed outcome, as the stand-in answers it. */
export interface ApplyError {
  code: 12 | 38;
  details: string;
}

/** The issues of a refused result, each with its path; at most `limit` of them. */
function modelIssues(issues: readonly v.BaseIssue<unknown>[], limit: number): ModelIssue[] {
  return issues.slice(0, limit).map((issue): ModelIssue => {
    const path = (issue.path ?? []).map((item) =>
      typeof item.key === 'number' ? item.key : String(item.key),
    );
    return issue.received === 'undefined'
      ? { path, missing: true }
      : { path, missing: false, expected: issue.expected, received: issue.received };
  });
}

/** Judges a run of the `db.apply` expression as the registry would (first issues only, up to `issueLimit`). */
export function judgeApplyRun(run: JqRun, issueLimit = 50): ApplyOutcome {
  if (run.kind !== 'ran') return run;
  // Upstream takes the first item, then asks for a second: an error first is a 12, anything
  // (value or error) after one value means too many.
  const [first, ...rest] = run.values;
  if (run.values.length === 0 && run.error !== null)
    return { kind: 'runtime-error', message: run.error };
  if (run.values.length === 0) return { kind: 'no-results' };
  if (rest.length > 0 || run.error !== null) return { kind: 'too-many' };
  // Upstream deserializes into `RegistryDatabase` and stores that typed value, so keys the
  // model does not know are dropped; the schema's output does the same.
  const parsed = v.safeParse(RegistryDatabaseSchema, first);
  if (!parsed.success)
    return { kind: 'model-mismatch', issues: modelIssues(parsed.issues, issueLimit) };
  return { kind: 'ok', output: first, stored: parsed.output };
}

/** An outcome the registry refuses. */
export type FailedApply = Exclude<ApplyOutcome, { kind: 'ok' }>;

/** The error the registry answers for a refused outcome. */
export function applyError(outcome: FailedApply): ApplyError {
  switch (outcome.kind) {
    case 'parse':
      return { code: 38, details: `Failed to parse expression: ${outcome.message}` };
    case 'compile':
      return { code: 38, details: `Failed to compile expression: ${outcome.message}` };
    case 'no-results':
      return { code: 38, details: 'expr returned no results' };
    case 'too-many':
      return { code: 38, details: 'expr returned too many results' };
    case 'runtime-error':
      return { code: 12, details: outcome.message };
    case 'model-mismatch':
      return { code: 12, details: 'result does not match database model' };
  }
}
