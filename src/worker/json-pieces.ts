/**
 * @module
 * A large JSON value in pieces (issue 11, item 6): the answer worker sends its checked result
 * as JSON texts of at most about {@link PIECE_CHARS} characters, each with its place in the
 * value, because a structured-clone copy of a 24 MiB object graph is rebuilt on the receiving
 * thread in one task (measured: longer than parsing and checking it there). The pieces travel in
 * batches of about 1 MiB ({@link batchPieces}; one 24 MiB message alone took 145 ms to receive,
 * issue 12 item 3) and the page parses them a few milliseconds at a time (json-joiner.ts).
 */
import { createJsonJoiner } from './json-joiner.ts';

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

/** Pieces are sent in batches of about this many characters (1 Mi): each is received in a few ms. */
export const BATCH_CHARS = 1 << 20;

/**
 * Groups pieces, in order, into batches of at most `maxChars` characters of JSON (a piece
 * longer than that is a batch of its own). Every batch holds at least one piece.
 */
export function batchPieces(pieces: readonly JsonPiece[], maxChars = BATCH_CHARS): JsonPiece[][] {
  const batches: JsonPiece[][] = [];
  let size = Infinity;
  for (const piece of pieces) {
    if (size + piece.json.length > maxChars) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)!.push(piece);
    size += piece.json.length;
  }
  return batches;
}

/**
 * Rebuilds the value of {@link splitJson}'s pieces, yielding to the event loop after each
 * `sliceMs` of work (json-joiner.ts joins them as they arrive).
 * @throws CoreError `WORKER_FAILED` when the pieces do not fit together.
 */
export function joinJson(pieces: readonly JsonPiece[], sliceMs = 8): Promise<unknown> {
  const joiner = createJsonJoiner(sliceMs);
  joiner.push(pieces);
  return joiner.end();
}
