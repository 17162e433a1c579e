/**
 * @module
 * JSON-RPC envelope of the registry (spec/registry-api.md §1.3, §1.5): request bodies with
 * `params` always an object, and response decoding into a result or a typed remote error.
 */
import { CoreError } from '../errors.ts';
import { errorKindOf, type RpcErrorData, type RpcErrorKind } from './error-codes.ts';

export interface RpcRequest {
  jsonrpc: '2.0';
  id: number | string | null;
  method: string;
  params: Record<string, unknown>;
}

/** What `CoreError('RPC_REMOTE').detail` carries: branch on `code`, never on text (§1.5). */
export interface RemoteErrorDetail {
  [key: string]: unknown;
  method: string;
  code: number;
  kind: RpcErrorKind | 'Unrecognized';
  /** `error.message`: the kind's display name, localized to the server's language. */
  message: string;
  /** `data.details` for registry errors, or the string `data` of framework errors. */
  details: string | null;
  data: RpcErrorData;
}

/**
 * Builds a request object. `params` must be a plain object: the registry rejects a missing
 * or null `params` with -32700, and every method takes an object.
 * @throws TypeError when params is not a plain object (a programming error).
 */
export function buildRequest(
  id: number | string | null,
  method: string,
  params: object,
): RpcRequest {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new TypeError(`params of ${method} must be an object`);
  }
  return { jsonrpc: '2.0', id, method, params: params as Record<string, unknown> };
}

/** Error of a remote JSON-RPC error object. */
export function remoteError(
  method: string,
  error: { code: number; message?: unknown; data?: unknown },
): CoreError {
  const data = error.data as RpcErrorData;
  const details =
    typeof data === 'string'
      ? data
      : data && typeof data === 'object' && typeof data.details === 'string'
        ? data.details
        : null;
  const message = typeof error.message === 'string' ? error.message : '';
  const detail: RemoteErrorDetail = {
    method,
    code: error.code,
    kind: errorKindOf(error.code),
    message,
    details,
    data,
  };
  return new CoreError(
    'RPC_REMOTE',
    `${method}: ${error.code} ${message}${details ? `: ${details}` : ''}`,
    detail,
  );
}

/**
 * Decodes one response object: returns `result` or throws the remote error.
 * @throws CoreError `RPC_REMOTE` (detail: RemoteErrorDetail) or `RPC_BAD_RESPONSE`.
 */
export function decodeResponse(method: string, body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new CoreError('RPC_BAD_RESPONSE', `${method}: response is not a JSON-RPC object`);
  }
  const r = body as Record<string, unknown>;
  if ('error' in r && r.error !== undefined && r.error !== null) {
    const e = r.error as Record<string, unknown>;
    if (typeof e.code !== 'number') {
      throw new CoreError('RPC_BAD_RESPONSE', `${method}: error object without a numeric code`);
    }
    throw remoteError(method, { code: e.code, message: e.message, data: e.data });
  }
  if (!('result' in r))
    throw new CoreError('RPC_BAD_RESPONSE', `${method}: response has neither result nor error`);
  return r.result;
}

/** The remote error detail of a CoreError, or null when it is not a registry error. */
export function remoteErrorOf(e: unknown): RemoteErrorDetail | null {
  return e instanceof CoreError && e.code === 'RPC_REMOTE' ? (e.detail as RemoteErrorDetail) : null;
}
