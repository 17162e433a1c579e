/**
 * @module
 * The registry JSON-RPC client (spec/registry-api.md §1–§2): serialises each request once,
 * signs those exact bytes, posts to `<url>/rpc/v0`, and turns every failure into a typed
 * CoreError. Works in the browser, workers and Node (any WHATWG `fetch`).
 */
import { CoreError } from '../errors.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { AUTH_HEADER } from '../sign/auth-header-name.ts';
import type { CallOptions } from './call-options.ts';
import { ClockTracker } from './clock.ts';
import { DEVICE_INFO_HEADER, encodeDeviceInfo } from './device-info.ts';
import {
  answerText,
  checkAnswer,
  decodeAnswer,
  LARGE_ANSWER_BYTES,
  lostConnection,
  streamsAnswer,
  growsWithRegistry,
  type AnswerChecker,
} from './answer.ts';
import { deliverDigest } from './answer-digest.ts';
import { buildRequest } from './envelope.ts';
import { isMethodName, METHOD_ACCESS, type MethodName, type ParamsOf, type ResultOf } from './methods.ts';
import { createRegistryApi } from './registry-api.ts';

/** Signs request bodies; lets a key vault sign without handing out the seed. */
export interface RequestSigner {
  publicKeyPem: string;
  /**
   * Returns the `X-StartOS-Auth-Sig` value for these exact body bytes; may be asynchronous
   * (the console downloads its signing code on first use).
   */
  authHeader(body: Uint8Array, context: string, timestamp: bigint): string | Promise<string>;
}

export interface RegistryClientOptions {
  /** Registry base URL, e.g. `https://registry.example.com` or `http://127.0.0.1:5959`. */
  url: string;
  /** Signs calls (which ones: `sign`) unless a call asks to be anonymous. */
  signer?: RequestSigner | null;
  /**
   * Which calls the signer signs: `every-call` (default; the CLI, like `start-cli`), or
   * `when-required`: only methods the registry authenticates (§3.2: writes, `index`, admin
   * reads), so public reads (`info`, `package.index`, `package.get`, …) never carry a signature.
   */
  sign?: 'every-call' | 'when-required';
  /** Signing context (§2.6); default: the URL's hostname. */
  context?: string;
  /** Default timeout per call in ms (default 60 s; `package.add`/`add-mirror` 15 min). */
  timeoutMs?: number;
  /** Sign with local time corrected by the observed server offset (default false). */
  correctClock?: boolean;
  /**
   * Parses and checks answers of at least {@link LARGE_ANSWER_BYTES} elsewhere (the console
   * passes a worker); smaller answers, and every answer without it, are checked in-process.
   */
  checkLargeAnswer?: AnswerChecker;
  fetch?: typeof fetch;
  now?: () => number;
}

const SLOW_METHODS = new Set<string>(['package.add', 'package.add-mirror']);

/** True when the registry authenticates `method` (§3.1: access above `anon`; unknown: no). */
export function requiresSignature(method: string): boolean {
  return isMethodName(method) && METHOD_ACCESS[method].level !== 'anon';
}

/** Normalises a base URL and derives the RPC endpoint (`/rpc/v0`, §1.1). */
export function rpcEndpoint(url: string): URL {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new CoreError('RPC_TRANSPORT', `not a valid URL: ${url}`, { url });
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new CoreError('RPC_TRANSPORT', `unsupported URL scheme ${base.protocol}`, { url });
  }
  const path = base.pathname.replace(/\/+$/, '');
  return new URL(`${base.origin}${path}/rpc/v0`);
}

/** The default signing context: the URL's hostname (IPv6 keeps its brackets), §2.6. */
export function defaultContext(url: string): string {
  return new URL(url).hostname;
}

export function createRegistryClient(options: RegistryClientOptions) {
  const endpoint = rpcEndpoint(options.url);
  const context = options.context ?? defaultContext(options.url);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? (() => Date.now());
  const clock = new ClockTracker();
  let nextId = 1;

  async function call<M extends MethodName>(method: M, params: ParamsOf<M>, opts: CallOptions = {}): Promise<ResultOf<M>> {
    const large = options.checkLargeAnswer;
    const { onDigest, onPreview } = opts;
    if (large?.prepare && growsWithRegistry(method)) large.prepare();
    return send(method, params as object, opts, async (res, signal) => {
      const contentType = res.headers.get('content-type') ?? '';
      if (large && res.body && streamsAnswer(method, res.headers.get('content-length'))) {
        return large({ method, params, body: res.body, contentType, signal, onDigest, onPreview });
      }
      const job = { method, params, body: await readBody(method, res), contentType };
      if (large && job.body.byteLength >= LARGE_ANSWER_BYTES) return large({ ...job, signal, onDigest });
      const result = checkAnswer(job);
      deliverDigest(method, result, onDigest);
      return result;
    });
  }

  async function callRaw(method: string, params: object, opts: CallOptions = {}): Promise<unknown> {
    return send(method, params, opts, async (res) =>
      decodeAnswer(method, answerText(await readBody(method, res)), res.headers.get('content-type') ?? ''),
    );
  }

  /**
   * Posts one call and hands a 2xx answer to `use`, all within the call's timeout and abort
   * (`signal` ends with them).
   */
  async function send<T>(
    method: string,
    params: object,
    opts: CallOptions,
    use: (res: Response, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const id = nextId++;
    const body = encodeUtf8(JSON.stringify(buildRequest(id, method, params)));
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const unneeded = options.sign === 'when-required' && !requiresSignature(method);
    const signer = opts.anonymous || unneeded ? null : options.signer;
    if (signer) {
      const corrected = opts.clockOffsetMs ?? (options.correctClock && clock.offsetMs !== null ? clock.offsetMs : 0);
      const ts = BigInt(Math.floor((now() + corrected) / 1000));
      headers[AUTH_HEADER] = await signer.authHeader(body, context, ts);
    }
    if (opts.deviceInfo) headers[DEVICE_INFO_HEADER] = encodeDeviceInfo(opts.deviceInfo);

    const timeoutMs = opts.timeoutMs ?? options.timeoutMs ?? (SLOW_METHODS.has(method) ? 15 * 60_000 : 60_000);
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    if (opts.signal?.aborted) throw new CoreError('ABORTED', `${method}: aborted`);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let res: Response;
      try {
        res = await doFetch(endpoint, { method: 'POST', headers, body, signal: controller.signal });
      } catch (e) {
        if (timedOut || opts.signal?.aborted) throw e; // named below
        const cause = (e as { cause?: { message?: string } }).cause?.message ?? (e as Error).message;
        throw new CoreError(
          'RPC_TRANSPORT',
          `${method}: could not reach ${endpoint.origin} (${cause}). ` +
            'The registry may be down or unreachable, or (in a browser) it answered without CORS headers, ' +
            'which it does for a malformed or mis-signed request body (-32700).',
          { method, url: endpoint.href, signed: Boolean(signer), cause },
        );
      }
      clock.observe(res.headers.get('date'), now());
      if (!res.ok) {
        const answer = await readBody(method, res);
        throw new CoreError('RPC_HTTP', `${method}: HTTP ${res.status} from ${endpoint.href}`, {
          method,
          status: res.status,
          body: answerText(answer.slice(0, 2000)).slice(0, 500),
        });
      }
      return await use(res, controller.signal);
    } catch (e) {
      if (timedOut) throw new CoreError('RPC_TIMEOUT', `${method}: no answer within ${timeoutMs} ms`, { method, timeoutMs });
      if (opts.signal?.aborted) throw new CoreError('ABORTED', `${method}: aborted`, { method });
      throw e;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    url: options.url,
    endpoint,
    context,
    clock,
    call,
    /** Untyped escape hatch for methods outside the table (the `rpc` CLI). */
    callRaw,
    api: createRegistryApi(call),
  };
}

/** The whole body of an answer. */
function readBody(method: string, res: Response): Promise<ArrayBuffer> {
  return res.arrayBuffer().catch((e: unknown) => {
    throw lostConnection(method, e);
  });
}

export type RegistryClient = ReturnType<typeof createRegistryClient>;
