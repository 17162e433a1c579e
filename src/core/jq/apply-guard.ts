/**
 * @module
 * The guard that makes `db.apply` safe to send after a dry run (issue 17 item 2): `db.apply`
 * has no revision parameter, so the expression itself fails unless every path the dry run saw
 * change still holds what the dry run saw — `if <checks> then (EXPR) else error("changed since
 * the dry run") end`. Upstream runs jaq 0.10 (no `getpath`, no `try`), so each check is a
 * literal optional path collected in an array (jq-literal.ts), which never errors:
 * `([.["index"]?["name"]?] == ["Old"])`. When there are too many checks the changed paths are
 * cut to their ancestors at a shallower depth, each compared whole; see {@link buildApplyGuard}.
 */
import { jsonEqual, type JsonChange, type JsonPath } from '../json/json-diff.ts';
import { jqLiteral, jqPath } from './jq-literal.ts';

/** The error text of a guard that fails. */
export const GUARD_FAILURE = 'changed since the dry run';

export type GuardCheck =
  /** The value at `path` is `value` (for a null, with `present` beside it). */
  | { kind: 'equals'; path: JsonPath; value: unknown }
  /** The key or index at the end of `path` exists. */
  | { kind: 'present'; path: JsonPath }
  /** The parent of `path` is an object without its last key. */
  | { kind: 'absent'; path: JsonPath }
  /** The array at `path` has `length` items. */
  | { kind: 'length'; path: JsonPath; length: number };

export interface ApplyGuard {
  /** The guarded expression to send. */
  expr: string;
  checks: GuardCheck[];
  /** The depth the changed paths were cut to (ancestors compared whole), or null when each is checked itself. */
  collapsedTo: number | null;
}

export interface GuardLimits {
  maxChecks: number;
  maxChars: number;
}

export const DEFAULT_GUARD_LIMITS: GuardLimits = { maxChecks: 200, maxChars: 256 * 1024 };

const parentOf = (path: JsonPath) => path.slice(0, -1);
const isPrefix = (prefix: JsonPath, path: JsonPath) =>
  prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
/** The value a check inspects. */
const scopeOf = (c: GuardCheck) =>
  c.kind === 'present' || c.kind === 'absent' ? parentOf(c.path) : c.path;

/** The value at `path` in `doc` as the guard reads it: undefined where a step meets the wrong type. */
function lookup(doc: unknown, path: JsonPath): { value: unknown } | undefined {
  let at: unknown = doc;
  for (const step of path) {
    if (at === null) continue;
    if (typeof step === 'number' && Array.isArray(at)) at = step < at.length ? at[step] : null;
    else if (typeof step === 'string' && typeof at === 'object' && !Array.isArray(at))
      at = Object.hasOwn(at, step) ? Reflect.get(at, step) : null;
    else return undefined;
  }
  return { value: at };
}

function valueAt(doc: unknown, path: JsonPath): unknown {
  return lookup(doc, path)?.value;
}

function equalsCheck(doc: unknown, path: JsonPath): GuardCheck[] {
  const value = valueAt(doc, path);
  const equals: GuardCheck = { kind: 'equals', path, value };
  return value === null ? [equals, { kind: 'present', path }] : [equals];
}

/** The checks for one change, on the value the dry run started from. */
function checksOf(old: unknown, change: JsonChange): GuardCheck[] {
  const { path } = change;
  const last = path[path.length - 1];
  const arrayLength = (): GuardCheck[] => {
    const parent = valueAt(old, parentOf(path));
    return Array.isArray(parent)
      ? [{ kind: 'length', path: parentOf(path), length: parent.length }]
      : [];
  };
  if (change.op === 'add')
    return typeof last === 'number' ? arrayLength() : [{ kind: 'absent', path }];
  if (change.op === 'remove' && typeof last === 'number')
    return [...equalsCheck(old, path), ...arrayLength()];
  return equalsCheck(old, path);
}

const keyOf = (c: GuardCheck) => `${c.kind} ${JSON.stringify(c.path)}`;

/** Each check once, and none that an `equals` on one of its ancestors already covers. */
function minimal(checks: GuardCheck[]): GuardCheck[] {
  const unique = [...new Map(checks.map((c) => [keyOf(c), c])).values()];
  const wholes = unique.filter((c) => c.kind === 'equals');
  return unique.filter(
    (c) =>
      !wholes.some(
        (w) =>
          w !== c &&
          isPrefix(w.path, scopeOf(c)) &&
          (c.kind !== 'equals' || w.path.length < c.path.length),
      ),
  );
}

/** The checks for `changes` made to `old`, with paths cut to at most `depth` steps (null: not cut). */
export function guardChecks(
  old: unknown,
  changes: readonly JsonChange[],
  depth: number | null = null,
): GuardCheck[] {
  return minimal(
    changes.flatMap((change) => {
      if (depth === null || depth >= change.path.length) return checksOf(old, change);
      // An added path is not in `old`: its parent is the deepest ancestor there is.
      return equalsCheck(
        old,
        change.path.slice(0, Math.min(depth, change.op === 'add' ? change.path.length - 1 : depth)),
      );
    }),
  );
}

/** One check as a jq condition that yields exactly one boolean and never errors. */
function condition(c: GuardCheck): string {
  const last = c.path[c.path.length - 1];
  const parent = jqPath(parentOf(c.path));
  switch (c.kind) {
    case 'equals':
      return `([${jqPath(c.path)}] == [${jqLiteral(c.value)}])`;
    case 'length':
      return `([${jqPath(c.path)} | arrays | length] == [${c.length}])`;
    case 'present':
      return typeof last === 'number'
        ? `([${parent} | arrays | length > ${last}] == [true])`
        : `([${parent} | objects | has(${JSON.stringify(last)})] == [true])`;
    case 'absent':
      return `([${parent} | objects | has(${JSON.stringify(String(last))})] == [false])`;
  }
}

/** `expr` run only if every check holds, else the error {@link GUARD_FAILURE}. */
export function guardExpression(expr: string, checks: readonly GuardCheck[]): string {
  if (checks.length === 0) return expr;
  // Newlines keep a trailing `#` comment in `expr` from swallowing the rest.
  return `if ${checks.map(condition).join(' and ')} then (\n${expr}\n) else error(${JSON.stringify(GUARD_FAILURE)}) end`;
}

/**
 * Guards `expr`, whose dry run on `old` gave `changes`. Every changed path is checked on its own
 * unless that takes more than `limits` (checks or characters); then the paths are cut to the
 * deepest depth that fits, and each ancestor there must still equal what the dry run saw —
 * stricter (a change anywhere below one fails the apply) but short. If no depth fits, the
 * shortest guard found is used.
 */
export function buildApplyGuard(
  expr: string,
  old: unknown,
  changes: readonly JsonChange[],
  limits: GuardLimits = DEFAULT_GUARD_LIMITS,
): ApplyGuard {
  const fits = (g: ApplyGuard) =>
    g.checks.length <= limits.maxChecks && g.expr.length <= limits.maxChars;
  const make = (depth: number | null): ApplyGuard => {
    const checks = guardChecks(old, changes, depth);
    return { expr: guardExpression(expr, checks), checks, collapsedTo: depth };
  };
  let best = make(null);
  if (fits(best)) return best;
  const deepest = Math.max(0, ...changes.map((c) => c.path.length));
  for (let depth = deepest - 1; depth >= 0; depth--) {
    const guard = make(depth);
    if (fits(guard)) return guard;
    if (guard.expr.length < best.expr.length) best = guard;
  }
  return best;
}

/** The checks that no longer hold on `doc` — what changed since the dry run (none: the guard passes). */
export function failedChecks(doc: unknown, checks: readonly GuardCheck[]): GuardCheck[] {
  return checks.filter((c) => {
    const last = c.path[c.path.length - 1];
    switch (c.kind) {
      case 'equals': {
        const at = lookup(doc, c.path);
        return !at || !jsonEqual(at.value, c.value);
      }
      case 'length': {
        const at = valueAt(doc, c.path);
        return !Array.isArray(at) || at.length !== c.length;
      }
      case 'present':
      case 'absent': {
        const parent = valueAt(doc, parentOf(c.path));
        const has =
          typeof last === 'number'
            ? Array.isArray(parent) && last < parent.length
            : typeof parent === 'object' &&
              parent !== null &&
              !Array.isArray(parent) &&
              Object.hasOwn(parent, String(last));
        const fitting =
          typeof last === 'number'
            ? Array.isArray(parent)
            : typeof parent === 'object' && parent !== null && !Array.isArray(parent);
        return c.kind === 'present' ? !has : !fitting || has;
      }
    }
  });
}
