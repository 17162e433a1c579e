/**
 * @module
 * A minimal S3 multipart endpoint that keeps nothing: it starts uploads, drains parts (answering
 * an ETag with the part's length), and checks that CompleteMultipartUpload lists every part
 * once, in order. Signatures are not checked. It measures the uploader and the link without a
 * bucket's own disk and hashing cost (s3rver hashes and writes each part, then reads, hashes
 * and writes the whole object again on completion). Not product code.
 */
import { createServer, type Server } from 'node:http';

export interface NullBucket {
  url: string;
  /** Bytes received in parts. */
  received(): number;
  close(): Promise<void>;
}

export async function startNullBucket(): Promise<NullBucket> {
  const uploads = new Map<string, Set<number>>();
  let received = 0;
  let next = 0;
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://bucket');
    let body = '';
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (req.method === 'POST') body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const uploadId = u.searchParams.get('uploadId') ?? '';
      if (req.method === 'POST' && u.searchParams.has('uploads')) {
        const id = `null-${++next}`;
        uploads.set(id, new Set());
        return void res.end(`<InitiateMultipartUploadResult><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
      }
      const parts = uploads.get(uploadId);
      if (!parts) return void res.writeHead(404).end('<Error><Code>NoSuchUpload</Code></Error>');
      if (req.method === 'PUT') {
        received += length;
        parts.add(Number(u.searchParams.get('partNumber')));
        return void res.writeHead(200, { ETag: `"${length}"` }).end();
      }
      if (req.method === 'POST') {
        const listed = [...body.matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
        const ok = listed.length === parts.size && listed.every((n, i) => n === i + 1 && parts.has(n));
        uploads.delete(uploadId);
        return void (ok ? res.end('<CompleteMultipartUploadResult/>') : res.writeHead(400).end('<Error><Code>InvalidPartOrder</Code></Error>'));
      }
      uploads.delete(uploadId);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the null bucket has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
