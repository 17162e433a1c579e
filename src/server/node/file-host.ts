/**
 * @module
 * A static file host for development and tests (`npm run files`): GET and HEAD with Range
 * support and permissive CORS, serving one directory. Paths outside it are refused.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Handler } from '../handler.ts';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Range',
  'Access-Control-Expose-Headers': 'Content-Length, Content-Range, Accept-Ranges',
};

function parseRange(header: string, size: number): [number, number] | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start <= end && start < size ? [start, end] : null;
}

/** Serves files under `dir`; `onRequest` sees each request (tests count GETs and Range use). */
export function createFileHost(dir: string, onRequest?: (req: Request) => void): Handler {
  const root = resolve(dir);
  return async (req) => {
    onRequest?.(req);
    if (req.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
    if (req.method !== 'GET' && req.method !== 'HEAD') return new Response('method not allowed', { status: 405, headers: CORS });
    const path = resolve(root, `.${decodeURIComponent(new URL(req.url).pathname)}`);
    if (path !== root && !path.startsWith(root + sep)) return new Response('forbidden', { status: 403, headers: CORS });
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return new Response('not found', { status: 404, headers: CORS });
    const size = info.size;
    const headers: Record<string, string> = { ...CORS, 'Accept-Ranges': 'bytes', 'Content-Type': 'application/octet-stream' };
    const rangeHeader = req.headers.get('range');
    let start = 0;
    let end = size - 1;
    let status = 200;
    if (rangeHeader) {
      const r = parseRange(rangeHeader, size);
      if (!r) return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
      [start, end] = r;
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    }
    headers['Content-Length'] = String(Math.max(0, end - start + 1));
    if (req.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
    const stream = Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream<Uint8Array>;
    return new Response(stream, { status, headers });
  };
}
