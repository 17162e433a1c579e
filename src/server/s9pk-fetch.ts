/**
 * @module
 * Opening an s9pk at a URL for `package.add` / `add-mirror` (spec/registry-api.md §4.3 step 4,
 * §8.2, §8.3): sequential HTTP reading, opened against the supplied commitment, with reader
 * failures mapped to upstream's error kinds.
 */
import { CoreError } from '../core/errors.ts';
import type { MerkleArchiveCommitmentWire } from '../core/sign/commitment.ts';
import type { ByteSource } from '../core/s9pk/byte-source.ts';
import { openS9pk, type OpenedS9pk } from '../core/s9pk/open.ts';
import { DOWNLOAD_FAILED, openHttpSource } from './http-source.ts';
import type { HostResolver } from './ports.ts';
import { budgetSource } from './read-budget.ts';
import { RpcError } from './rpc-error.ts';
import { publicOnlyFetch } from './url-guard.ts';

export interface S9pkFetcher {
  /** Opens the archive at `url`; `close()` releases the connection. */
  open(url: string, commitment: MerkleArchiveCommitmentWire): Promise<{ archive: OpenedS9pk; close(): void }>;
}

/**
 * Maps a reader error to the registry error a client would see (§4.3 step 4); anything that is
 * neither a CoreError nor an RpcError is returned as it is, for the handler's internal-error path.
 */
export function s9pkError(url: string, e: unknown): unknown {
  if (e instanceof RpcError || !(e instanceof CoreError)) return e;
  switch (e.code) {
    case 'S9PK_BAD_MAGIC':
    case 'S9PK_V1':
    case 'S9PK_ZIP':
    case 'S9PK_TRUNCATED':
    case 'S9PK_BAD_NAME':
    case 'S9PK_DUPLICATE_NAME':
    case 'S9PK_BAD_ENTRY_TYPE':
    case 'S9PK_TRAILING_DATA':
    case 'S9PK_NOT_FOUND':
    case 'S9PK_MISSING_ENTRY':
      return new RpcError(18, `${url}: ${e.message}`);
    case 'S9PK_BAD_SIGNATURE':
    case 'S9PK_SIGHASH_MISMATCH':
    case 'S9PK_HASH_MISMATCH':
      return new RpcError(31, `${url}: ${e.message}`);
    case 'S9PK_TOO_LARGE':
      // Upstream's root max-size bound is part of checking the signature (31); the dependency
      // count is our own cap (core MAX_DEPENDENCIES), a parse refusal like the other caps (18).
      return new RpcError(e.detail.field === 'dependencies' ? 18 : 31, `${url}: ${e.message}`);
    case 'S9PK_BAD_MANIFEST':
      // Upstream: `get_path("manifest.json").or_not_found(…)` is 6; a directory or a pruned
      // entry fails `read_file_to_vec` as 18; only the JSON itself is 12 (spec §12).
      if (e.detail.field === 'manifest' && e.detail.kind === null) return new RpcError(6, `${url}: manifest.json`);
      if (e.detail.field === 'manifest' && typeof e.detail.kind === 'string') return new RpcError(18, `${url}: ${e.message}`);
      return new RpcError(12, `${url}: ${e.message}`);
    case 'ABORTED':
      // The per-archive timeout: the same message as every other download failure.
      return new RpcError(9, `${url}: ${DOWNLOAD_FAILED}`);
    case 'BYTES_BAD_UTF8':
      return new RpcError(12, `${url}: ${e.message}`);
    default:
      return new RpcError(1, `${url}: ${e.message}`);
  }
}

/**
 * Opens a fetched archive the way the stand-in reads every download: upstream's lax layout,
 * but overlapping sections refused and no more bytes read in total than the file holds.
 * @throws RpcError (see {@link s9pkError}).
 */
export async function openFetchedArchive(
  source: ByteSource,
  url: string,
  commitment: MerkleArchiveCommitmentWire,
  signal?: AbortSignal,
): Promise<OpenedS9pk> {
  try {
    // Upstream's reader is lax about layout; structure, hashes and signature still count.
    return await openS9pk(budgetSource(source), { commitment, strict: false, refuseOverlaps: true, signal });
  } catch (e) {
    throw s9pkError(url, e);
  }
}

export interface HttpFetcherOptions {
  /** Overall time per archive (default 5 minutes). */
  timeoutMs?: number;
  /** `--deny-private-urls`: refuse non-public targets, resolving names with this resolver. */
  denyPrivate?: HostResolver;
  fetch?: typeof fetch;
}

/** The default fetcher: HEAD + sequential GETs with an overall timeout per archive. */
export function httpS9pkFetcher({ timeoutMs = 5 * 60_000, denyPrivate, fetch: inner = fetch }: HttpFetcherOptions = {}): S9pkFetcher {
  const doFetch = denyPrivate ? publicOnlyFetch(denyPrivate, inner) : inner;
  return {
    async open(url, commitment) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const close = () => {
        clearTimeout(timer);
        source?.close();
      };
      let source: Awaited<ReturnType<typeof openHttpSource>> | undefined;
      try {
        source = await openHttpSource(url, { signal: controller.signal, fetch: doFetch });
        const archive = await openFetchedArchive(source, url, commitment, controller.signal);
        return { archive, close };
      } catch (e) {
        close();
        throw s9pkError(url, e);
      }
    },
  };
}
