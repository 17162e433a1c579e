/**
 * The upload benchmark's CPU-free bound on the link model: round trips to start and complete,
 * slow start on a fresh connection, window / round trip on a warm one, and lanes in parallel.
 */
import { describe, expect, it } from 'vitest';
import { idealUploadSeconds } from './link-ideal.ts';
import { linuxLink, type LinkModel } from './tcp-link.ts';

const MiB = 2 ** 20;
const small: LinkModel = { delayMs: 50, initialWindow: 1000, maxWindow: 8000, rtoMs: 300 };

describe('idealUploadSeconds', () => {
  it('takes a round trip to start, one to send a part within the window and be answered, and one to complete', () => {
    expect(idealUploadSeconds(small, 1000, 1000, 1)).toBeCloseTo(0.3, 6);
  });

  it('grows a fresh window by slow start and keeps it between parts on the same connection', () => {
    // part 1 of 15 000 bytes: flights of 1, 2, 4 and 8 kB, one per round trip; the last arrives
    // 0.35 s after the first left and is answered one delay later
    const first = idealUploadSeconds(small, 15_000, 15_000, 1);
    expect(first).toBeCloseTo(0.1 + 0.35 + 0.05 + 0.1, 6);
    // a second part of 15 000 bytes right after, on the open window: flights of 8000 and 7000
    expect(idealUploadSeconds(small, 30_000, 15_000, 1) - first).toBeCloseTo(0.1 + 0.05 + 0.05, 6);
  });

  it('bounds the benchmark: 256 MiB in 8 MiB parts over Linux defaults at 50 ms each way, 1 lane vs 4', () => {
    const one = idealUploadSeconds(linuxLink(50), 256 * MiB, 8 * MiB, 1);
    const four = idealUploadSeconds(linuxLink(50), 256 * MiB, 8 * MiB, 4);
    // a warm connection moves 3 MiB per 100 ms round trip: an 8 MiB part and its answer take 0.3 s
    expect(one).toBeGreaterThan(32 * 0.3);
    expect(four).toBeGreaterThan(8 * 0.3);
    expect(one / four).toBeGreaterThan(3);
    expect(one / four).toBeLessThan(4);
  });
});
