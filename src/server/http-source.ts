/**
 * @module
 * Reading an s9pk from a URL the way upstream's registry does (spec/registry-api.md §8.3):
 * `HEAD` first (redirects followed, final status must be 2xx), then plain sequential `GET`s
 * with no `Range` header, skipping forward and reopening from byte 0 to go back. Every failure
 * to download — refused connection, unknown name, timeout, non-2xx status, a refused target
 * (`--deny-private-urls`) — gives the client one generic message, so the stand-in cannot be
 * used to map which hosts and ports answer (issue 11 item 12); the cause goes to the server log.
 */
import type { ByteSource } from '../core/s9pk/byte-source.ts';
import { RpcError } from './rpc-error.ts';

export interface HttpSourceOptions {
  signal: AbortSignal;
  fetch?: typeof fetch;
}

export interface HttpByteSource extends ByteSource {
  /** Number of GET requests made so far (tests check that one usually suffices). */
  readonly gets: number;
  close(): void;
}

/** The one message a client sees for any download failure. */
export const DOWNLOAD_FAILED = 'could not download the archive';

function networkError(url: string, cause: string): RpcError {
  console.warn(`download of ${url} failed: ${cause}`);
  return new RpcError(9, `${url}: ${DOWNLOAD_FAILED}`);
}

/**
 * Opens a URL for sequential reading.
 * @throws RpcError `9 (Network)` naming the URL, with {@link DOWNLOAD_FAILED} whatever the cause.
 */
export async function openHttpSource(url: string, opts: HttpSourceOptions): Promise<HttpByteSource> {
  const doFetch = opts.fetch ?? fetch;
  const attempt = async (method: 'HEAD' | 'GET'): Promise<Response> => {
    let res: Response;
    try {
      res = await doFetch(url, { method, redirect: 'follow', signal: opts.signal });
    } catch (e) {
      const cause = (e as { cause?: { message?: string } }).cause?.message ?? (e as Error).message;
      throw networkError(url, opts.signal.aborted ? 'timed out' : `request failed (${cause})`);
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      throw networkError(url, `${method} returned HTTP ${res.status} ${res.statusText}`.trim());
    }
    return res;
  };

  const head = await attempt('HEAD');
  const headLength = head.headers.get('content-length');
  let size = headLength !== null && /^[0-9]+$/.test(headLength) ? Number(headLength) : null;

  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let pos = 0; // file offset of `pending[0]`
  let pending = new Uint8Array(0);
  let gets = 0;

  const restart = async () => {
    await reader?.cancel().catch(() => undefined);
    const res = await attempt('GET');
    gets += 1;
    if (size === null) {
      const len = res.headers.get('content-length');
      size = len !== null && /^[0-9]+$/.test(len) ? Number(len) : Number.MAX_SAFE_INTEGER;
    }
    if (!res.body) throw networkError(url, 'GET returned no body');
    reader = res.body.getReader();
    pos = 0;
    pending = new Uint8Array(0);
  };

  /** Ensures `pending` holds at least `n` bytes (or the stream ended). */
  const fill = async (n: number) => {
    const parts: Uint8Array[] = [pending];
    let have = pending.length;
    while (have < n) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader!.read();
      } catch (e) {
        throw networkError(url, `download failed (${(e as Error).message})`);
      }
      if (chunk.done) break;
      parts.push(chunk.value);
      have += chunk.value.length;
    }
    if (parts.length > 1) {
      pending = new Uint8Array(have);
      let o = 0;
      for (const p of parts) {
        pending.set(p, o);
        o += p.length;
      }
    }
  };

  if (size === null) await restart();
  const source: HttpByteSource = {
    get size() {
      return size!;
    },
    get gets() {
      return gets;
    },
    async read(offset, length) {
      if (!reader || offset < pos) await restart();
      // Skip forward in bounded steps so a large gap never sits in memory.
      while (offset - pos > pending.length) {
        pos += pending.length;
        pending = new Uint8Array(0);
        await fill(Math.min(offset - pos, 1 << 20));
        if (pending.length === 0) break;
      }
      pending = pending.subarray(Math.min(offset - pos, pending.length));
      pos = offset;
      await fill(length);
      const out = pending.slice(0, length);
      pending = pending.subarray(out.length);
      pos += out.length;
      return out;
    },
    close() {
      void reader?.cancel().catch(() => undefined);
    },
  };
  return source;
}
