/**
 * @module
 * Does a download URL serve an OS image with a given commitment? Checked from the browser
 * before the registry records the URL (it never downloads OS images itself, spec
 * registry-api.md §4.6), as upstream's `os asset add` does (§4.10): HEAD must announce the
 * committed size, and — when the bytes themselves are to be trusted (URL hosting, a mirror, a
 * co-sign from a URL) — every byte served is hashed in a worker and must equal the commitment.
 */
import { compareCommitment, type CommitmentComparison } from '../../../../core/registry/os-asset-file.ts';
import { checkUrlSize } from '../../../../core/registry/url-size-check.ts';
import type { Blake3CommitmentWire } from '../../../../core/sign/commitment.ts';
import { hashBlake3Url, type Progress } from '../../../../worker/client.ts';

export type Mismatch = Extract<CommitmentComparison, { match: false }>;

export type UrlVerdict =
  | { status: 'ok' }
  /** The URL serves another file: which fact differs, with both values. */
  | { status: 'mismatch'; mismatch: Mismatch }
  | { status: 'bad'; problem: 'url' }
  | { status: 'bad'; problem: 'http'; httpStatus: number }
  /** Not readable from this browser (no CORS headers, unreachable, no Content-Length). */
  | { status: 'unverifiable'; message: string };

/** A URL's check while it runs (`progress` once bytes are hashed), then its verdict. */
export type UrlVerdictState = { status: 'checking'; progress: Progress | null } | UrlVerdict;

export interface VerifyUrlOptions {
  /** Hash every byte served (else only the announced size is compared). */
  hash: boolean;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/**
 * Checks one URL against `expected`.
 * @throws CoreError `ABORTED` when `signal` aborts; every other outcome is a verdict.
 */
export async function verifyAssetUrl(url: string, expected: Blake3CommitmentWire, options: VerifyUrlOptions): Promise<UrlVerdict> {
  const head = await checkUrlSize(url, expected.size, { signal: options.signal });
  if (head.status === 'bad' && head.problem === 'size') return { status: 'mismatch', mismatch: { match: false, field: 'size', expected: expected.size, found: head.found } };
  if (head.status !== 'ok') return head;
  if (!options.hash) return { status: 'ok' };
  const served = await hashBlake3Url(url, expected.size, { signal: options.signal, onProgress: options.onProgress });
  if (served.status === 'http') return { status: 'bad', problem: 'http', httpStatus: served.httpStatus };
  if (served.status === 'failed') return { status: 'unverifiable', message: served.message };
  const c = compareCommitment(expected, served.commitment);
  return c.match ? { status: 'ok' } : { status: 'mismatch', mismatch: c };
}
