import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectedInOrder, selectionReducer, type Selection, type SelectionAction } from './selection.ts';

const order = ['a', 'b', 'c', 'd', 'e'];
const run = (actions: SelectionAction[], s: Selection = EMPTY_SELECTION) => actions.reduce(selectionReducer, s);
const toggle = (id: string, range = false): SelectionAction => ({ type: 'toggle', id, range, order });

describe('selectionReducer', () => {
  it('toggles single items and moves the anchor', () => {
    const s = run([toggle('b'), toggle('d'), toggle('b')]);
    expect(selectedInOrder(s, order)).toEqual(['d']);
    expect(s.anchor).toBe('b');
  });

  it('Shift selects the stretch from the anchor, in either direction', () => {
    expect(selectedInOrder(run([toggle('b'), toggle('d', true)]), order)).toEqual(['b', 'c', 'd']);
    expect(selectedInOrder(run([toggle('d'), toggle('a', true)]), order)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a range takes the anchor state (deselect a stretch)', () => {
    const all = run([{ type: 'set', ids: order, on: true }]);
    const s = run([toggle('b'), toggle('d', true)], all);
    expect(selectedInOrder(s, order)).toEqual(['a', 'e']);
  });

  it('Shift without an anchor toggles one item', () => {
    expect(selectedInOrder(run([toggle('c', true)]), order)).toEqual(['c']);
  });

  it('ranges follow the visible order (a filtered list)', () => {
    const visible = ['a', 'c', 'e'];
    const s = run([{ type: 'toggle', id: 'a', range: false, order: visible }, { type: 'toggle', id: 'e', range: true, order: visible }]);
    expect(selectedInOrder(s, order)).toEqual(['a', 'c', 'e']);
  });

  it('set and clear', () => {
    const s = run([{ type: 'set', ids: ['a', 'b'], on: true }, { type: 'set', ids: ['a'], on: false }]);
    expect(selectedInOrder(s, order)).toEqual(['b']);
    expect(run([{ type: 'clear' }], s)).toBe(EMPTY_SELECTION);
  });
});
