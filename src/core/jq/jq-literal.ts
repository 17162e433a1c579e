/**
 * @module
 * JSON values and paths written as jq source that both jq 1.7 (the stand-in, the dry run) and
 * upstream's jaq 0.10 read the same way. JSON text is almost that, except numbers: jaq 0.10's
 * lexer takes an exponent without a sign only (`1e21`, never `1e+21` or `1e-7`), so a negative
 * exponent is written out as a decimal. Strings use JSON's escapes, which both accept (`\(`
 * cannot appear: a backslash is always escaped).
 */
import type { JsonPath } from '../json/json-diff.ts';

/** A finite number as a literal without a signed exponent (JSON's shortest form otherwise). */
export function jqNumber(n: number): string {
  const text = JSON.stringify(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-])(\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = '', expSign, exp] = m;
  if (expSign === '+') return `${sign}${int}${frac === '' ? '' : `.${frac}`}e${exp}`;
  // JavaScript writes exponents from 1e-7 down: one digit before the point, so exp - 1 zeros after it.
  return `${sign}0.${'0'.repeat(Number(exp) - 1)}${int}${frac}`;
}

/** A JSON value as a jq literal. */
export function jqLiteral(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return jqNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jqLiteral).join(',')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${jqLiteral(v)}`)
      .join(',')}}`;
  }
  throw new TypeError(`not a JSON value: ${typeof value}`);
}

/**
 * A path as an optional jq path, `.["index"]?["name"]?[0]?`: it yields the value there, null
 * below a null or a missing key or index, and nothing at all (never an error) where a step meets
 * the wrong type. Collected in `[…]` it is an error-free lookup without `getpath`/`try`.
 */
export function jqPath(path: JsonPath): string {
  if (path.length === 0) return '.';
  return `.${path.map((step) => `[${typeof step === 'number' ? String(step) : JSON.stringify(step)}]?`).join('')}`;
}
