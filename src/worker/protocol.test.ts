// Errors cross the worker boundary as plain data and come back as CoreError (style.md §2.3);
// progress is throttled to ≥ 64 MiB or ≥ 100 ms steps, always with the first and last event.
import { describe, it, expect } from 'vitest';
import { CoreError, isCoreError } from '../core/errors.ts';
import { PROGRESS_MIN_BYTES, throttleProgress } from './ops.ts';
import { fromWireError, toWireError, type Progress } from './protocol.ts';

describe('wire errors', () => {
  it('round-trip a CoreError with a structured-clone-safe detail', () => {
    const e = new CoreError('S9PK_TOO_LARGE', 'big', { size: 10n, path: 'a', f: () => 1 });
    const w = toWireError(e);
    expect(structuredClone(w)).toEqual({
      code: 'S9PK_TOO_LARGE',
      message: 'big',
      detail: { size: '10', path: 'a' },
    });
    const back = fromWireError(w);
    expect(isCoreError(back, 'S9PK_TOO_LARGE')).toBe(true);
    expect(back.detail).toEqual({ size: '10', path: 'a' });
  });

  it('map foreign errors through the core guard', () => {
    expect(toWireError(new DOMException('x', 'AbortError')).code).toBe('ABORTED');
    expect(toWireError(new TypeError('NotReadable')).code).toBe('S9PK_TRUNCATED');
  });
});

describe('throttleProgress', () => {
  it('emits the first, every ≥ 64 MiB or ≥ 100 ms, and the last event', () => {
    const out: Progress[] = [];
    let t = 0;
    const on = throttleProgress(
      (p) => out.push(p),
      () => t,
    );
    const total = 4 * PROGRESS_MIN_BYTES;
    on(0, total);
    on(1, total); // too soon, too small
    t = 100;
    on(2, total); // 100 ms later
    on(2 + PROGRESS_MIN_BYTES, total); // 64 MiB later
    on(total - 1, total);
    on(total, total);
    expect(out.map((p) => p.done)).toEqual([0, 2, 2 + PROGRESS_MIN_BYTES, total - 1, total]);
  });
});
