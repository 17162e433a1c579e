import { describe, expect, it } from 'vitest';
import { reveal, treeRows, TREE_PAGE, type TreeRow } from './tree-rows.ts';

const doc = { a: { 'x/y': 1, z: [true, null] }, b: 'text', c: {} };
const brief = (rows: TreeRow[]) => rows.map((r) => (r.type === 'more' ? `more ${r.pointer} ${r.hidden}` : `${r.level} ${r.pointer} ${r.kind} ${r.posinset}/${r.setsize}${r.expanded ? ' open' : ''}`));

describe('treeRows', () => {
  it('shows only what is open, with ARIA level and position', () => {
    expect(brief(treeRows(doc, { expanded: new Set() }))).toEqual(['1  object 1/1']);
    expect(brief(treeRows(doc, { expanded: new Set(['', '/a']) }))).toEqual([
      '1  object 1/1 open',
      '2 /a object 1/3 open',
      '3 /a/x~1y number 1/2',
      '3 /a/z array 2/2',
      '2 /b string 2/3',
      '2 /c object 3/3',
    ]);
    // an empty container cannot open
    expect(treeRows(doc, { expanded: new Set(['', '/c']) }).at(-1)).toMatchObject({ pointer: '/c', expanded: false, size: 0 });
  });

  it('shows a page of children, then "more"; reveal opens the way and enough pages', () => {
    const packages = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`p${i}`, { i }]));
    const root = { packages };
    const rows = treeRows(root, { expanded: new Set(['', '/packages']) });
    expect(rows).toHaveLength(2 + TREE_PAGE + 1);
    expect(rows.at(-1)).toEqual({ type: 'more', pointer: '/packages', level: 3, hidden: 1000 - TREE_PAGE });
    const state = reveal(root, ['packages', 'p450', 'i'], { expanded: new Set() });
    expect([...state.expanded]).toEqual(['', '/packages', '/packages/p450']);
    expect(state.shown.get('/packages')).toBe(3 * TREE_PAGE);
    const shown = treeRows(root, state);
    expect(shown.some((r) => r.pointer === '/packages/p450/i')).toBe(true);
  });
});
