/**
 * @module
 * The database viewer's tree state: which containers are open, how many children each shows,
 * the active row (by pointer, so it survives rows appearing above it), and moves that reveal a
 * pointer (go to, breadcrumb, search result). The rows are derived, never stored.
 */
import { useCallback, useMemo, useState } from 'react';
import { encodePointer, parsePointer, resolvePointer } from '../../../../core/json/pointer.ts';
import { childKeys, reveal, TREE_PAGE, treeRows, type TreeRow } from '../../../../core/json/tree-rows.ts';
import type { TreeAction } from '../components/json-tree.tsx';

interface State {
  expanded: Set<string>;
  shown: Map<string, number>;
  active: { pointer: string; more: boolean };
  /** Bumped when the tree should take focus. */
  focus: number;
}

export function useTreeState(root: unknown, initialPointer: string | null) {
  const [state, setState] = useState<State>(() => {
    const base: State = { expanded: new Set(['']), shown: new Map(), active: { pointer: '', more: false }, focus: 0 };
    const segments = initialPointer === null ? null : parsePointer(initialPointer);
    if (!segments || !resolvePointer(root, segments)) return base;
    return { ...base, ...reveal(root, segments, base), active: { pointer: initialPointer!, more: false } };
  });
  // Rows depend on what is open, not on the active row: moving through the tree walks nothing.
  const { expanded, shown } = state;
  const rows: TreeRow[] = useMemo(() => treeRows(root, { expanded, shown }), [root, expanded, shown]);
  const active = useMemo(() => rows.findIndex((r) => r.pointer === state.active.pointer && (r.type === 'more') === state.active.more), [rows, state.active]);

  const onAction = useCallback((a: TreeAction) => {
    setState((s) => {
      switch (a.type) {
        case 'select':
          return { ...s, active: { pointer: a.pointer, more: a.more === true } };
        case 'toggle': {
          const expanded = new Set(s.expanded);
          if (!expanded.delete(a.pointer)) expanded.add(a.pointer);
          return { ...s, expanded, active: { pointer: a.pointer, more: false } };
        }
        case 'more': {
          const shown = new Map(s.shown);
          const before = shown.get(a.pointer) ?? TREE_PAGE;
          shown.set(a.pointer, before + TREE_PAGE);
          // The first of the newly shown children becomes the active row.
          const segments = parsePointer(a.pointer) ?? [];
          const next = childKeys(resolvePointer(root, segments)?.value)[before];
          return { ...s, shown, active: next === undefined ? s.active : { pointer: encodePointer([...segments, next]), more: false } };
        }
      }
    });
  }, [root]);

  /** Opens the way to `pointer` and makes it the active row; false when it is not a pointer to a value. */
  const goTo = useCallback(
    (pointer: string): boolean => {
      const segments = parsePointer(pointer);
      if (!segments || !resolvePointer(root, segments)) return false;
      setState((s) => ({ ...s, ...reveal(root, segments, s), active: { pointer, more: false }, focus: s.focus + 1 }));
      return true;
    },
    [root],
  );

  return { rows, active, activePointer: state.active.more ? null : state.active.pointer, focusToken: state.focus, onAction, goTo };
}
