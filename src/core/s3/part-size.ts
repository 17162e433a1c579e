/**
 * @module
 * How a file is cut into multipart parts, within S3's limits (AWS "Amazon S3 multipart upload
 * limits"): at most 10 000 parts, each 5 MiB to 5 GiB except the last, objects up to 5 TiB.
 * Part sizes are whole MiB: the preferred size (8 MiB) while it fits in 10 000 parts, else the
 * smallest whole-MiB size that does.
 */
import { CoreError } from '../errors.ts';

const MiB = 2 ** 20;
export const MIN_PART_SIZE = 5 * MiB;
export const MAX_PART_SIZE = 5 * 2 ** 30;
export const MAX_PARTS = 10_000;
export const MAX_OBJECT_SIZE = 5 * 2 ** 40;
/** Small enough for smooth progress and cheap retries, large enough to keep requests few. */
export const DEFAULT_PART_SIZE = 8 * MiB;

/**
 * The part size for a file of `size` bytes: `preferred` (rounded up to whole MiB, at least
 * 5 MiB), grown to the smallest whole-MiB size that keeps the file within 10 000 parts.
 * @throws CoreError `S3_TOO_LARGE` above S3's 5 TiB object limit.
 */
export function choosePartSize(size: number, preferred = DEFAULT_PART_SIZE): number {
  if (size > MAX_OBJECT_SIZE) {
    throw new CoreError('S3_TOO_LARGE', `the file is ${size} bytes; S3 stores objects of at most 5 TiB (${MAX_OBJECT_SIZE} bytes)`, { size, max: MAX_OBJECT_SIZE });
  }
  const wanted = Math.max(MIN_PART_SIZE, Math.ceil(preferred / MiB) * MiB);
  const needed = Math.ceil(size / MAX_PARTS / MiB) * MiB;
  return Math.min(MAX_PART_SIZE, Math.max(wanted, needed));
}

/** The number of parts of a file (an empty file is one empty part). */
export function partCount(size: number, partSize: number): number {
  return Math.max(1, Math.ceil(size / partSize));
}

/** The byte range `[start, end)` of part `n` (1-based). */
export function partRange(n: number, size: number, partSize: number): { start: number; end: number } {
  const start = (n - 1) * partSize;
  return { start, end: Math.min(size, start + partSize) };
}
