/**
 * A controllable HTTP proxy in front of the local bucket (s3rver), for failure journeys:
 * it can drop the connection in the middle of chosen multipart parts (the browser sees a
 * network error, as on a flaky link) and answer 503 to downloads (the registry's HEAD/GET, so
 * `package.add` fails after a successful upload). Everything else is forwarded unchanged —
 * including the Host header, which SigV4 signs. Every request is logged.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyLogEntry {
  method: string;
  path: string;
  partNumber: number | null;
  /** Upstream status, or 'dropped' / 'failed' when the proxy interfered. */
  outcome: number | 'dropped' | 'failed';
}

export interface FlakyProxy {
  url: string;
  log: ProxyLogEntry[];
  /** Multipart part numbers whose PUT is cut after ~1 MiB of body while listed. */
  dropParts: Set<number>;
  /**
   * Part numbers of the same object that must be stored before a dropped part is cut (held
   * until then): parts sent beside it finish first, however slow the machine, instead of being
   * stopped by its final failure.
   */
  cutAfterStored: number[];
  /** While true, GET and HEAD answer 503 (downloads fail; uploads still work). */
  failDownloads: boolean;
  /** While true, PUTs wait unanswered (an upload stays in flight) until it is false again. */
  holdUploads: boolean;
  /** Successful PUTs of a part number of objects whose path contains `pathPart`. */
  partsStored(pathPart: string, partNumber: number): number;
  close(): Promise<void>;
}

export async function startFlakyProxy(target: string): Promise<FlakyProxy> {
  const upstream = new URL(target);
  const log: ProxyLogEntry[] = [];
  const upstreams = new Set<ReturnType<typeof request>>();
  const proxy: FlakyProxy = {
    url: '',
    log,
    dropParts: new Set(),
    cutAfterStored: [],
    failDownloads: false,
    holdUploads: false,
    partsStored: (p, n) => log.filter((e) => e.method === 'PUT' && e.path.includes(p) && e.partNumber === n && e.outcome === 200).length,
    close: () => new Promise((resolve) => {
      for (const u of upstreams) u.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server: Server = createServer(async (req, res) => {
    if (req.method === 'PUT') while (proxy.holdUploads) await new Promise((r) => setTimeout(r, 50));
    const u = new URL(req.url ?? '/', 'http://proxy');
    const part = u.searchParams.get('partNumber');
    const entry: ProxyLogEntry = { method: req.method ?? '', path: u.pathname, partNumber: part === null ? null : Number(part), outcome: 'failed' };
    log.push(entry);
    if (proxy.failDownloads && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(503, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' }).end('down for the test');
      entry.outcome = 503;
      return;
    }
    if (req.method === 'PUT' && entry.partNumber !== null && proxy.dropParts.has(entry.partNumber)) {
      const stored = (n: number) => log.some((e) => e.method === 'PUT' && e.path === entry.path && e.partNumber === n && e.outcome === 200);
      const cut = async () => {
        if (entry.outcome === 'dropped') return;
        entry.outcome = 'dropped';
        while (!proxy.cutAfterStored.every(stored) && !req.socket.destroyed) await new Promise((r) => setTimeout(r, 50));
        req.socket.destroy();
      };
      let seen = 0;
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen >= 1 << 20) void cut();
      });
      req.on('end', () => void cut());
      return;
    }
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        entry.outcome = up.statusCode ?? 0;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    // A client that goes away mid-answer (the registry stops reading after the header) must not
    // leave the upstream connection open, or closing the bucket would wait for it forever.
    res.on('close', () => out.destroy());
    upstreams.add(out);
    out.on('close', () => upstreams.delete(out));
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
