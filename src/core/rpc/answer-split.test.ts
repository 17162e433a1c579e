import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.ts';
import { exampleIndex } from '../testing/example-index.ts';
import { largePackageIndex } from '../testing/large-index.ts';
import { checkAnswer, checkAnswerInput } from './answer.ts';
import { answerSplit } from './answer-split.ts';
import { digestIndex, type PackageDigest } from '../registry/package-digest.ts';

const encoder = new TextEncoder();

/** The answer `text` as a stream cut at `cuts` (byte offsets, any order). */
function streamOf(text: string, cuts: number[] = []): ReadableStream<Uint8Array> {
  const bytes = encoder.encode(text);
  const at = [...new Set([0, ...cuts.map((c) => Math.min(c, bytes.length)), bytes.length])].sort((a, b) => a - b);
  return new ReadableStream({
    start(c) {
      for (let i = 1; i < at.length; i++) c.enqueue(bytes.slice(at[i - 1], at[i]));
      c.close();
    },
  });
}

const job = { method: 'package.index', params: {}, contentType: 'application/json' } as const;

/** What the whole-text check gives: the result, or the error's code, message and detail. */
function whole(text: string): unknown {
  try {
    return checkAnswer({ ...job, body: encoder.encode(text).buffer });
  } catch (e) {
    return e instanceof CoreError ? { code: e.code, message: e.message, detail: e.detail } : e;
  }
}

/** What the streamed check gives, in the same form. */
async function streamed(text: string, cuts: number[] = []): Promise<unknown> {
  try {
    return await checkAnswerInput({ ...job, body: streamOf(text, cuts) }, answerSplit);
  } catch (e) {
    return e instanceof CoreError ? { code: e.code, message: e.message, detail: e.detail } : e;
  }
}

const answerText = (result: unknown) => JSON.stringify({ jsonrpc: '2.0', id: 1, result });

function splitOf(text: string): unknown {
  const split = answerSplit('package.index')!;
  for (let i = 0; i < text.length; i += 100) split.push(text.slice(i, i + 100));
  return split.finish();
}

describe('answerSplit', () => {
  it('only package.index is split', () => {
    expect(answerSplit('package.index')).not.toBeNull();
    expect(answerSplit('info')).toBeNull();
  });

  it('gives the whole check’s result for a good index, without falling back', () => {
    for (const index of [exampleIndex(), largePackageIndex(30, 4)]) {
      const text = answerText(index);
      const result = splitOf(text);
      expect(result).not.toBeNull();
      expect(result).toEqual(whole(text));
    }
  });

  it('drops unknown keys and keeps __proto__ packages, as the whole check does', () => {
    const index = exampleIndex();
    const pkg = JSON.stringify(Object.values(index.packages)[0]);
    const categories = JSON.stringify(index.categories);
    const text = `{"jsonrpc":"2.0","id":1,"result":{"extra":1,"categories":${categories},"packages":{"__proto__":${pkg},"b":${pkg}}}}`;
    const result = splitOf(text) as { packages: object } | null;
    expect(result).not.toBeNull();
    expect(Object.hasOwn(result!.packages, '__proto__')).toBe(true);
    expect(result).toEqual(whole(text));
  });

  it.each([
    ['a package that fails its check', (t: string) => t.replace('"categories":[', '"categories":[1,')],
    ['a category that fails its check', (t: string) => t.replace(/"name":/, '"nom":')],
    ['an error answer', () => '{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"Method not found"}}'],
    ['text that is not JSON', (t: string) => t.slice(0, -3)],
  ])('falls back on %s, with the whole check’s error', async (_, damage) => {
    const text = damage(answerText(exampleIndex()));
    expect(splitOf(text)).toBeNull();
    const expected = whole(text);
    expect(expected).toHaveProperty('code');
    expect(await streamed(text, [10, 500])).toEqual(expected);
  });

  it('mutation: a damaged index streamed in any cuts gives exactly the whole check’s result or error', async () => {
    const text = answerText(largePackageIndex(3, 2));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.constantFrom('', '"', '\\', '{', '}', '[', ']', ',', ':', '0', 'x', '"a":1,'),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }),
        async (at, ch, replace, cuts) => {
          const damaged = text.slice(0, at) + ch + text.slice(replace ? at + 1 : at);
          expect(await streamed(damaged, cuts)).toEqual(whole(damaged));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('previews packages as they are checked, in growing batches, with the digest’s cards', () => {
    const index = largePackageIndex(60, 2);
    const text = answerText(index);
    const batches: PackageDigest[][] = [];
    const split = answerSplit('package.index', (packages) => batches.push(packages))!;
    for (let i = 0; i < text.length; i += 500) split.push(text.slice(i, i + 500));
    const result = split.finish();
    const previewed = batches.flat();
    expect(previewed.length).toBeGreaterThan(30);
    const cards = new Map(digestIndex(result as never).packages.map((d) => [d.id, d]));
    expect(previewed.map((p) => p.id)).toEqual(Object.keys(index.packages).slice(0, previewed.length));
    for (const p of previewed) expect(p).toEqual(cards.get(p.id));
    let sent = 0;
    for (const batch of batches) {
      expect(batch.length).toBeGreaterThanOrEqual(Math.max(1, sent));
      sent += batch.length;
    }
    expect(batches.length).toBeLessThan(10);
  });

  it('stops previewing once a package fails its check, and a throwing listener changes nothing', () => {
    const index = largePackageIndex(40, 2);
    Reflect.set(index.packages['pkg-5']!, 'categories', [1]);
    const text = answerText(index);
    const seen: string[] = [];
    const split = answerSplit('package.index', (packages) => {
      seen.push(...packages.map((p) => p.id));
      throw new Error('listener failed');
    })!;
    for (let i = 0; i < text.length; i += 300) split.push(text.slice(i, i + 300));
    expect(split.finish()).toBeNull();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(Object.keys(index.packages).slice(0, seen.length));
    expect(seen).not.toContain('pkg-5');
  });

  it('digests the result package by package, the same digest as digestIndex of the result', () => {
    const index = largePackageIndex(25, 2);
    const text = answerText(index);
    for (const previews of [undefined, () => {}]) {
      const split = answerSplit('package.index', previews, true)!;
      for (let i = 0; i < text.length; i += 700) split.push(text.slice(i, i + 700));
      const result = split.finish();
      expect(split.digest()).toEqual(digestIndex(result as never));
    }
    const plain = answerSplit('package.index')!;
    plain.push(text);
    expect(plain.finish()).not.toBeNull();
    expect(plain.digest()).toBeNull();
  });
});
