/**
 * @module
 * Request-signature verification at HTTP time (spec/registry-api.md §1.8 step 2, §2.9):
 * parse, verify under each configured hostname, check the ±30 s window and the nonce, then
 * the body hash. The outcome is applied per method at dispatch (see dispatch.ts).
 */
import { CoreError } from '../core/errors.ts';
import {
  checkSignedBody,
  isTimestampFresh,
  parseAuthHeader,
  verifyAuthSignature,
} from '../core/sign/request-auth.ts';
import { RpcError } from './rpc-error.ts';

export type AuthOutcome =
  /** No `X-StartOS-Auth-Sig` header. */
  | { kind: 'none' }
  /** Verified: the canonical PEM of the signer key. */
  | { kind: 'verified'; signerPem: string }
  /** A failure to report on methods that need authentication. */
  | { kind: 'failed'; error: RpcError };

export interface AuthResult {
  outcome: AuthOutcome;
  /** The body to parse: emptied when check 6 fails, truncated to `size` when longer. */
  body: Uint8Array;
}

/** Replay cache for `--strict-nonce` (upstream never records nonces, §2.10). */
export class NonceCache {
  #seen = new Map<bigint, number>();
  /** Records a nonce; false if it was seen within the last 60 s. */
  record(nonce: bigint, nowMs: number): boolean {
    for (const [n, t] of this.#seen) if (nowMs - t > 60_000) this.#seen.delete(n);
    if (this.#seen.has(nonce)) return false;
    this.#seen.set(nonce, nowMs);
    return true;
  }
}

function headerError(e: unknown): RpcError {
  if (e instanceof CoreError) {
    const key = String(e.detail.key ?? '');
    if (e.code === 'AUTH_HEADER_MISSING_KEY') return new RpcError(6, key);
    if (e.code === 'AUTH_HEADER_BAD_NUMBER') return new RpcError(28, 'invalid digit found in string', `${key}: ${e.message}`);
    return new RpcError(12, e.message);
  }
  return new RpcError(12, String(e));
}

export interface AuthOptions {
  hostnames: readonly string[];
  nowMs: number;
  nonces: NonceCache | null;
}

/** Applies checks 1–6 of §2.9 to one HTTP request. */
export function authenticate(header: string | null, body: Uint8Array, opts: AuthOptions): AuthResult {
  if (header === null) return { outcome: { kind: 'none' }, body };
  let parsed;
  try {
    parsed = parseAuthHeader(header);
  } catch (e) {
    return { outcome: { kind: 'failed', error: headerError(e) }, body };
  }
  if (opts.hostnames.length === 0) {
    return { outcome: { kind: 'failed', error: new RpcError(34, 'no valid signature context available to verify') }, body };
  }
  if (verifyAuthSignature(parsed, opts.hostnames) === null) {
    return { outcome: { kind: 'failed', error: new RpcError(31, 'signature error: Verification equation was not satisfied') }, body };
  }
  if (!isTimestampFresh(parsed, BigInt(Math.floor(opts.nowMs / 1000)))) {
    return { outcome: { kind: 'failed', error: new RpcError(31, 'timestamp not within 30s of now') }, body };
  }
  if (opts.nonces && !opts.nonces.record(parsed.nonce, opts.nowMs)) {
    return { outcome: { kind: 'failed', error: new RpcError(34, 'replay attack detected') }, body };
  }
  const accepted = checkSignedBody(parsed, body);
  if (accepted === null) {
    // Upstream has consumed the body by now: the request then fails to parse (-32700).
    return { outcome: { kind: 'failed', error: new RpcError(31, 'body does not match signature') }, body: new Uint8Array(0) };
  }
  return { outcome: { kind: 'verified', signerPem: parsed.signerPem }, body: accepted };
}
