/**
 * @module
 * Where an upload goes: an S3-compatible endpoint, region, bucket, addressing style and the
 * public base URL the registry will download from; object keys from a template like
 * `start-cli s9pk publish` (`{id}/{version}/{filename}`).
 */
import { CoreError } from '../errors.ts';
import { MAX_CONCURRENCY } from './upload-parts.ts';

export interface S3Target {
  /** e.g. `https://s3.us-east-1.amazonaws.com` or `http://127.0.0.1:4568`. */
  endpoint: string;
  region: string;
  bucket: string;
  /** Path-style (`endpoint/bucket/key`) instead of virtual-hosted (`bucket.endpoint/key`). */
  pathStyle: boolean;
  /** Public base URL of objects (what the registry downloads), e.g. `https://cdn.example.com`. */
  publicBaseUrl: string;
  /** Object key template; placeholders `{id}`, `{version}`, `{filename}`. */
  keyTemplate: string;
  /** Parts uploaded at once (1–16); unset means the default, 4. */
  partConcurrency?: number;
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export const DEFAULT_KEY_TEMPLATE = '{id}/{version}/{filename}';

const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');

/**
 * Checks a target and normalises its URLs.
 * @throws CoreError `S3_CONFIG` naming the bad field.
 */
export function validateTarget(t: S3Target): S3Target {
  const url = (v: string, field: string) => {
    try {
      const u = new URL(v);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
      return u.href.replace(/\/+$/, '');
    } catch {
      throw new CoreError('S3_CONFIG', `${field} must be an http(s) URL`, { field });
    }
  };
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(t.bucket)) throw new CoreError('S3_CONFIG', 'invalid bucket name', { field: 'bucket' });
  if (!t.region.trim()) throw new CoreError('S3_CONFIG', 'region is required', { field: 'region' });
  if (!t.keyTemplate.includes('{filename}')) throw new CoreError('S3_CONFIG', 'the key template must contain {filename}', { field: 'keyTemplate' });
  const n = t.partConcurrency;
  if (n !== undefined && !(Number.isInteger(n) && n >= 1 && n <= MAX_CONCURRENCY)) {
    throw new CoreError('S3_CONFIG', `parts uploaded at once must be a whole number from 1 to ${MAX_CONCURRENCY}`, { field: 'partConcurrency' });
  }
  return { ...t, endpoint: url(t.endpoint, 'endpoint'), publicBaseUrl: url(t.publicBaseUrl, 'publicBaseUrl') };
}

/** Renders the object key; version colons and slashes stay as written but are URL-encoded later. */
export function renderKey(template: string, vars: { id: string; version: string; filename: string }): string {
  return template.replace(/\{(id|version|filename)\}/g, (_, k: 'id' | 'version' | 'filename') => vars[k]).replace(/^\/+/, '');
}

/** The signed API URL of an object (or of the bucket when `key` is empty). */
export function objectApiUrl(t: S3Target, key: string): string {
  const e = new URL(t.endpoint);
  if (t.pathStyle) return `${e.origin}${e.pathname.replace(/\/+$/, '')}/${t.bucket}/${encodeKey(key)}`;
  return `${e.protocol}//${t.bucket}.${e.host}${e.pathname.replace(/\/+$/, '')}/${encodeKey(key)}`;
}

/** The public download URL of an object. */
export function objectPublicUrl(t: S3Target, key: string): string {
  return `${t.publicBaseUrl.replace(/\/+$/, '')}/${encodeKey(key)}`;
}

/** The CORS rule a bucket needs for browser uploads from `origin` (shown when CORS is missing). */
export function corsRuleFor(origin: string): string {
  return `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>${origin}</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedMethod>DELETE</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
  </CORSRule>
</CORSConfiguration>`;
}
