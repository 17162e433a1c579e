/**
 * @module
 * A local S3-compatible bucket (s3rver) for development, demos and end-to-end tests, with a
 * CORS rule that lets the console upload straight from the browser (multipart, ETag exposed).
 */
import S3rver from 's3rver';
import { AwsClient } from 'aws4fetch';
import { corsRuleFor } from '../../core/s3/s3-target.ts';

export const S3_ACCESS_KEY = 'S3RVER';
export const S3_SECRET_KEY = 'S3RVER';

/** The same rule the console shows for real buckets, for any origin (loopback only). */
const CORS = corsRuleFor('*');

export interface LocalBucket {
  /** Endpoint, e.g. http://127.0.0.1:4568 */
  endpoint: string;
  bucket: string;
  /** Public base URL of objects (path style). */
  publicUrl: string;
  put(key: string, body: Uint8Array, contentType?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBucket(opts: { directory: string; port: number; bucket?: string }): Promise<LocalBucket> {
  const bucket = opts.bucket ?? 'packages';
  const server = new S3rver({
    address: '127.0.0.1',
    port: opts.port,
    directory: opts.directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [CORS] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const aws = new AwsClient({ accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY, service: 's3', region: 'us-east-1' });
  return {
    endpoint,
    bucket,
    publicUrl: `${endpoint}/${bucket}`,
    async put(key, body, contentType = 'application/octet-stream') {
      const url = `${endpoint}/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
      const res = await aws.fetch(url, { method: 'PUT', body: body as Uint8Array<ArrayBuffer>, headers: { 'Content-Type': contentType } });
      if (!res.ok) throw new Error(`upload of ${key} failed: HTTP ${res.status} ${await res.text()}`);
      return url;
    },
    close: () => server.close(),
  };
}
