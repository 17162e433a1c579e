/**
 * @module
 * A TCP proxy that models each connection through it as a TCP connection over a long link
 * (tcp-link.ts): every byte takes `delayMs` each way, and a connection has at most its window
 * in flight, so it moves at most window / round trip — the cost a sequential uploader pays on
 * a real distant link, which a bare delay (unlimited bytes in flight) leaves out. No bandwidth
 * limit of its own. Order is kept; a closed side is closed on the other after the delay.
 * Not product code.
 */
import { connect, createServer, type Socket } from 'node:net';
import { linkDirection, type LinkModel } from './tcp-link.ts';

export interface LatencyProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

function modelled(from: Socket, to: Socket, model: LinkModel): void {
  const link = linkDirection(
    model,
    (chunk) => void (to.destroyed || to.write(chunk)),
    () => from.resume(),
  );
  from.on('data', (chunk: Buffer) => {
    link.send(chunk);
    // The sender's bytes wait in its socket buffers while the window is full, as they would
    // in the kernel's send buffer.
    if (link.backlogged) from.pause();
  });
  // An end or close travels behind the last bytes, one delay after them.
  const after = (f: () => void) => link.afterDelivered(() => setTimeout(f, model.delayMs));
  from.on('end', () => after(() => to.end()));
  from.on('error', () => to.destroy());
  from.on('close', () => after(() => to.destroy()));
}

export async function startLatencyProxy(target: string, model: LinkModel): Promise<LatencyProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const server = connect(Number(upstream.port), upstream.hostname);
    for (const s of [client, server]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    modelled(client, server, model);
    modelled(server, client, model);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
