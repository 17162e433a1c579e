import { describe, expect, it } from 'vitest';
import { RowQueue, typedUrls } from './row-queue.ts';

interface Row {
  id: number;
  name: string;
}

class Names extends RowQueue<Row, 'a' | 'b'> {
  add(name: string): Row {
    return this.push((id) => ({ id, name }));
  }
}

describe('RowQueue', () => {
  it('numbers rows, patches one and drops one, aborting its running steps', () => {
    const q = new Names();
    const first = q.add('x');
    const second = q.add('y');
    expect([first.id, second.id]).toEqual([1, 2]);
    q.update(2, (r) => ({ name: `${r.name}!` }));
    expect(q.get(2)?.name).toBe('y!');
    const a = q.controller(1, 'a');
    const b = q.controller(2, 'b');
    q.remove(1);
    expect(a.signal.aborted).toBe(true);
    expect(b.signal.aborted).toBe(false);
    expect(q.rows.map((r) => r.id)).toEqual([2]);
  });
  it('a new controller for a step aborts the previous one', () => {
    const q = new Names();
    const old = q.controller(1, 'a');
    q.controller(1, 'a');
    expect(old.signal.aborted).toBe(true);
  });
});

describe('typedUrls', () => {
  it('splits on blanks and drops repeats', () => {
    expect(typedUrls({ urlsText: ' http://a/x\n\nhttp://b/y http://a/x ' })).toEqual(['http://a/x', 'http://b/y']);
  });
});
