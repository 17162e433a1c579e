/**
 * @module
 * Searching a JSON document's keys and values for a text (case-insensitive), a slice at a
 * time: `step(n)` visits at most `n` values and returns, so a caller on the main thread can
 * search a whole registry database without a long task, and drop a search that is no longer
 * wanted. Matches are reported by JSON Pointer, in document order, up to a limit.
 */
import { childKeys } from './tree-rows.ts';
import { childOf, encodePointer } from './pointer.ts';

export interface SearchMatch {
  pointer: string;
  /** Whether the text was found in the key (the last segment) or in the scalar value. */
  in: 'key' | 'value';
}

export interface JsonSearch {
  /** Visits up to `budget` more values; true when the search is over. */
  step(budget: number): boolean;
  readonly matches: readonly SearchMatch[];
  /** Values visited so far. */
  readonly visited: number;
  /** True when the limit cut the search short. */
  readonly truncated: boolean;
}

export const SEARCH_LIMIT = 500;

/** A search for `text` in `root`; nothing is visited until `step` is called. */
export function searchJson(root: unknown, text: string, limit = SEARCH_LIMIT): JsonSearch {
  const needle = text.toLowerCase();
  const matches: SearchMatch[] = [];
  // Depth-first, in document order: the stack holds paths still to visit, last first.
  const stack: { value: unknown; path: string[]; keyed: boolean }[] = [{ value: root, path: [], keyed: false }];
  let visited = 0;
  let truncated = false;
  const push = (m: SearchMatch) => {
    if (matches.length >= limit) truncated = true;
    else matches.push(m);
  };
  return {
    step(budget) {
      for (let n = 0; n < budget && stack.length > 0 && !truncated; n++) {
        const { value, path, keyed } = stack.pop()!;
        visited += 1;
        // Array indices are positions, not keys anybody searches for.
        const keyHit = needle !== '' && keyed && path.at(-1)!.toLowerCase().includes(needle);
        const scalar = value === null || typeof value !== 'object';
        const valueHit = needle !== '' && scalar && String(value).toLowerCase().includes(needle);
        if (keyHit) push({ pointer: encodePointer(path), in: 'key' });
        else if (valueHit) push({ pointer: encodePointer(path), in: 'value' });
        const keys = childKeys(value);
        const keyedChildren = !Array.isArray(value);
        for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: childOf(value, keys[i]!)?.value, path: [...path, keys[i]!], keyed: keyedChildren });
      }
      return stack.length === 0 || truncated;
    },
    get matches() {
      return matches;
    },
    get visited() {
      return visited;
    },
    get truncated() {
      return truncated;
    },
  };
}
