/**
 * @module
 * The worker operations as plain functions of a `Blob`, used by entry.ts in the worker and
 * by client.ts's main-thread fallback: `inspect` (open: signature, tables, manifest; then the
 * small members a publish screen shows, spec/s9pk-format.md §3.2, §5.3) and `verify` (open plus
 * every file hashed, §3.3, §5.3) and `blake3` (the whole file's commitment, an OS image asset,
 * spec registry-api.md §5.3). Only core calls; no DOM.
 */
import { blobByteSource } from '../core/s9pk/byte-source.ts';
import type { HasherFactory } from '../core/s9pk/hasher.ts';
import { iconDataUrl, readDependencyMetadata, readIcon } from '../core/s9pk/members.ts';
import { openS9pk, type OpenedS9pk } from '../core/s9pk/open.ts';
import { verifyAll } from '../core/s9pk/verify-all.ts';
import { blockCachedSource } from './block-cache.ts';
import { canStreamVerify, verifyByStreaming } from './stream-verify.ts';
import { commitBlake3File } from './blake3-file.ts';
import type {
  Blake3FileResult,
  HasherName,
  InspectDependency,
  InspectResult,
  Progress,
  VerifyResult,
} from './protocol.ts';

/** What each operation needs besides the file. */
export interface OpContext {
  hasher: HasherFactory;
  hasherName: HasherName;
  signal: AbortSignal;
  /**
   * How `verify` reads member bodies: one sequential BYOB stream (default where supported) or
   * core `verifyAll`'s 16 MiB `slice()` reads with one prefetched. Chosen by bench/run.ts.
   */
  readStrategy?: 'stream' | 'slices';
}

/** Opens over the file through a block cache (tables and small members: few round trips). */
function open(file: Blob, ctx: OpContext): Promise<OpenedS9pk> {
  const source = blockCachedSource(blobByteSource(file));
  return openS9pk(source, { hasher: ctx.hasher, signal: ctx.signal });
}

/**
 * Header-level facts of an archive; hashes only tables, manifest.json and the icons.
 * @throws CoreError as `openS9pk` (`S9PK_BAD_MAGIC`, `S9PK_BAD_SIGNATURE`, `S9PK_TRUNCATED`, …),
 * `S9PK_BAD_MANIFEST` (dependency metadata), `ABORTED`.
 */
export async function inspectBlob(file: Blob, ctx: OpContext): Promise<InspectResult> {
  const opened = await open(file, ctx);
  const m = opened.manifest;
  const icon = await readIcon(opened);
  const dependencies: Record<string, InspectDependency> = {};
  for (const [id, d] of await readDependencyMetadata(opened)) {
    dependencies[id] = {
      title: d.title,
      iconDataUrl: d.icon ? iconDataUrl(d.icon) : null,
      description: d.description,
      optional: d.optional,
    };
  }
  const files = opened.files();
  const imageArches = new Set(Object.values(m.images).flatMap((img) => img.arch));
  return {
    id: m.id,
    title: m.title,
    version: m.version,
    icon: icon ? { path: icon.path, mime: icon.mime, dataUrl: iconDataUrl(icon) } : null,
    arches: m.hardwareRequirements.arch,
    imageArches: [...imageArches].sort(),
    hardwareRequirements: m.hardwareRequirements,
    size: file.size,
    signer: opened.signer.pem,
    commitment: opened.commitment,
    manifest: opened.manifestRaw,
    hasLicense: opened.entry('LICENSE.md')?.kind === 'file',
    hasInstructions: opened.entry('instructions.md')?.kind === 'file',
    dependencies,
    missing: opened.missing(),
    fileCount: files.length,
    contentBytes: files.reduce((n, f) => n + f.size, 0),
  };
}

/** Minimum spacing of progress events (whichever comes first). */
export const PROGRESS_MIN_BYTES = 64 << 20;
export const PROGRESS_MIN_MS = 100;

/**
 * Wraps `emit` so it fires at most every {@link PROGRESS_MIN_BYTES} or {@link PROGRESS_MIN_MS},
 * always for the first (0) and the final (`done === total`) event.
 */
export function throttleProgress(
  emit: (p: Progress) => void,
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  let lastDone = -1;
  let lastAt = 0;
  return (done, total) => {
    const t = now();
    const due =
      lastDone < 0 ||
      done === total ||
      done - lastDone >= PROGRESS_MIN_BYTES ||
      t - lastAt >= PROGRESS_MIN_MS;
    if (!due || done === lastDone) return;
    lastDone = done;
    lastAt = t;
    emit({ done, total });
  };
}

/**
 * Full verification: open (signature, every table, manifest) and hash every file in one
 * sequential pass (see stream-verify.ts). A filtered copy resolves with `complete: false`.
 * @throws CoreError as `openS9pk`, `S9PK_HASH_MISMATCH` (detail.path), `S9PK_TRUNCATED`, `ABORTED`.
 */
export async function verifyBlob(
  file: Blob,
  ctx: OpContext,
  onProgress?: (p: Progress) => void,
): Promise<VerifyResult> {
  const opened = await open(file, ctx);
  const options = {
    signal: ctx.signal,
    onProgress: onProgress ? throttleProgress(onProgress) : undefined,
  };
  const v =
    (ctx.readStrategy ?? (canStreamVerify() ? 'stream' : 'slices')) === 'stream'
      ? await verifyByStreaming(opened, file, options)
      : await verifyAll(opened, options);
  return {
    commitment: opened.commitment,
    signer: opened.signer.pem,
    files: v.files,
    bytes: v.bytes,
    missing: v.missing,
    complete: v.complete,
    hasher: ctx.hasherName,
  };
}

/**
 * The BLAKE3 commitment (hash and size) of the whole file, read once front to back.
 * @throws CoreError `ABORTED`, `S9PK_TRUNCATED` (the file shrank while read).
 */
export async function blake3Blob(
  file: Blob,
  ctx: OpContext,
  onProgress?: (p: Progress) => void,
): Promise<Blake3FileResult> {
  const commitment = await commitBlake3File(file, {
    hasher: ctx.hasher,
    signal: ctx.signal,
    readStrategy: ctx.readStrategy,
    onProgress: onProgress ? throttleProgress(onProgress) : undefined,
  });
  return { commitment, hasher: ctx.hasherName };
}
