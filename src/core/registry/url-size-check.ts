/**
 * @module
 * Does a URL answer with a file of the expected size? A HEAD request from wherever this runs
 * (the browser) compared with a commitment's `size` — a release readiness check for OS image
 * assets (spec registry-api.md §5.3; the registry itself never downloads them, §4.6). Hosts
 * without CORS headers, or that send no Content-Length, cannot be checked from a browser: those
 * are reported as such, never as a failure.
 */
import { CoreError } from '../errors.ts';

export type UrlSizeCheck =
  | { status: 'ok' }
  /** No answer readable here (no CORS headers, unreachable), or no Content-Length. */
  | { status: 'unverifiable'; message: string }
  | { status: 'bad'; problem: 'url' }
  | { status: 'bad'; problem: 'http'; httpStatus: number }
  | { status: 'bad'; problem: 'size'; found: number };

/**
 * HEAD `url` and compare its Content-Length with `size`.
 * @throws CoreError `ABORTED` when `signal` aborts; every other outcome is a result.
 */
export async function checkUrlSize(
  url: string,
  size: number,
  options: { fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<UrlSizeCheck> {
  let href: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { status: 'bad', problem: 'url' };
    href = u.href;
  } catch {
    return { status: 'bad', problem: 'url' };
  }
  const doFetch = options.fetch ?? ((i: string, init?: RequestInit) => fetch(i, init));
  let res: Response;
  try {
    res = await doFetch(href, { method: 'HEAD', cache: 'no-store', signal: options.signal });
  } catch (e) {
    if (options.signal?.aborted) throw new CoreError('ABORTED', `checking ${href}: cancelled`);
    return { status: 'unverifiable', message: e instanceof Error ? e.message : String(e) };
  }
  if (!res.ok) return { status: 'bad', problem: 'http', httpStatus: res.status };
  const length = res.headers.get('content-length');
  if (length === null || !/^\d+$/.test(length)) {
    return { status: 'unverifiable', message: 'no Content-Length' };
  }
  const found = Number(length);
  return found === size ? { status: 'ok' } : { status: 'bad', problem: 'size', found };
}
