/**
 * @module
 * A large JSON value in pieces (issue 11, item 6): the answer worker sends its checked result
 * as JSON texts of at most about {@link PIECE_CHARS} characters, each with its place in the
 * value, because a structured-clone copy of a 24 MiB object graph is rebuilt on the receiving
 * thread in one task (measured: longer than parsing and checking it there). The page parses
 * the pieces a few milliseconds at a time, so no task blocks it for long.
 */
import { CoreError } from '../core/errors.ts';
import { setOwn } from '../core/registry/own-key.ts';

/** One piece: the JSON text of the value at `path` (an object's pieces follow it, as `{}`). */
export interface JsonPiece {
  path: string[];
  json: string;
}

/** Objects whose JSON is longer than this are sent as their entries (64 Ki characters). */
export const PIECE_CHARS = 1 << 16;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Splits a JSON-safe value into pieces, depth first, keys in their order. Bottom up: every
 * leaf is stringified once and a small object's JSON is assembled from its entries' JSON, so a
 * 24 MiB answer is not stringified again at each level of nesting.
 */
export function splitJson(value: unknown, maxChars = PIECE_CHARS): JsonPiece[] {
  const root = encode(value, [], maxChars);
  if (root === undefined) return [];
  return typeof root === 'string' ? [{ path: [], json: root }] : root;
}

/** The JSON text of `v` when it fits in `maxChars` (or is no object), else its pieces. */
function encode(v: unknown, path: string[], maxChars: number): string | JsonPiece[] | undefined {
  if (!isRecord(v)) return JSON.stringify(v); // `undefined` for an `undefined` entry, as JSON drops it
  const entries: [string, string | JsonPiece[]][] = [];
  let length = 2;
  for (const [k, child] of Object.entries(v)) {
    const encoded = encode(child, [...path, k], maxChars);
    if (encoded === undefined) continue;
    entries.push([k, encoded]);
    length += typeof encoded === 'string' ? JSON.stringify(k).length + 2 + encoded.length : Infinity;
  }
  if (length - (entries.length > 0 ? 1 : 0) <= maxChars) {
    // every entry is text here (pieces count as Infinity)
    return `{${entries.map(([k, json]) => `${JSON.stringify(k)}:${typeof json === 'string' ? json : ''}`).join(',')}}`;
  }
  const out: JsonPiece[] = [{ path, json: '{}' }];
  for (const [k, encoded] of entries) {
    if (typeof encoded === 'string') out.push({ path: [...path, k], json: encoded });
    else for (const piece of encoded) out.push(piece);
  }
  return out;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Rebuilds the value of {@link splitJson}'s pieces, yielding to the event loop after each
 * `sliceMs` of work. Keys such as `__proto__` stay own data, as `JSON.parse` makes them.
 * @throws CoreError `WORKER_FAILED` when the pieces do not fit together.
 */
export async function joinJson(pieces: readonly JsonPiece[], sliceMs = 8): Promise<unknown> {
  let root: unknown;
  let start = performance.now();
  for (const { path, json } of pieces) {
    const value: unknown = JSON.parse(json);
    if (path.length === 0) root = value;
    else {
      let parent = root;
      for (const key of path.slice(0, -1)) parent = isRecord(parent) && Object.hasOwn(parent, key) ? parent[key] : undefined;
      if (!isRecord(parent)) throw new CoreError('WORKER_FAILED', `the answer worker sent a piece without its parent (${path.join('.')})`);
      setOwn(parent, path.at(-1)!, value);
    }
    if (performance.now() - start >= sliceMs) {
      await nextTask();
      start = performance.now();
    }
  }
  return root;
}
