/**
 * @module
 * A fake S3 multipart endpoint behind an injected `fetch`, for uploader tests that need
 * control a real bucket cannot give: how long each part takes, which attempts fail and how,
 * how many parts are in flight at once, which requests were aborted, and what the
 * CompleteMultipartUpload body listed. TEST-ONLY.
 */

/** How one attempt at a part is answered: after `delayMs`, with an ETag, a status or no answer. */
export interface PartAnswer {
  delayMs?: number;
  /** Answer only once this settles (then after `delayMs`). */
  after?: Promise<unknown>;
  fail?: 'network' | number;
}

export interface FakeS3 {
  fetch: typeof fetch;
  /** Part numbers in the order their PUTs arrived (retries included). */
  puts: number[];
  inFlight: number;
  maxInFlight: number;
  /** PUTs whose signal aborted them before they were answered. */
  aborted: number[];
  /** Parts of the CompleteMultipartUpload body, in the order listed; null until sent. */
  completed: { partNumber: number; etag: string }[] | null;
  deletes: number;
  /** Bytes received per part number (last attempt). */
  bytes: Map<number, number>;
}

export const FAKE_UPLOAD_ID = 'fake-upload-1';
export const fakeEtag = (n: number) => `"etag-${n}"`;

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(t);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/** A fake bucket; `answer(partNumber, attempt)` decides each PUT (attempts count from 1). */
export function fakeS3(answer: (partNumber: number, attempt: number) => PartAnswer = () => ({})): FakeS3 {
  const attempts = new Map<number, number>();
  const s3: FakeS3 = {
    puts: [],
    inFlight: 0,
    maxInFlight: 0,
    aborted: [],
    completed: null,
    deletes: 0,
    bytes: new Map(),
    fetch: async (input, init) => {
      const req = new Request(input, init);
      const url = new URL(req.url);
      const signal = init?.signal ?? req.signal;
      if (req.method === 'POST' && url.searchParams.has('uploads')) {
        return new Response(`<InitiateMultipartUploadResult><UploadId>${FAKE_UPLOAD_ID}</UploadId></InitiateMultipartUploadResult>`);
      }
      if (req.method === 'POST') {
        const xml = await req.text();
        s3.completed = [...xml.matchAll(/<Part><PartNumber>(\d+)<\/PartNumber><ETag>([^<]*)<\/ETag><\/Part>/g)].map((m) => ({ partNumber: Number(m[1]), etag: m[2]!.replace(/&quot;/g, '"') }));
        return new Response('<CompleteMultipartUploadResult/>');
      }
      if (req.method === 'DELETE') {
        s3.deletes++;
        return new Response(null, { status: 204 });
      }
      const n = Number(url.searchParams.get('partNumber'));
      const attempt = (attempts.get(n) ?? 0) + 1;
      attempts.set(n, attempt);
      s3.puts.push(n);
      s3.inFlight++;
      s3.maxInFlight = Math.max(s3.maxInFlight, s3.inFlight);
      try {
        const body = await req.arrayBuffer();
        const a = answer(n, attempt);
        await a.after;
        await wait(a.delayMs ?? 0, signal).catch((e: unknown) => {
          s3.aborted.push(n);
          throw e;
        });
        if (a.fail === 'network') throw new TypeError('fetch failed (fake)');
        if (a.fail !== undefined) return new Response(`<Error><Code>Fake${a.fail}</Code><Message>fake failure</Message></Error>`, { status: a.fail });
        s3.bytes.set(n, body.byteLength);
        return new Response(null, { headers: { ETag: fakeEtag(n) } });
      } finally {
        s3.inFlight--;
      }
    },
  };
  return s3;
}
