/**
 * @module
 * Multi-select with ranges, as in a file manager: a click toggles one item and sets the anchor;
 * Shift+click (or Shift+Space on a focused row) gives the whole stretch from the anchor to the
 * item the anchor's new state. Works on the visible order, so a filtered list selects what is
 * shown. Pure reducer.
 */

export interface Selection {
  selected: ReadonlySet<string>;
  /** The last item toggled without Shift; ranges start here. */
  anchor: string | null;
}

export type SelectionAction =
  | { type: 'toggle'; id: string; range: boolean; order: readonly string[] }
  | { type: 'set'; ids: Iterable<string>; on: boolean }
  | { type: 'clear' };

export const EMPTY_SELECTION: Selection = { selected: new Set(), anchor: null };

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'clear':
      return EMPTY_SELECTION;
    case 'set': {
      const next = new Set(state.selected);
      for (const id of action.ids) {
        if (action.on) next.add(id);
        else next.delete(id);
      }
      return { selected: next, anchor: state.anchor };
    }
    case 'toggle': {
      const { id, order } = action;
      const from = state.anchor === null ? -1 : order.indexOf(state.anchor);
      const to = order.indexOf(id);
      const next = new Set(state.selected);
      if (action.range && from >= 0 && to >= 0) {
        // the stretch takes the anchor's state (selected unless the anchor was just deselected)
        const on = state.selected.has(state.anchor as string);
        for (const x of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
          if (on) next.add(x);
          else next.delete(x);
        }
        return { selected: next, anchor: state.anchor };
      }
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selected: next, anchor: id };
    }
  }
}

/** The selected ids in display order. */
export function selectedInOrder(state: Selection, order: readonly string[]): string[] {
  return order.filter((id) => state.selected.has(id));
}
