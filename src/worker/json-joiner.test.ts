import { describe, expect, it } from 'vitest';
import { coreRejection } from '../core/testing/core-rejection.ts';
import { largePackageIndex } from '../core/testing/large-index.ts';
import { createJsonJoiner } from './json-joiner.ts';
import { batchPieces, splitJson } from './json-pieces.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createJsonJoiner', () => {
  it('joins batches pushed one by one, while it is still joining earlier ones, in order', async () => {
    const index = largePackageIndex(12, 3);
    const batches = batchPieces(splitJson(index, 500), 2_000);
    expect(batches.length).toBeGreaterThan(5);
    const joiner = createJsonJoiner(0); // yields after every piece
    for (const batch of batches) {
      joiner.push(batch);
      if (batches.indexOf(batch) % 2 === 0) await tick();
    }
    const back = await joiner.end();
    expect(back).toEqual(index);
    expect(Object.keys((back as typeof index).packages)).toEqual(Object.keys(index.packages));
  });

  it('a cancelled joiner stops, ignores later batches and ends ABORTED', async () => {
    const batches = batchPieces(splitJson(largePackageIndex(20, 3), 1_000), 3_000);
    const joiner = createJsonJoiner(0);
    joiner.push(batches[0]!);
    joiner.cancel();
    joiner.push(batches[1]!);
    expect((await coreRejection(joiner.end())).code).toBe('ABORTED');
  });

  it('refuses a piece that is not JSON, and joins nothing after it', async () => {
    const joiner = createJsonJoiner();
    joiner.push([{ path: [], json: '{}' }, { path: ['a'], json: '{"unterminated' }]);
    joiner.push([{ path: ['b'], json: '1' }]);
    const e = await coreRejection(joiner.end());
    expect(e.code).toBe('WORKER_FAILED');
    expect(e.message).toContain('not JSON (a)');
  });

  it('refuses pieces out of order: a child before its parent, or before the root', async () => {
    const early = createJsonJoiner();
    early.push([{ path: ['packages', 'x'], json: '{}' }]);
    early.push([{ path: [], json: '{"packages":{}}' }]);
    expect((await coreRejection(early.end())).message).toContain('without its parent (packages.x)');
    const under = createJsonJoiner();
    under.push([{ path: [], json: '{"a":[1]}' }, { path: ['a', '0'], json: '2' }]);
    expect((await coreRejection(under.end())).code).toBe('WORKER_FAILED');
  });

  it('keeps a hostile __proto__ path as own data instead of reaching the prototype', async () => {
    const joiner = createJsonJoiner();
    joiner.push([{ path: [], json: '{}' }]);
    joiner.push([{ path: ['__proto__'], json: '{"polluted":true}' }]);
    const back = await joiner.end();
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back as object, '__proto__')).toBe(true);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('batchPieces', () => {
  it('keeps the order, fills batches up to the limit and gives an oversized piece its own batch', () => {
    const piece = (n: number, chars: number) => ({ path: [String(n)], json: 'x'.repeat(chars) });
    const pieces = [piece(0, 4), piece(1, 4), piece(2, 4), piece(3, 20), piece(4, 1)];
    expect(batchPieces(pieces, 10)).toEqual([[pieces[0], pieces[1]], [pieces[2]], [pieces[3]], [pieces[4]]]);
    expect(batchPieces([], 10)).toEqual([]);
    expect(batchPieces(pieces).flat()).toEqual(pieces);
  });
});
