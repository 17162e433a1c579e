/**
 * @module
 * Serves a fetch-style handler with node:http, with a request-body limit and header/request
 * timeouts so a slow or huge client cannot take the server down.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Handler } from '../handler.ts';

export interface ServeOptions {
  host: string;
  port: number;
  /** Largest accepted request body (default 16 MiB). */
  maxBodyBytes?: number;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function bridge(handler: Handler, req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> {
  const body = req.method === 'GET' || req.method === 'HEAD' ? null : await readBody(req, limit);
  if (body === null && req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(413, { 'Content-Type': 'text/plain', Connection: 'close' }).end('request body too large');
    req.destroy();
    return;
  }
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const x of v) headers.append(k, x);
    else if (v !== undefined) headers.set(k, v);
  }
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  const response = await handler(new Request(url, { method: req.method, headers, body: body && body.length > 0 ? new Uint8Array(body) : null }));
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => (out[k] = v));
  if (!response.body || req.method === 'HEAD') {
    if (response.body) await response.body.cancel();
    if (!('content-length' in out) && req.method !== 'HEAD') out['content-length'] = '0';
    res.writeHead(response.status, out).end();
    return;
  }
  if (!('content-length' in out)) {
    const payload = Buffer.from(await response.arrayBuffer());
    out['content-length'] = String(payload.length);
    res.writeHead(response.status, out).end(payload);
    return;
  }
  res.writeHead(response.status, out);
  // Stream large bodies (the file host); stop reading when the client goes away.
  const stream = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  res.on('close', () => stream.destroy());
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Starts listening; resolves with the server and its real address (port 0 = any free port). */
export async function serve(handler: Handler, opts: ServeOptions): Promise<{ server: Server; url: string }> {
  const limit = opts.maxBodyBytes ?? 16 << 20;
  const server = createServer((req, res) => {
    bridge(handler, req, res, limit).catch((e: unknown) => {
      console.error('request failed:', e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return { server, url: `http://${host}:${addr.port}` };
}
