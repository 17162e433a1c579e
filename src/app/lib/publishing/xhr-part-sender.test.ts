// @vitest-environment jsdom
/**
 * The XMLHttpRequest part sender (jsdom's XMLHttpRequest) uploading to a real local bucket
 * (s3rver) through the core uploader: the object arrives intact, progress within parts is
 * reported, and errors keep the uploader's codes (a refused part is S3_HTTP with the bucket's
 * code, an aborted one ABORTED).
 */
// eslint-disable-next-line no-restricted-imports -- test only: a bucket that refuses parts
import { createServer } from 'node:http';
// eslint-disable-next-line no-restricted-imports -- test only: a temp directory for s3rver
import { mkdtempSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- test only
import { tmpdir } from 'node:os';
// eslint-disable-next-line no-restricted-imports -- test only
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBucket, S3_ACCESS_KEY, S3_SECRET_KEY, type LocalBucket } from '../../../cli/stack/s3.ts';
import { isCoreError } from '../../../core/errors.ts';
import { uploadMultipart } from '../../../core/s3/multipart.ts';
import { DEFAULT_KEY_TEMPLATE, type S3Target } from '../../../core/s3/s3-target.ts';
import { xhrPartSender } from './xhr-part-sender.ts';

let bucket: LocalBucket;
let target: S3Target;
const credentials = { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY };

beforeAll(async () => {
  bucket = await startBucket({ directory: mkdtempSync(join(tmpdir(), 'rc-xhr-')), port: 0 });
  target = { endpoint: bucket.endpoint, region: 'us-east-1', bucket: bucket.bucket, pathStyle: true, publicBaseUrl: bucket.publicUrl, keyTemplate: DEFAULT_KEY_TEMPLATE };
});
afterAll(() => bucket.close());

const bytes = Uint8Array.from({ length: 9 * 2 ** 20 + 7 }, (_, i) => (i * 13) & 0xff);
const file = new Blob([bytes]);

describe('xhrPartSender', () => {
  it('uploads parts with XMLHttpRequest and reports bytes sent within each part', async () => {
    const sent: { part: string; loaded: number }[] = [];
    const inner = xhrPartSender();
    const url = await uploadMultipart({
      target, credentials, key: 'xhr/ok.s9pk', source: file, partSize: 5 << 20,
      sendPart: (p) => inner({ ...p, onSent: (loaded) => (sent.push({ part: new URL(p.request.url).searchParams.get('partNumber')!, loaded }), p.onSent(loaded)) }),
    });
    const got = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(Buffer.compare(Buffer.from(got), Buffer.from(bytes))).toBe(0);
    expect(new Set(sent.map((s) => s.part))).toEqual(new Set(['1', '2']));
    expect(Math.max(...sent.filter((s) => s.part === '2').map((s) => s.loaded))).toBe(bytes.length - (5 << 20));
  });

  it('a refused part is S3_HTTP with the bucket\'s code; an aborted one is ABORTED', async () => {
    const sendPart = xhrPartSender();
    // a bucket (CORS allowed) that refuses every part
    const refusing = createServer((req, res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', '*');
      res.setHeader('Access-Control-Allow-Methods', 'PUT');
      if (req.method === 'OPTIONS') return void res.end();
      req.resume();
      req.on('end', () => res.writeHead(403, { 'Content-Type': 'application/xml' }).end('<Error><Code>AccessDenied</Code><Message>no</Message></Error>'));
    });
    await new Promise<void>((r) => refusing.listen(0, '127.0.0.1', r));
    const address = refusing.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const endpoint = `http://127.0.0.1:${address.port}`;
    const started = { key: 'xhr/refused.s9pk', uploadId: 'x', size: file.size, partSize: 5 << 20, parts: [] };
    const refused = await uploadMultipart({ target: { ...target, endpoint }, credentials, key: started.key, source: file, sendPart, resume: started, concurrency: 1 }).catch((e: unknown) => e);
    refusing.close();
    expect(isCoreError(refused, 'S3_HTTP') && refused.detail).toMatchObject({ status: 403, s3Code: 'AccessDenied', partNumber: 1, attempts: 1 });
    expect(isCoreError(refused) && refused.message).toBe('part 1 of 2: HTTP 403 AccessDenied: no');
    const ac = new AbortController();
    const paused = uploadMultipart({ target, credentials, key: 'xhr/paused.s9pk', source: file, signal: ac.signal, sendPart: (p) => sendPart({ ...p, onSent: () => ac.abort() }) }); // aborted in flight
    expect(isCoreError(await paused.catch((e: unknown) => e), 'ABORTED')).toBe(true);
  });
});
