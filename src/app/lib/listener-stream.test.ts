import { describe, expect, it } from 'vitest';
import { listenerStream } from './listener-stream.ts';

async function readAll<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const v of stream) out.push(v);
  return out;
}

describe('listenerStream', () => {
  it('yields what was pushed, before and after reading began, in order, until end', async () => {
    const s = listenerStream<number>();
    s.push(1);
    const read = readAll(s);
    s.push(2);
    await Promise.resolve();
    s.push(3);
    s.end();
    s.push(4);
    expect(await read).toEqual([1, 2, 3]);
  });

  it('throws the failure after the values queued before it', async () => {
    const s = listenerStream<string>();
    const seen: string[] = [];
    s.push('a');
    s.fail(new Error('broken'));
    s.push('b');
    await expect(
      (async () => {
        for await (const v of s) seen.push(v);
      })(),
    ).rejects.toThrow('broken');
    expect(seen).toEqual(['a']);
  });
});
