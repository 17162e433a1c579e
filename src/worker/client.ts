/**
 * @module
 * Main-thread facade of the s9pk workers (../shared/style.md §2.5, ../shared/design.md §2):
 * plain async functions, so components never see messages. A pool of
 * min(2, hardwareConcurrency) module workers; where `Worker` is missing (unit tests in Node)
 * the same request handler runs in-process with @noble/hashes (excalidraw's fallback idea).
 */
import { WorkerPool, type WorkerEndpoint } from './pool.ts';
import type {
  Blake3FileResult,
  InspectResult,
  Progress,
  VerifyResult,
  WorkerResponse,
} from './protocol.ts';
import type { UrlHashAnswer } from '../core/registry/os-mirror.ts';

export type { Blake3FileResult, InspectResult, VerifyResult, Progress } from './protocol.ts';

export interface InspectOptions {
  signal?: AbortSignal;
}

export interface VerifyOptions {
  signal?: AbortSignal;
  /** Throttled: at most every 64 MiB or 100 ms, plus the first (0) and the last (`total`). */
  onProgress?: (p: Progress) => void;
}

/**
 * Runs the request handler on this thread, behind the same interface as a Worker. The handler
 * and the core reader are loaded on first use, so pages with Workers never download them.
 */
export function inProcessEndpoint(): WorkerEndpoint {
  let closed = false;
  const deliver = (res: WorkerResponse) => {
    if (!closed) endpoint.onmessage?.({ data: res } as MessageEvent<WorkerResponse>);
  };
  const handler = Promise.all([import('./handler.ts'), import('../core/s9pk/hasher.ts')]).then(
    ([{ createRequestHandler }, { nobleBlake3 }]) =>
      createRequestHandler(deliver, Promise.resolve({ name: 'noble', factory: nobleBlake3 })),
  );
  const endpoint: WorkerEndpoint = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    // Requests keep their order: each waits on the same promise.
    postMessage: (req) => void handler.then((handle) => closed || handle(req)),
    terminate: () => {
      closed = true;
    },
  };
  return endpoint;
}

function createEndpoint(): WorkerEndpoint {
  if (typeof Worker === 'undefined') return inProcessEndpoint();
  return new Worker(new URL('./entry.ts', import.meta.url), {
    type: 'module',
    name: 's9pk',
  }) as unknown as WorkerEndpoint;
}

let pool: WorkerPool | null = null;

function getPool(): WorkerPool {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  pool ??= new WorkerPool({ size: Math.max(1, Math.min(2, cores)), create: createEndpoint });
  return pool;
}

/**
 * Opens an archive off the main thread and returns its header-level facts: id, title,
 * version, icon, hardware requirements, signer, commitment, manifest, license/instructions
 * presence, dependency metadata, missing entries. Checks the signature, every table and
 * manifest.json; member bodies are not hashed (use {@link verifyS9pk}).
 * @throws CoreError `S9PK_BAD_MAGIC`, `S9PK_V1`, `S9PK_ZIP`, `S9PK_BAD_SIGNATURE`,
 * `S9PK_SIGHASH_MISMATCH`, `S9PK_TOO_LARGE`, `S9PK_TRUNCATED`, `S9PK_HASH_MISMATCH`,
 * `S9PK_BAD_MANIFEST`, `S9PK_BAD_NAME`, `S9PK_DUPLICATE_NAME`, … and `ABORTED`.
 */
export function inspectS9pk(file: Blob, options: InspectOptions = {}): Promise<InspectResult> {
  return getPool().run({ op: 'inspect', file }, options);
}

/**
 * Fully verifies an archive off the main thread: signature, tables and every file's BLAKE3,
 * streamed in 16 MiB reads. Resolves with `complete: false` for a filtered copy.
 * @throws CoreError `S9PK_HASH_MISMATCH` (detail.path), every {@link inspectS9pk} code, `ABORTED`.
 */
export function verifyS9pk(file: Blob, options: VerifyOptions = {}): Promise<VerifyResult> {
  return getPool().run({ op: 'verify', file }, options);
}

/**
 * The BLAKE3 commitment (hash and size, `Blake3Commitment`) of a whole file off the main
 * thread, as OS image assets carry it: one sequential read, progress as in {@link verifyS9pk}.
 * @throws CoreError `ABORTED`, `S9PK_TRUNCATED` (the file changed while read), `WORKER_FAILED`.
 */
export function hashBlake3File(file: Blob, options: VerifyOptions = {}): Promise<Blake3FileResult> {
  return getPool().run({ op: 'blake3', file }, options);
}

/**
 * The BLAKE3 commitment of every byte `url` serves, read as a stream in a worker (an OS image
 * mirror, spec registry-api.md §5.3); `size` is the expected length, for progress.
 * @throws CoreError `ABORTED`, `WORKER_FAILED`; an HTTP error or a broken read is an answer.
 */
export function hashBlake3Url(url: string, size: number, options: VerifyOptions = {}): Promise<UrlHashAnswer> {
  return getPool().run({ op: 'blake3Url', url, size }, options);
}

/**
 * Starts the workers ahead of the first file (call when a drop zone appears): each loads its
 * code and compiles blake3-wasm in the background. Idle workers end after 30 s.
 */
export function prewarmS9pkWorkers(): void {
  getPool().prewarm();
}

/** Ends all workers (tests, page teardown); pending calls reject with `ABORTED`. */
export function disposeS9pkWorkers(): void {
  pool?.dispose();
  pool = null;
}

export { checkLargeAnswer } from './answer-client.ts';
