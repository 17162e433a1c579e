import { describe, expect, it } from 'vitest';
import { largePackageIndex } from '../core/testing/large-index.ts';
import { joinJson, splitJson } from './json-pieces.ts';

describe('splitJson / joinJson', () => {
  it('round-trips a large index in pieces no larger than the limit (apart from leaves)', async () => {
    const index = largePackageIndex(50, 10);
    const pieces = splitJson(index, 30_000);
    expect(pieces.length).toBeGreaterThan(50);
    expect(pieces[0]).toEqual({ path: [], json: '{}' });
    expect(Math.max(...pieces.map((p) => p.json.length))).toBeLessThanOrEqual(30_000);
    const back = await joinJson(pieces, 0);
    expect(back).toEqual(index);
    expect(Object.keys((back as typeof index).packages)).toEqual(Object.keys(index.packages));
  });

  it('keeps __proto__, constructor and toString as own data at every level', async () => {
    const value = JSON.parse('{"__proto__":{"constructor":{"toString":"x"}},"big":"' + 'a'.repeat(100) + '"}');
    const back = await joinJson(splitJson(value, 10), 0);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(Object.hasOwn(back as object, '__proto__')).toBe(true);
  });

  it('small values and non-objects are one piece; undefined entries are dropped like JSON does', async () => {
    expect(splitJson(null)).toEqual([{ path: [], json: 'null' }]);
    expect(splitJson(['a'.repeat(50)], 10)).toEqual([{ path: [], json: JSON.stringify(['a'.repeat(50)]) }]);
    expect(await joinJson(splitJson({ a: undefined, b: 'x'.repeat(20) }, 5))).toEqual({ b: 'x'.repeat(20) });
  });

  it('refuses a piece whose parent is missing', async () => {
    await expect(joinJson([{ path: [], json: '{}' }, { path: ['a', 'b'], json: '1' }])).rejects.toMatchObject({ code: 'WORKER_FAILED' });
  });
});
