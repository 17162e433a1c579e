/**
 * @module
 * Reading the header of an s9pk someone else hosts, from wherever this runs (the browser):
 * a ranged GET of the first 155 bytes, falling back to a plain GET read no further when the
 * host refuses the Range preflight (spec/registry-api.md §8.1, §8.3). A browser can only read
 * hosts that send CORS headers; a request that fails before any answer is "unverifiable".
 */
import { CoreError, isCoreError, type CoreErrorCode } from '../errors.ts';
import { HEADER_SIZE, parseHeader, type S9pkHeader } from '../s9pk/header.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { encodeMerkleCommitment } from '../sign/commitment-wire.ts';
import { encodePublicKeyPem } from '../sign/public-key.ts';

export interface RemoteReadOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export type RemoteProblem =
  /** The request failed before any answer: no CORS headers, or the host is unreachable. */
  | { status: 'unverifiable'; message: string }
  | { status: 'bad'; problem: 'url'; message: string }
  | { status: 'bad'; problem: 'http'; method: 'HEAD' | 'GET'; httpStatus: number }
  /** The bytes are not an s9pk v2 header (zip, v1, bad magic, too short). */
  | { status: 'bad'; problem: 'not-s9pk'; code: CoreErrorCode; message: string };

/** Fetches `href` once; a network failure is returned, an abort thrown. */
export type Attempt = (init: RequestInit) => Promise<Response | Error>;

/** The URL when it is an absolute http(s) URL, else the problem. */
export function httpUrl(url: string): URL | RemoteProblem {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'bad', problem: 'url', message: 'not an absolute URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { status: 'bad', problem: 'url', message: 'only http(s) URLs can be downloaded by the registry' };
  return parsed;
}

/** An {@link Attempt} at `href`, uncached, cancelled by `options.signal`. */
export function attemptAt(href: string, options: RemoteReadOptions): Attempt {
  const doFetch = options.fetch ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init));
  return async (init) => {
    try {
      return await doFetch(href, { ...init, signal: options.signal, cache: 'no-store' });
    } catch (e) {
      if (options.signal?.aborted) throw new CoreError('ABORTED', `reading ${href}: cancelled`);
      return e as Error;
    }
  };
}

export const unverifiable = (e: Error): RemoteProblem => ({ status: 'unverifiable', message: e.message || String(e) });

/** Reads at most `n` bytes of a body, then lets the connection go. */
async function readPrefix(res: Response, n: number): Promise<Uint8Array> {
  const out = new Uint8Array(n);
  let got = 0;
  const reader = res.body?.getReader();
  if (!reader) return out.subarray(0, 0);
  try {
    while (got < n) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.length, n - got);
      out.set(value.subarray(0, take), got);
      got += take;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return out.subarray(0, got);
}

/**
 * GETs and parses the header through `attempt`.
 * @throws CoreError `ABORTED` when `signal` aborts.
 */
export async function getHeader(attempt: Attempt, signal?: AbortSignal): Promise<{ status: 'ok'; header: S9pkHeader } | RemoteProblem> {
  // A ranged GET needs a CORS preflight on some hosts; fall back to a plain GET read no further.
  let get = await attempt({ method: 'GET', headers: { Range: `bytes=0-${HEADER_SIZE - 1}` } });
  if (get instanceof Error) get = await attempt({ method: 'GET' });
  if (get instanceof Error) return unverifiable(get);
  if (!get.ok) return { status: 'bad', problem: 'http', method: 'GET', httpStatus: get.status };
  let prefix: Uint8Array;
  try {
    prefix = await readPrefix(get, HEADER_SIZE);
  } catch (e) {
    if (signal?.aborted) throw new CoreError('ABORTED', 'reading a header: cancelled');
    return unverifiable(e as Error);
  }
  try {
    return { status: 'ok', header: parseHeader(prefix, prefix.length) };
  } catch (e) {
    if (isCoreError(e)) return { status: 'bad', problem: 'not-s9pk', code: e.code, message: e.message };
    throw e;
  }
}

export type RemoteDeveloperKey = { status: 'ok'; keyPem: string; commitment: MerkleArchiveCommitmentWire } | RemoteProblem;

/**
 * The developer key in the header of the archive at `url` (bytes 3–34, spec §8.1), with the
 * header's commitment so the caller can check it is the variant's archive. Reads 155 bytes.
 * @throws CoreError `ABORTED` when `signal` aborts.
 */
export async function readRemoteDeveloperKey(url: string, options: RemoteReadOptions = {}): Promise<RemoteDeveloperKey> {
  const parsed = httpUrl(url);
  if (!(parsed instanceof URL)) return parsed;
  const got = await getHeader(attemptAt(parsed.href, options), options.signal);
  if (got.status !== 'ok') return got;
  const { header } = got;
  return { status: 'ok', keyPem: encodePublicKeyPem(header.publicKey), commitment: encodeMerkleCommitment({ hash: header.rootSighash, size: header.rootMaxSize }) };
}
