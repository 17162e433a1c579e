/**
 * @module
 * Digests of checked results (issue 12 item 3): a small view of a large answer, computed where
 * the answer is checked (the answer worker for large ones) and handed to the caller's
 * `onDigest` before the whole result, which may take long to reach the page. Only
 * `package.index` has one: what the browse grid's cards need (registry/package-digest.ts).
 */
import { digestIndex, type IndexDigest, type PackageDigest } from '../registry/package-digest.ts';
import type { MethodName, ResultOf } from './methods.ts';

/** The digest of a `package.index` result (the only method with a digest). */
export type AnswerDigest = IndexDigest;

/** Called once with the digest of the checked result, before the call resolves. */
export type DigestListener = (digest: AnswerDigest) => void;

/**
 * Called while a streamed `package.index` still arrives (answer-split.ts) with the digests of
 * packages that each passed their own check, in answer order, none twice, and never after the
 * digest (which has them all). The answer as a whole may still fail: a preview is withdrawn by the call's
 * error, and replaced by the digest.
 */
export type PreviewListener = (packages: PackageDigest[]) => void;

/** Whether `method`'s results have a digest. */
export function hasDigest(method: string): boolean {
  return method === 'package.index';
}

/**
 * Hands the digest of a checked `result` to `listener` (nothing for a method without one);
 * `known` is that digest when it was already made, as the answer arrived (answer-split.ts).
 * A listener that throws does not fail the call: the result still arrives.
 */
export function deliverDigest<M extends MethodName>(
  method: M,
  result: ResultOf<M>,
  listener: DigestListener | undefined,
  known?: AnswerDigest | null,
): void {
  if (!listener || !hasDigest(method)) return;
  const digest = known ?? digestIndex(result as ResultOf<'package.index'>);
  try {
    listener(digest);
  } catch {
    // the caller's problem; the result is still delivered
  }
}
