/**
 * @module
 * One signed request to an S3-compatible bucket (SigV4 via aws4fetch) with the upload's error
 * model: an aborted signal is `ABORTED`, no answer is `S3_NETWORK`, an error status is `S3_HTTP`
 * with the bucket's `<Code>` and `<Message>`.
 */
import { AwsClient } from 'aws4fetch';
import { CoreError } from '../errors.ts';
import type { S3Credentials, S3Target } from './s3-target.ts';

export interface SendOptions {
  target: S3Target;
  credentials: S3Credentials;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export function client(c: S3Credentials, region: string): AwsClient {
  return new AwsClient({ accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, region, service: 's3', retries: 0 });
}

export function xmlField(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return m ? m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}

/**
 * Sends a signed request (its headers; the body is the transport's to attach); `fetch` unless
 * the caller has another way (parts: upload progress).
 */
export type Transport = (request: Request, signal: AbortSignal | undefined) => Promise<Response>;

/**
 * Signs and sends one request. S3 requests are signed with an unsigned payload, so the
 * signature covers the headers only: the request is signed without its body, and the body is
 * handed to `fetch` (or the caller's transport, which has it) only to send. A signed `Request`
 * holding the body would copy a part's bytes where the runtime copies typed arrays (Node).
 * @throws CoreError `ABORTED`, `S3_NETWORK`, `S3_HTTP` (with `status` and `s3Code`).
 */
export async function send(o: SendOptions, url: string, init: RequestInit, what: string, transport?: Transport): Promise<Response> {
  const { body, ...headersOnly } = init;
  // looked up per call: tests replace the global fetch after this module loads
  const doFetch: Transport = transport ?? ((request, signal) => (o.fetch ?? fetch)(request, { body, signal }));
  const req = await client(o.credentials, o.target.region).sign(url, headersOnly);
  let res: Response;
  try {
    res = await doFetch(req, o.signal);
  } catch (e) {
    if (o.signal?.aborted) throw new CoreError('ABORTED', `${what}: paused`);
    throw new CoreError('S3_NETWORK', `${what}: could not reach ${new URL(url).origin} (${(e as Error).message})`, { url, what });
  }
  if (!res.ok) {
    const body = await res.text().catch(() => '');
    const code = xmlField(body, 'Code');
    throw new CoreError('S3_HTTP', `${what}: HTTP ${res.status}${code ? ` ${code}` : ''}${xmlField(body, 'Message') ? `: ${xmlField(body, 'Message')}` : ''}`, {
      url,
      status: res.status,
      s3Code: code,
      what,
    });
  }
  return res;
}
