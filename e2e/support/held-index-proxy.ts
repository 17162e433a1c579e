/**
 * A proxy in front of a registry that answers `package.index` itself, in two halves: the first
 * at once, the rest when the test calls `release()` (chunked, without Content-Length, as a
 * compressed or streamed answer arrives). Lets a journey see the browse grid while the index is
 * still arriving, deterministically on any machine. Everything else is forwarded unchanged;
 * the held answer carries the upstream's own headers (CORS included).
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HeldIndexProxy {
  url: string;
  /** Sends the rest of every held `package.index` answer. */
  release(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** Forwards one request upstream; resolves with the upstream response, unread. */
function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const up = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      resolve,
    );
    up.on('error', reject);
    up.end(body);
  });
}

/** `answer` is the whole `package.index` answer text; `cut` where its first half ends. */
export async function startHeldIndexProxy(target: string, answer: string, cut: number): Promise<HeldIndexProxy> {
  const upstream = new URL(target);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const held = req.method === 'POST' && /"method"\s*:\s*"package\.index"/.test(body.toString('utf8'));
      const up = await forward(upstream, req, body);
      if (!held) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      up.resume();
      const headers = { ...up.headers };
      delete headers['content-length'];
      res.writeHead(200, { ...headers, 'content-type': 'application/json' });
      res.write(answer.slice(0, cut));
      await released;
      res.end(answer.slice(cut));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    release,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
