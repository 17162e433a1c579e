/**
 * @module
 * The browser-side checks of an archive before it is published (design.md §4.3 step 2):
 * inspect at once (header-level facts), then the full verification in the worker pool with
 * progress and cancel, and the check of download URLs that should serve it
 * (core/registry/url-check.ts). Each returns the step's outcome; callers keep the state.
 */
import { isCoreError } from '../../../core/errors.ts';
import { translate } from '../../i18n/i18n.ts';
import { checkS9pkUrl, type UrlCheck } from '../../../core/registry/url-check.ts';
import type { MerkleArchiveCommitmentWire } from '../../../core/sign/commitment.ts';
import { inspectS9pk, verifyS9pk, type InspectResult, type Progress, type VerifyResult } from '../../../worker/client.ts';

export type InspectStep = { status: 'running' } | { status: 'ok'; result: InspectResult } | { status: 'failed'; error: unknown };

export type VerifyStep =
  | { status: 'waiting' }
  | { status: 'running'; progress: Progress | null }
  | { status: 'ok'; result: VerifyResult }
  | { status: 'failed'; error: unknown }
  | { status: 'cancelled' };

export type UrlCheckState = { status: 'checking' } | UrlCheck;

/** Reads the header-level facts of an archive (the worker's `inspect`). */
export async function inspectFile(file: Blob, signal?: AbortSignal): Promise<Exclude<InspectStep, { status: 'running' }>> {
  try {
    return { status: 'ok', result: await inspectS9pk(file, { signal }) };
  } catch (error) {
    return { status: 'failed', error };
  }
}

/** Verifies every signed entry of an archive; a filtered copy (missing entries) fails. */
export async function verifyFile(
  file: Blob,
  options: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {},
): Promise<Extract<VerifyStep, { status: 'ok' | 'failed' | 'cancelled' }>> {
  try {
    const result = await verifyS9pk(file, options);
    if (result.complete) return { status: 'ok', result };
    return { status: 'failed', error: new Error(translate('publish.missingEntries', { count: result.missing.length, paths: result.missing.slice(0, 3).join(', ') })) };
  } catch (error) {
    return isCoreError(error, 'ABORTED') ? { status: 'cancelled' } : { status: 'failed', error };
  }
}

/**
 * Checks from the browser that each URL serves the archive with `commitment`; each result is
 * reported as it comes. A cancelled check reports nothing (a newer one replaced it).
 */
export async function checkUrls(
  urls: readonly string[],
  commitment: MerkleArchiveCommitmentWire,
  options: { signal?: AbortSignal; onCheck: (url: string, check: UrlCheck) => void },
): Promise<void> {
  await Promise.all(
    urls.map(async (u) => {
      try {
        options.onCheck(u, await checkS9pkUrl(u, commitment, { signal: options.signal }));
      } catch {
        // cancelled: a newer check replaced this one
      }
    }),
  );
}
