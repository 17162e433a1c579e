/**
 * @module
 * Bounds on the JSON members of an archive (`manifest.json`, `dependencies/<id>/metadata.json`).
 * Upstream reads them with serde_json, whose default recursion limit refuses deeply nested
 * values; `JSON.parse` has no such limit, and a parsed value nested thousands deep later makes
 * `postMessage`/`structuredClone` throw `RangeError`. So the same limit is checked on the text
 * before parsing, and these members are read only up to {@link MAX_MANIFEST_BYTES}.
 */
import { CoreError } from '../errors.ts';

/**
 * serde_json's default recursion limit (`remaining_depth: 128` in its `Deserializer`): it
 * counts down on every `[`/`{` and fails when the count reaches zero, so at most 127 levels of
 * arrays and objects are accepted and a value nested 128 deep is refused. Same rule here.
 */
export const JSON_RECURSION_LIMIT = 128;

/**
 * Largest `manifest.json` or `metadata.json` read from an archive (1 MiB). Upstream sets no
 * limit; real manifests are a few kilobytes (this one is ours: reading, parsing and cloning
 * an unbounded member would let one file exhaust a worker's memory).
 */
export const MAX_MANIFEST_BYTES = 1 << 20;

/**
 * Deepest nesting of arrays and objects in JSON text (0 for a scalar), counting brackets
 * outside strings in one pass. Malformed text gives a number too (`JSON.parse` reports the
 * syntax error afterwards).
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/**
 * Throws when `text` nests {@link JSON_RECURSION_LIMIT} or more levels deep.
 * @throws CoreError `S9PK_JSON_TOO_DEEP` (detail: path, depth, limit).
 */
export function assertJsonDepth(text: string, path: string): void {
  const depth = jsonNestingDepth(text);
  if (depth >= JSON_RECURSION_LIMIT) {
    throw new CoreError(
      'S9PK_JSON_TOO_DEEP',
      `${path} nests arrays or objects ${depth} levels deep; at most ${JSON_RECURSION_LIMIT - 1} are allowed`,
      { path, depth, limit: JSON_RECURSION_LIMIT },
    );
  }
}

/**
 * Throws when a JSON member is larger than {@link MAX_MANIFEST_BYTES}.
 * @throws CoreError `S9PK_TOO_LARGE` (detail: path, size, limit).
 */
export function assertManifestSize(size: number, path: string): void {
  if (size > MAX_MANIFEST_BYTES) {
    throw new CoreError(
      'S9PK_TOO_LARGE',
      `${path} is ${size} bytes; at most ${MAX_MANIFEST_BYTES} bytes are read`,
      { path, size, limit: MAX_MANIFEST_BYTES },
    );
  }
}

/**
 * Most dependencies one manifest may declare. Upstream sets no limit; real packages declare a
 * handful (the largest known StartOS services list under 20), so 1000 leaves two orders of
 * magnitude of room while keeping what inspect reads (one metadata.json and icon each), what a
 * worker posts back and what pre-flight and the package page handle bounded: a signed file
 * declaring 100 000 froze the console for tens of seconds.
 */
export const MAX_DEPENDENCIES = 1000;

/**
 * Throws when a manifest declares more than {@link MAX_DEPENDENCIES} dependencies.
 * @throws CoreError `S9PK_TOO_LARGE` (detail: field, count, limit).
 */
export function assertDependencyCount(count: number): void {
  if (count > MAX_DEPENDENCIES) {
    throw new CoreError(
      'S9PK_TOO_LARGE',
      `manifest.json declares ${count} dependencies; at most ${MAX_DEPENDENCIES} are accepted`,
      { field: 'dependencies', count, limit: MAX_DEPENDENCIES },
    );
  }
}
