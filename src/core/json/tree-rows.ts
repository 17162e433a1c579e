/**
 * @module
 * The visible rows of a collapsible JSON tree: a depth-first walk of the expanded containers
 * only, each showing at most a page of children (more on request), so a database with
 * thousands of packages costs as many rows as are open, not as many values as it holds. The
 * rows carry what an ARIA tree needs (level, position in set, set size).
 */
import { childOf, encodePointer } from './pointer.ts';

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface ValueRow {
  type: 'value';
  pointer: string;
  /** The key or index in its parent; null for the root. */
  key: string | null;
  /** 1 for the root. */
  level: number;
  posinset: number;
  setsize: number;
  kind: JsonKind;
  /** Children of an object or array; 0 otherwise. */
  size: number;
  expanded: boolean;
  /** The value itself for scalars (strings may be long: the view shortens them). */
  value: unknown;
  parent: string | null;
}

/** "n more" at the end of a container whose children are shown a page at a time. */
export interface MoreRow {
  type: 'more';
  /** The container's pointer. */
  pointer: string;
  level: number;
  hidden: number;
}

export type TreeRow = ValueRow | MoreRow;

/** Children shown per container before "show more"; each "show more" adds as many. */
export const TREE_PAGE = 200;

export function kindOf(v: unknown): JsonKind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'object':
      return 'object';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'null';
  }
}

/** The keys of a container in document order (indices for arrays), none for a scalar. */
export function childKeys(v: unknown): string[] {
  if (Array.isArray(v)) return Array.from({ length: v.length }, (_, i) => String(i));
  if (typeof v === 'object' && v !== null) return Object.keys(v);
  return [];
}

export interface RowsOptions {
  /** Pointers of the open containers. */
  expanded: ReadonlySet<string>;
  /** Children shown per container pointer (default {@link TREE_PAGE}). */
  shown?: ReadonlyMap<string, number>;
}

/** The rows to draw, top to bottom. */
export function treeRows(root: unknown, { expanded, shown }: RowsOptions): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (value: unknown, segments: string[], key: string | null, level: number, posinset: number, setsize: number, parent: string | null) => {
    const pointer = encodePointer(segments);
    const kind = kindOf(value);
    const keys = kind === 'object' || kind === 'array' ? childKeys(value) : [];
    const open = keys.length > 0 && expanded.has(pointer);
    rows.push({ type: 'value', pointer, key, level, posinset, setsize, kind, size: keys.length, expanded: open, value: keys.length > 0 || kind === 'object' || kind === 'array' ? undefined : value, parent });
    if (!open) return;
    const limit = Math.min(keys.length, shown?.get(pointer) ?? TREE_PAGE);
    for (let i = 0; i < limit; i++) {
      const k = keys[i]!;
      walk(childOf(value, k)?.value, [...segments, k], k, level + 1, i + 1, keys.length, pointer);
    }
    if (limit < keys.length) rows.push({ type: 'more', pointer, level: level + 1, hidden: keys.length - limit });
  };
  walk(root, [], null, 1, 1, 1, null);
  return rows;
}

/**
 * The tree state that shows the value at `segments`: every container on the way open, and each
 * showing enough children (whole pages) to include the next step.
 */
export function reveal(root: unknown, segments: readonly string[], { expanded, shown }: RowsOptions): { expanded: Set<string>; shown: Map<string, number> } {
  const open = new Set(expanded);
  const counts = new Map(shown);
  let at: unknown = root;
  segments.forEach((seg, i) => {
    const pointer = encodePointer(segments.slice(0, i));
    open.add(pointer);
    const pos = childKeys(at).indexOf(seg);
    const need = Math.ceil((pos + 1) / TREE_PAGE) * TREE_PAGE;
    if (need > (counts.get(pointer) ?? TREE_PAGE)) counts.set(pointer, need);
    at = childOf(at, seg)?.value;
  });
  return { expanded: open, shown: counts };
}
