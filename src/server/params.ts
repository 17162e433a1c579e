/**
 * @module
 * Parameter decoding with serde-like errors (spec §4.0): the core method table's params schema
 * decodes, and its first issue becomes -32602 "missing field `x`", "invalid type: …, expected …"
 * or "unknown variant …". Optional keys accept absent or null; unknown keys are dropped.
 */
import * as v from 'valibot';
import { invalidParams } from './rpc-error.ts';

export type Params = Record<string, unknown>;

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a sequence';
  if (typeof x === 'object') return 'a map';
  if (typeof x === 'string') return `string ${JSON.stringify(x)}`;
  return `${typeof x} \`${String(x)}\``;
}

/** What serde would say it expected, by valibot schema or action type. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  boolean: 'a boolean',
  number: 'u64',
  integer: 'u64',
  min_value: 'u64',
  object: 'a map',
  record: 'a map',
  custom: 'a map',
  array: 'a sequence',
  strict_tuple: 'a sequence of 2 elements',
};

type Issue = v.BaseIssue<unknown>;

function pathText(path: readonly v.IssuePathItem[]): string {
  return path
    .map((step, i) => (typeof step.key === 'number' ? `[${step.key}]` : `${i ? '.' : ''}${String(step.key)}`))
    .join('');
}

/** The serde-like text of one decoding issue (§4.0). */
export function serdeMessage(issue: Issue): string {
  const path = issue.path ?? [];
  const last = path.at(-1);
  const at = path.length > 0 ? ` for \`${pathText(path)}\`` : '';
  if (last?.type === 'object' && issue.input === undefined) {
    return `missing field \`${String(last.key)}\``;
  }
  if (issue.type === 'picklist') {
    const variants = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ');
    return `unknown variant \`${String(issue.input)}\`, expected one of ${variants.map((x) => `\`${x.replace(/"/g, '')}\``).join(', ')}${at}`;
  }
  if (issue.kind === 'validation' && issue.type === 'regex') return `${issue.message}${at}`;
  if (issue.type === 'union') return `data did not match any variant${at}`;
  const expected = EXPECTED[issue.type];
  if (expected !== undefined) return `invalid type: ${describe(issue.input)}, expected ${expected}${at}`;
  return `invalid value: ${describe(issue.input)}, expected ${issue.expected ?? issue.type}${at}`;
}

/**
 * Decodes `params` with a method's params schema.
 * @throws RpcError -32602 with the serde-like text of the first issue.
 */
export function decodeParams<S extends v.GenericSchema>(schema: S, params: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, params, { abortEarly: true });
  if (!r.success) throw invalidParams(serdeMessage(r.issues[0]));
  return r.output;
}

/** The params value must be a JSON object (-32602 otherwise). */
export function obj(x: unknown, key: string): Params {
  if (!isParams(x)) throw invalidParams(`invalid type: ${describe(x)}, expected a map for \`${key}\``);
  return x;
}

const isParams = (x: unknown): x is Params => x !== null && typeof x === 'object' && !Array.isArray(x);
