/**
 * @module
 * RFC 8785 JSON Canonicalization Scheme (JCS) for the values this project signs: object keys
 * sorted by UTF-16 code units (§3.2.3), no whitespace, strings escaped as ECMAScript's
 * `JSON.stringify` does (§3.2.2.2) and numbers in its shortest round-trip form (§3.2.2.3).
 * Only I-JSON is accepted: lone surrogates, non-finite numbers and non-JSON values throw.
 */
import { CoreError } from '../errors.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function bad(message: string, path: string): CoreError {
  return new CoreError('JSON_NOT_CANONICALIZABLE', `${path || '(root)'}: ${message}`, { path });
}

function str(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) throw bad('a string holds a lone surrogate', path);
  return JSON.stringify(s);
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw bad('a number is not finite', path);
      return JSON.stringify(value); // -0 prints as 0, as §3.2.2.3 requires
    case 'string':
      return str(value, path);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => write(v, `${path}[${i}]`)).join(',')}]`;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw bad('only plain objects can be canonicalized', path);
      const keys = Object.keys(value).sort(); // code-unit order, §3.2.3
      const obj = value as Record<string, unknown>;
      return `{${keys.map((k) => `${str(k, path)}:${write(obj[k], `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw bad(`a ${typeof value} is not JSON`, path);
  }
}

/**
 * The canonical JSON text of a JSON value.
 * @throws CoreError `JSON_NOT_CANONICALIZABLE` for non-JSON values, non-finite numbers, lone surrogates.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '');
}
