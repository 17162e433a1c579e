/**
 * @module
 * Per-call options accepted by the RPC client and every typed API function.
 * Device info is only honoured by `package.get` and `os.version.get` (spec registry-api.md §6).
 */

import type { DigestListener, PreviewListener } from './answer-digest.ts';
import type { DeviceInfo } from './types.ts';

/** Options for one RPC call. */
export interface CallOptions {
  /** Aborts the HTTP request. */
  signal?: AbortSignal;
  /** Client-side timeout; `package.add` downloads on the server and can take minutes (§1.2). */
  timeoutMs?: number;
  /** Sent as `X-StartOS-Device-Info` (§6). Admin UIs should omit it to see unfiltered data. */
  deviceInfo?: DeviceInfo;
  /** Send the request unsigned even when a signing key is available (§2, §3.1). */
  anonymous?: boolean;
  /** Sign with local time shifted by this many ms (overrides clock correction; skew probing). */
  clockOffsetMs?: number;
  /**
   * Gets the checked result's digest before the call resolves (answer-digest.ts; only
   * `package.index` has one): the answer worker sends it ahead of a large result.
   */
  onDigest?: DigestListener;
  /**
   * Gets previews of a large `package.index` while it streams (answer-digest.ts): packages
   * checked one by one, before the whole answer is; the call's result or error follows.
   */
  onPreview?: PreviewListener;
}
