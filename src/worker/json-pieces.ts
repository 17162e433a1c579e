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

/** Splits a JSON-safe value into pieces, depth first, keys in their order. */
export function splitJson(value: unknown, maxChars = PIECE_CHARS): JsonPiece[] {
  const out: JsonPiece[] = [];
  const visit = (v: unknown, path: string[]) => {
    const json = JSON.stringify(v);
    if (json === undefined) return; // an `undefined` entry: JSON drops it too
    if (json.length <= maxChars || !isRecord(v)) out.push({ path, json });
    else {
      out.push({ path, json: '{}' });
      for (const [k, child] of Object.entries(v)) visit(child, [...path, k]);
    }
  };
  visit(value, []);
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
