/**
 * @module
 * Parameter decoding with serde-like errors: a missing required key is
 * -32602 "missing field `x`", a wrong type "invalid type: …, expected …" (spec §4.0).
 * Optional keys accept absent or null.
 */
import { invalidParams } from './rpc-error.ts';

export type Params = Record<string, unknown>;
type Check<T> = (value: unknown, key: string) => T;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a sequence';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `string ${JSON.stringify(v)}`;
  return `${typeof v} \`${String(v)}\``;
}

const typed =
  <T>(expected: string, ok: (v: unknown) => boolean): Check<T> =>
  (v, key) => {
    if (!ok(v)) throw invalidParams(`invalid type: ${describe(v)}, expected ${expected} for \`${key}\``);
    return v as T;
  };

export const str = typed<string>('a string', (v) => typeof v === 'string');
export const bool = typed<boolean>('a boolean', (v) => typeof v === 'boolean');
export const u64 = typed<number>('u64', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0);
export const obj = typed<Params>('a map', (v) => v !== null && typeof v === 'object' && !Array.isArray(v));
export const any: Check<unknown> = (v) => v;

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (v, key) => {
    if (!Array.isArray(v)) throw invalidParams(`invalid type: ${describe(v)}, expected a sequence for \`${key}\``);
    return v.map((x, i) => item(x, `${key}[${i}]`));
  };
}

/** A required key (present and non-null). */
export function required<T>(p: Params, key: string, check: Check<T>): T {
  const v = p[key];
  if (v === undefined || v === null) throw invalidParams(`missing field \`${key}\``);
  return check(v, key);
}

/** An optional key: absent or null → undefined. */
export function optional<T>(p: Params, key: string, check: Check<T>): T | undefined {
  const v = p[key];
  return v === undefined || v === null ? undefined : check(v, key);
}

const PACKAGE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A PackageId (§5.1): validated like upstream's `PackageId` deserializer. */
export const packageId: Check<string> = (v, key) => {
  const s = str(v, key);
  if (!PACKAGE_ID.test(s)) throw invalidParams(`Invalid ID: ${s} for \`${key}\``);
  return s;
};

/** A LocaleString: a string or a map of strings. */
export const localeString: Check<string | Record<string, string>> = (v, key) => {
  if (typeof v === 'string') return v;
  const m = obj(v, key);
  for (const [k, x] of Object.entries(m)) str(x, `${key}.${k}`);
  return m as Record<string, string>;
};
