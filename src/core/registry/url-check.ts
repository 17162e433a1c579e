/**
 * @module
 * Checks, from wherever this runs (the browser), that a URL serves the archive about to be
 * published — what the registry will do during `package.add` (spec/registry-api.md §8.3): HEAD
 * must answer 2xx, and the first 155 bytes (a ranged GET, or a plain GET read no further) must
 * be an s9pk header with the same commitment (§8.1). A browser can only read hosts that send
 * CORS headers; anything else is reported as "could not check here", never as a failure.
 */
import { CoreError, isCoreError, type CoreErrorCode } from '../errors.ts';
import { HEADER_SIZE, parseHeader } from '../s9pk/header.ts';
import { commitmentsEqual } from '../s9pk/variant.ts';
import { encodeMerkleCommitment, type MerkleArchiveCommitmentWire } from '../sign/commitment.ts';

export type UrlCheck =
  /** HEAD 2xx and the same commitment; `size` from Content-Length when the host sent it. */
  | { status: 'ok'; size: number | null }
  /** The request failed before any answer: no CORS headers, or the host is unreachable. */
  | { status: 'unverifiable'; message: string }
  | { status: 'bad'; problem: 'url'; message: string }
  | { status: 'bad'; problem: 'http'; method: 'HEAD' | 'GET'; httpStatus: number }
  /** The bytes are not an s9pk v2 header (zip, v1, bad magic, too short). */
  | { status: 'bad'; problem: 'not-s9pk'; code: CoreErrorCode; message: string }
  /** An s9pk, but another archive. */
  | { status: 'bad'; problem: 'mismatch'; found: MerkleArchiveCommitmentWire };

export interface UrlCheckOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

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
 * Checks one URL against the commitment of the local file.
 * @throws CoreError `ABORTED` when `signal` aborts; every other outcome is a result.
 */
export async function checkS9pkUrl(url: string, expected: MerkleArchiveCommitmentWire, options: UrlCheckOptions = {}): Promise<UrlCheck> {
  const doFetch = options.fetch ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'bad', problem: 'url', message: 'not an absolute URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { status: 'bad', problem: 'url', message: 'only http(s) URLs can be downloaded by the registry' };

  const attempt = async (init: RequestInit): Promise<Response | Error> => {
    try {
      return await doFetch(parsed.href, { ...init, signal: options.signal, cache: 'no-store' });
    } catch (e) {
      if (options.signal?.aborted) throw new CoreError('ABORTED', `checking ${parsed.href}: cancelled`);
      return e as Error;
    }
  };
  const unverifiable = (e: Error): UrlCheck => ({ status: 'unverifiable', message: e.message || String(e) });

  const head = await attempt({ method: 'HEAD' });
  if (head instanceof Error) return unverifiable(head);
  if (!head.ok) return { status: 'bad', problem: 'http', method: 'HEAD', httpStatus: head.status };
  const length = head.headers.get('content-length');
  const size = length !== null && /^\d+$/.test(length) ? Number(length) : null;

  // A ranged GET needs a CORS preflight on some hosts; fall back to a plain GET read no further.
  let get = await attempt({ method: 'GET', headers: { Range: `bytes=0-${HEADER_SIZE - 1}` } });
  if (get instanceof Error) get = await attempt({ method: 'GET' });
  if (get instanceof Error) return unverifiable(get);
  if (!get.ok) return { status: 'bad', problem: 'http', method: 'GET', httpStatus: get.status };
  let prefix: Uint8Array;
  try {
    prefix = await readPrefix(get, HEADER_SIZE);
  } catch (e) {
    if (options.signal?.aborted) throw new CoreError('ABORTED', `checking ${parsed.href}: cancelled`);
    return unverifiable(e as Error);
  }
  try {
    const h = parseHeader(prefix, prefix.length);
    const found = encodeMerkleCommitment({ hash: h.rootSighash, size: h.rootMaxSize });
    return commitmentsEqual(found, expected) ? { status: 'ok', size } : { status: 'bad', problem: 'mismatch', found };
  } catch (e) {
    if (isCoreError(e)) return { status: 'bad', problem: 'not-s9pk', code: e.code, message: e.message };
    throw e;
  }
}
