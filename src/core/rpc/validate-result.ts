/**
 * @module
 * Checks a registry's answer against the method table's result schema before anything uses it
 * (issue 11, item 6): a hostile or broken registry gets a precise `RPC_BAD_RESPONSE` naming the
 * method and the first bad field, not a crash deep inside the UI. As lenient as upstream's UI:
 * unknown extra keys pass (and are dropped), missing required keys fail.
 */
import * as v from 'valibot';
import { CoreError } from '../errors.ts';
import { METHODS, type MethodName, type ParamsOf, type ResultOf } from './methods.ts';
import { packageGetResultSchema } from './schemas/package-get.ts';

/** The schema an answer to `method` called with `params` must match. */
export function resultSchemaFor(method: MethodName, params: object): v.GenericSchema {
  if (method === 'package.get') return packageGetResultSchema(params as ParamsOf<'package.get'>);
  return METHODS[method].result;
}

/**
 * The validated result (unknown keys dropped, `__proto__`-like keys kept as data).
 * @throws CoreError `RPC_BAD_RESPONSE` with `detail: { method, path, expected, received }`.
 */
export function validateResult<M extends MethodName>(method: M, params: ParamsOf<M>, value: unknown): ResultOf<M> {
  const r = v.safeParse(resultSchemaFor(method, params), value, { abortEarly: true });
  if (r.success) return r.output as ResultOf<M>;
  const issue = r.issues[0];
  const path = v.getDotPath(issue) ?? '';
  const missing = issue.received === 'undefined';
  const expected = missing ? 'a value' : (issue.expected ?? issue.type);
  const at = path === '' ? 'the result' : path;
  const problem = missing ? 'missing' : `expected ${expected}, got ${issue.received}`;
  throw new CoreError('RPC_BAD_RESPONSE', `${method}: bad answer: ${at}: ${problem}`, {
    method,
    path,
    expected,
    received: issue.received,
  });
}
