/**
 * @module
 * Sends multipart parts with XMLHttpRequest, because `fetch` cannot report upload progress in
 * browsers: `upload.onprogress` tells how many bytes of a part have left, so the progress bar
 * moves within 8 MiB parts on a slow link instead of jumping part by part. Answers come back as
 * a `Response` (status, ETag, body) and failures as `fetch` would fail, so the core uploader's
 * error model is unchanged: no answer is a `TypeError`, an abort an `AbortError`.
 */
import type { PartSender } from '../../../core/s3/multipart.ts';

/** Headers the browser sets itself and refuses from scripts. */
const BROWSER_SET = new Set(['host', 'content-length', 'connection']);
/** Statuses whose `Response` must have no body. */
const NO_BODY = new Set([101, 204, 205, 304]);

/** A part sender over `Xhr` (the browser's XMLHttpRequest unless a test passes another). */
export function xhrPartSender(Xhr: typeof XMLHttpRequest = XMLHttpRequest): PartSender {
  return ({ request, body, signal, onSent }) =>
    new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('The part was aborted.', 'AbortError'));
      const xhr = new Xhr();
      const abort = () => xhr.abort();
      signal?.addEventListener('abort', abort, { once: true });
      xhr.addEventListener('loadend', () => signal?.removeEventListener('abort', abort));
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => {
        if (!BROWSER_SET.has(name)) xhr.setRequestHeader(name, value);
      });
      xhr.upload.addEventListener('progress', (e) => onSent(e.loaded));
      xhr.addEventListener('load', () => {
        const etag = xhr.getResponseHeader('ETag');
        const headers = new Headers(etag ? { ETag: etag } : {});
        resolve(new Response(NO_BODY.has(xhr.status) ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
      });
      xhr.addEventListener('error', () => reject(new TypeError('network error (no answer to the part upload)')));
      xhr.addEventListener('timeout', () => reject(new TypeError('the part upload timed out')));
      xhr.addEventListener('abort', () => reject(new DOMException('The part was aborted.', 'AbortError')));
      xhr.send(body instanceof Blob ? body : new Blob([body.slice()]));
    });
}
