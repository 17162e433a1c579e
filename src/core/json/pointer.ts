/**
 * @module
 * JSON Pointers (RFC 6901), as `db.dump` takes them (spec/registry-api.md §4.8): `""` is the
 * whole document, `/a/b` walks keys, `~1` is `/` and `~0` is `~` inside a segment, and an array
 * index is a decimal without leading zeros.
 */

/** The pointer of a path of keys and indices. */
export function encodePointer(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The keys of a pointer; null when it is not one (no leading `/`, or `~` not followed by 0 or 1). */
export function parsePointer(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  const out: string[] = [];
  for (const raw of pointer.slice(1).split('/')) {
    if (/~(?![01])/.test(raw)) return null;
    out.push(raw.replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  return out;
}

/** The key of `container` a segment names, or undefined when it has none (own keys only). */
export function childOf(container: unknown, segment: string): { value: unknown } | undefined {
  if (Array.isArray(container)) {
    if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
    const i = Number(segment);
    return i < container.length ? { value: container[i] } : undefined;
  }
  if (typeof container === 'object' && container !== null && Object.hasOwn(container, segment)) {
    return { value: Reflect.get(container, segment) };
  }
  return undefined;
}

/** The value at `segments`, or undefined when the path does not exist. */
export function resolvePointer(root: unknown, segments: readonly string[]): { value: unknown } | undefined {
  let at: { value: unknown } | undefined = { value: root };
  for (const s of segments) {
    at = childOf(at.value, s);
    if (!at) return undefined;
  }
  return at;
}
