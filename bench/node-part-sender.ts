/**
 * @module
 * The upload benchmark's stand-in for the browser's part sender (xhr-part-sender.ts): a part's
 * bytes go to the socket in one write over a keep-alive `node:http` connection, as
 * XMLHttpRequest hands a File slice to the browser's network stack, which sends it outside the
 * page's event loop. Node's `fetch` instead streams a Blob body through web streams in 64 KiB
 * chunks on the event loop (about 130 ms of CPU per 8 MiB part on this machine), which stalls
 * the other parts' lanes and made the benchmark measure Node's fetch rather than the uploader
 * and the link. Answers and failures look as they do from `fetch` (a `Response`; a `TypeError`
 * for no answer, an `AbortError` when aborted), so the uploader's error model is unchanged.
 * Not product code.
 */
import { Agent, request } from 'node:http';
import type { PartSender } from '../src/core/s3/multipart.ts';

/**
 * A part sender over its own keep-alive agent: at most `maxSockets` connections to a host (a
 * browser opens 6 per host over HTTP/1.1), each reused by the next part while it is warm.
 */
export function nodePartSender(maxSockets = 6): { send: PartSender; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const send: PartSender = ({ request: req, body, signal, onSent }) =>
    new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('The part was aborted.', 'AbortError'));
      if (body instanceof Blob) return reject(new TypeError('nodePartSender sends bytes; give the uploader a Uint8Array source'));
      const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      const headers: Record<string, string> = { 'content-length': String(bytes.length) };
      req.headers.forEach((value, name) => (headers[name] = value));
      const out = request(req.url, { method: req.method, headers, agent });
      const abort = () => out.destroy(new DOMException('The part was aborted.', 'AbortError'));
      signal?.addEventListener('abort', abort, { once: true });
      out.on('close', () => signal?.removeEventListener('abort', abort));
      out.on('error', (e) => reject(e instanceof DOMException ? e : new TypeError(`network error (${e.message})`)));
      out.on('finish', () => onSent(bytes.length));
      out.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => reject(new TypeError(`network error (${e.message})`)));
        res.on('end', () => {
          const answer = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answer.set(name, value);
          const status = res.statusCode ?? 0;
          resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers: answer }));
        });
      });
      out.end(bytes);
    });
  return { send, close: () => agent.destroy() };
}
