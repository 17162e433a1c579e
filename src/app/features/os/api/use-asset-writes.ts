/**
 * @module
 * React side of the writes on recorded images: co-sign (after the dropped file, or what a URL
 * serves, is found equal to the recorded commitment), add a mirror URL (after the URL is found
 * to serve the committed bytes), remove. Each check-then-write runs with progress and cancel
 * and ends in one state the panel shows; a refused check says which fact differs.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isCoreError } from '../../../../core/errors.ts';
import { compareCommitment } from '../../../../core/registry/os-asset-file.ts';
import type { Blake3CommitmentWire } from '../../../../core/sign/commitment.ts';
import { hashBlake3File, type Progress } from '../../../../worker/client.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { addAssetUrl, coSignAsset, removeAsset, type AssetRef } from './asset-writes.ts';
import { verifyAssetUrl, type UrlVerdict } from './verify-asset-url.ts';

export type CheckedWrite =
  | { status: 'idle' }
  | { status: 'checking'; progress: Progress | null }
  /** The check did not pass: nothing was signed. */
  | { status: 'refused'; verdict: Exclude<UrlVerdict, { status: 'ok' }> }
  | { status: 'writing' }
  | { status: 'done' }
  | { status: 'failed'; error: unknown };

type Check = (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<UrlVerdict>;

/** A check, then (only when it passes) a signed write; cancel stops the check. */
function useCheckedWrite() {
  const scope = useRegistryScope();
  const qc = useQueryClient();
  const [state, setState] = useState<CheckedWrite>({ status: 'idle' });
  const ctl = useRef<AbortController | null>(null);
  const run = async (check: Check, write: () => Promise<void>) => {
    ctl.current?.abort();
    const c = (ctl.current = new AbortController());
    setState({ status: 'checking', progress: null });
    try {
      const verdict = await check(c.signal, (progress) => setState({ status: 'checking', progress }));
      if (verdict.status !== 'ok') return setState({ status: 'refused', verdict });
      setState({ status: 'writing' });
      await write();
      setState({ status: 'done' });
      await invalidateRegistry(qc, scope.url, 'os');
    } catch (error) {
      setState(isCoreError(error, 'ABORTED') ? { status: 'idle' } : { status: 'failed', error });
    }
  };
  return { scope, state, run, cancel: () => ctl.current?.abort(), reset: () => setState({ status: 'idle' }) };
}

/** A file's commitment compared with the recorded one, as a verdict. */
async function fileVerdict(file: Blob, expected: Blake3CommitmentWire, signal: AbortSignal, onProgress: (p: Progress) => void): Promise<UrlVerdict> {
  const { commitment } = await hashBlake3File(file, { signal, onProgress });
  const c = compareCommitment(expected, commitment);
  return c.match ? { status: 'ok' } : { status: 'mismatch', mismatch: c };
}

/** Co-sign an image: from the same file, or from what one of its URLs serves. */
export function useCoSign(ref: AssetRef, commitment: Blake3CommitmentWire) {
  const w = useCheckedWrite();
  const write = () => coSignAsset(w.scope, { ...ref, commitment });
  return {
    state: w.state,
    cancel: w.cancel,
    reset: w.reset,
    fromFile: (file: File) => w.run((signal, onProgress) => fileVerdict(file, commitment, signal, onProgress), write),
    fromUrl: (url: string) => w.run((signal, onProgress) => verifyAssetUrl(url, commitment, { hash: true, signal, onProgress }), write),
  };
}

/** Add a mirror URL: the URL must serve the committed bytes, then `os.asset.add` appends it. */
export function useAddAssetMirror(ref: AssetRef, commitment: Blake3CommitmentWire) {
  const w = useCheckedWrite();
  return {
    state: w.state,
    cancel: w.cancel,
    reset: w.reset,
    add: (url: string) =>
      w.run(
        (signal, onProgress) => verifyAssetUrl(url, commitment, { hash: true, signal, onProgress }),
        () => addAssetUrl(w.scope, { ...ref, commitment, url }),
      ),
  };
}

/** `os.asset.remove.<type>`, then the release list is read again. */
export function useRemoveAsset() {
  const scope = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ref: AssetRef) => removeAsset(scope, ref),
    onSuccess: () => invalidateRegistry(qc, scope.url, 'os'),
  });
}
