/**
 * @module
 * Lookups and writes on records keyed by registry data (category ids, package ids, versions,
 * signer Guids, locale keys). A plain `obj[key]` or `key in obj` reaches `Object.prototype`
 * for keys such as `__proto__`, `constructor` or `toString`, and `obj['__proto__'] = x` replaces
 * the prototype instead of adding an entry; these helpers only ever see own properties.
 */

/** The record's own value at `key`, or `undefined` (never an inherited member). */
export function ownValue<V>(record: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when `key` is an own key of `record`. */
export function hasOwnKey(record: object | null | undefined, key: string): boolean {
  return record != null && Object.hasOwn(record, key);
}

/**
 * Sets an own, enumerable entry, even for `__proto__` (what `JSON.parse` creates and
 * `JSON.stringify` writes back), instead of changing the prototype.
 */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `record` without the own entry `key` (a copy; the input is not changed). */
export function withoutOwn<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of Object.entries(record)) if (k !== key) setOwn(out, k, v);
  return out;
}

/** A copy of `record` with `key` set (an own entry, whatever the key). */
export function withOwn<V>(record: Readonly<Record<string, V>>, key: string, value: V): Record<string, V> {
  const out = withoutOwn(record, key);
  setOwn(out, key, value);
  return out;
}
