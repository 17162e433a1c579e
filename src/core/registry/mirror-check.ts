/**
 * @module
 * Checks one published download URL from the browser (mirror health, issue 16): a HEAD for the
 * status and size, and on request the first bytes, which must be an s9pk header with the
 * variant's commitment (url-check.ts, spec/registry-api.md §8.1, §8.3). Three answers:
 * `ok`, `dead` (an HTTP error, no connection, a timeout, another file) and `unverifiable`
 * (the host answers, but without CORS headers the browser hides what it said).
 *
 * A failed CORS request and an unreachable host look the same to `fetch`; a second, `no-cors`
 * request tells them apart: it gets an opaque answer from any host that answers at all.
 */
import { CoreError } from '../errors.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { checkS9pkUrl, type UrlCheck } from './url-check.ts';

export type MirrorState = 'ok' | 'dead' | 'unverifiable';

export type MirrorReason =
  /** The host answered with an HTTP error status (`httpStatus`). */
  | 'http'
  /** No connection: refused, DNS failure, TLS failure. */
  | 'unreachable'
  | 'timeout'
  | 'bad-url'
  /** The bytes are not an s9pk v2 header. */
  | 'not-s9pk'
  /** An s9pk, but another archive than the variant's. */
  | 'mismatch'
  /** An OS image URL whose size (Content-Length, or the bytes read) is not the commitment's. */
  | 'size'
  /** An OS image URL of the right size whose bytes have another BLAKE3 hash. */
  | 'hash'
  /** The host answered without CORS headers; the browser hides the answer. */
  | 'cors'
  /** An http:// URL from an https:// page: the browser blocks it without asking. */
  | 'mixed-content';

/** The outcome of one check, stored as plain JSON (IndexedDB). */
export interface MirrorResult {
  state: MirrorState;
  /** Milliseconds since the epoch. */
  checkedAt: number;
  /** Whether the first bytes were read and carried the variant's commitment. */
  headerChecked: boolean;
  /** Content-Length of the HEAD answer, when the host sent one. */
  size: number | null;
  /** An OS image whose every byte was read and had the commitment's BLAKE3 hash. */
  hashChecked?: boolean;
  reason?: MirrorReason;
  httpStatus?: number;
}

export interface MirrorCheckOptions {
  /** Also read the first bytes and compare the commitment (a ranged GET). */
  header?: boolean;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Per URL; default 20 s. */
  timeoutMs?: number;
  /** The protocol of the page doing the check (`https:` blocks `http:` URLs); default none. */
  pageProtocol?: string;
  now?: () => number;
}

type Outcome = Omit<MirrorResult, 'checkedAt'>;

const dead = (reason: MirrorReason, extra: Partial<Outcome> = {}): Outcome => ({ state: 'dead', headerChecked: false, size: null, reason, ...extra });
const unverifiable = (reason: MirrorReason): Outcome => ({ state: 'unverifiable', headerChecked: false, size: null, reason });

function fromUrlCheck(c: Exclude<UrlCheck, { status: 'unverifiable' }>, header: boolean): Outcome {
  if (c.status === 'ok') return { state: 'ok', headerChecked: header, size: c.size };
  switch (c.problem) {
    case 'url':
      return dead('bad-url');
    case 'http':
      return dead('http', { httpStatus: c.httpStatus });
    case 'not-s9pk':
      return dead('not-s9pk', { headerChecked: true });
    case 'mismatch':
      return dead('mismatch', { headerChecked: true });
  }
}

async function headOnly(url: string, doFetch: typeof fetch, signal: AbortSignal): Promise<UrlCheck> {
  let res: Response;
  try {
    res = await doFetch(url, { method: 'HEAD', signal, cache: 'no-store' });
  } catch (e) {
    return { status: 'unverifiable', message: e instanceof Error ? e.message : String(e) };
  }
  if (!res.ok) return { status: 'bad', problem: 'http', method: 'HEAD', httpStatus: res.status };
  const length = res.headers.get('content-length');
  return { status: 'ok', size: length !== null && /^\d+$/.test(length) ? Number(length) : null };
}

/** Whether the host answers at all: an opaque `no-cors` answer means it does. */
async function answersAtAll(url: string, doFetch: typeof fetch, signal: AbortSignal): Promise<boolean> {
  try {
    await doFetch(url, { method: 'HEAD', mode: 'no-cors', signal, cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks one mirror URL against its variant's commitment.
 * @throws CoreError `ABORTED` when `signal` aborts; every other outcome is a result.
 */
export async function checkMirror(url: string, commitment: MerkleArchiveCommitmentWire, options: MirrorCheckOptions = {}): Promise<MirrorResult> {
  const probe: Probe = (href, doFetch, signal) => (options.header ? checkS9pkUrl(href, commitment, { fetch: doFetch, signal }) : headOnly(href, doFetch, signal));
  const outcome = await check(url, probe, options);
  return { ...outcome, checkedAt: (options.now ?? Date.now)() };
}

/**
 * Checks one URL of an OS image (os-mirror.ts): HEAD status, and a Content-Length other than
 * the commitment's `size` makes it dead.
 * @throws CoreError `ABORTED` when `signal` aborts; every other outcome is a result.
 */
export async function checkOsMirror(url: string, size: number, options: Omit<MirrorCheckOptions, 'header'> = {}): Promise<MirrorResult> {
  const outcome = await check(url, headOnly, options);
  const wrongSize = outcome.state === 'ok' && outcome.size !== null && outcome.size !== size;
  return { ...(wrongSize ? dead('size', { size: outcome.size }) : outcome), checkedAt: (options.now ?? Date.now)() };
}

/** The request(s) that decide a URL's answer, once it is known to be worth asking. */
type Probe = (href: string, doFetch: typeof fetch, signal: AbortSignal) => Promise<UrlCheck>;

async function check(url: string, probe: Probe, options: MirrorCheckOptions): Promise<Outcome> {
  const doFetch = options.fetch ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return dead('bad-url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return dead('bad-url');
  if (options.pageProtocol === 'https:' && parsed.protocol === 'http:' && !isLoopback(parsed.hostname)) return unverifiable('mixed-content');

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? 20_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  try {
    const c = await probe(parsed.href, doFetch, signal);
    if (options.signal?.aborted) throw new CoreError('ABORTED', `checking ${parsed.href}: cancelled`);
    if (timeout.signal.aborted) return dead('timeout');
    if (c.status !== 'unverifiable') return fromUrlCheck(c, options.header === true);
    if (await answersAtAll(parsed.href, doFetch, signal)) return unverifiable('cors');
    if (options.signal?.aborted) throw new CoreError('ABORTED', `checking ${parsed.href}: cancelled`);
    return dead(timeout.signal.aborted ? 'timeout' : 'unreachable');
  } catch (e) {
    // checkS9pkUrl reports our timeout as a cancellation; the user's cancel stays one.
    if (timeout.signal.aborted && !options.signal?.aborted) return dead('timeout');
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Browsers let an https page reach loopback over http (a potentially trustworthy origin). */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
