/**
 * @module
 * Opening an s9pk (spec/s9pk-format.md §3.2, steps R1–R7): header, strict Ed25519ph signature,
 * commitment / 1 MiB DoS bound, every directory table against its sighash, strict layout and
 * the manifest. File bodies other than `manifest.json` are verified lazily when read (§3.3).
 */
import { CoreError } from '../errors.ts';
import { equalBytes } from '../bytes/bytes.ts';
import { parseBase64 } from '../bytes/base64.ts';
import { verifyPh } from '../sign/ed25519ph.ts';
import { encodePublicKeyPem } from '../sign/keys.ts';
import {
  S9PK_SIG_CONTEXT,
  encodeMerkleCommitment,
  type Commitment,
  type MerkleArchiveCommitmentWire,
} from '../sign/commitment.ts';
import { readRange, type ByteSource } from './byte-source.ts';
import { guard } from './guard.ts';
import {
  HEADER_SIZE,
  MAX_ROOT_SIZE_WITHOUT_COMMITMENT,
  parseHeader,
  signedMessage,
  type S9pkHeader,
} from './header.ts';
import { nobleBlake3, type HasherFactory } from './hasher.ts';
import { assertManifestSize, MAX_MANIFEST_BYTES } from './json-limits.ts';
import { parseManifest, type Manifest } from './manifest.ts';
import { expectFile, readVerifiedFile, type ReadFileOptions } from './read-file.ts';
import { readTree, type TreeLimits } from './read-tree.ts';
import {
  getEntry,
  listFiles,
  listMissing,
  type S9pkDir,
  type S9pkEntry,
  type S9pkFile,
} from './tree.ts';

export interface OpenS9pkOptions extends Partial<TreeLimits> {
  /** The commitment the archive must match (registry downloads); lifts the 1 MiB bound to its max size. */
  commitment?: MerkleArchiveCommitmentWire | Commitment;
  hasher?: HasherFactory;
  /** Strict layout and table checks (rows 18–20 of §3.4). Default true. */
  strict?: boolean;
  /** Refuse overlapping sections even when not `strict` (see `ReadTreeOptions`). */
  refuseOverlaps?: boolean;
  signal?: AbortSignal;
}

export interface OpenedS9pk {
  source: ByteSource;
  header: S9pkHeader;
  /** The archive's commitment, read from its (verified) header. */
  commitment: MerkleArchiveCommitmentWire;
  signer: { publicKey: Uint8Array; pem: string };
  root: S9pkDir;
  manifest: Manifest;
  /** manifest.json as parsed, unknown keys included. */
  manifestRaw: Record<string, unknown>;
  /** manifest.json exactly as stored (verified). */
  manifestBytes: Uint8Array;
  hasher: HasherFactory;
  /** Entry at `a/b/c`, if any. */
  entry(path: string): S9pkEntry | undefined;
  /** Reads and verifies one member (small files; see {@link ReadFileOptions.maxBytes}). */
  readFile(path: string, options?: ReadFileOptions): Promise<Uint8Array>;
  files(): S9pkFile[];
  /** Paths of entries whose bytes are not in this file (§4.5). */
  missing(): string[];
}

function decodeCommitment(c: MerkleArchiveCommitmentWire | Commitment): Commitment {
  if ('hash' in c) return c;
  let hash: Uint8Array;
  try {
    hash = parseBase64(c.rootSighash);
  } catch {
    hash = new Uint8Array(0);
  }
  if (hash.length !== 32 || !Number.isSafeInteger(c.rootMaxsize) || c.rootMaxsize < 0) {
    throw new CoreError('S9PK_SIGHASH_MISMATCH', 'the expected commitment is malformed', {
      against: 'commitment',
    });
  }
  return { hash, size: BigInt(c.rootMaxsize) };
}

function checkBound(header: S9pkHeader, commitment: Commitment | undefined): void {
  if (commitment) {
    if (!equalBytes(header.rootSighash, commitment.hash)) {
      throw new CoreError(
        'S9PK_SIGHASH_MISMATCH',
        'merkle root does not match the expected commitment',
        {
          path: '',
          against: 'commitment',
        },
      );
    }
    if (header.rootMaxSize > commitment.size) {
      throw new CoreError(
        'S9PK_TOO_LARGE',
        'root max size is larger than the expected commitment allows',
        {
          rootMaxSize: header.rootMaxSize.toString(),
          against: 'commitment',
        },
      );
    }
  } else if (header.rootMaxSize > BigInt(MAX_ROOT_SIZE_WITHOUT_COMMITMENT)) {
    throw new CoreError(
      'S9PK_TOO_LARGE',
      'root directory max size over 1 MiB without a commitment (DoS guard)',
      {
        rootMaxSize: header.rootMaxSize.toString(),
      },
    );
  }
}

/**
 * Opens and verifies an archive's structure; see the module comment for what is checked.
 * @throws CoreError `S9PK_ZIP`, `S9PK_BAD_MAGIC`, `S9PK_V1`, `S9PK_TRUNCATED`, `S9PK_BAD_SIGNATURE`,
 * `S9PK_SIGHASH_MISMATCH`, `S9PK_TOO_LARGE`, `S9PK_BAD_NAME`, `S9PK_DUPLICATE_NAME`,
 * `S9PK_BAD_ENTRY_TYPE`, `S9PK_TRAILING_DATA`, `S9PK_HASH_MISMATCH` (manifest.json),
 * `S9PK_BAD_MANIFEST`, `S9PK_JSON_TOO_DEEP`, `ABORTED`.
 */
export function openS9pk(source: ByteSource, options: OpenS9pkOptions = {}): Promise<OpenedS9pk> {
  return guard(async () => {
    const hasher = options.hasher ?? nobleBlake3;
    const prefix = await readRange(source, 0, Math.min(HEADER_SIZE, source.size));
    const header = parseHeader(prefix, source.size);
    if (!verifyPh(header.signature, signedMessage(header), header.publicKey, S9PK_SIG_CONTEXT)) {
      throw new CoreError('S9PK_BAD_SIGNATURE', 'header signature does not verify');
    }
    checkBound(header, options.commitment ? decodeCommitment(options.commitment) : undefined);
    const root = await readTree(source, header, {
      hasher,
      strict: options.strict ?? true,
      refuseOverlaps: options.refuseOverlaps,
      maxDepth: options.maxDepth,
      maxTableBytes: options.maxTableBytes,
      signal: options.signal,
    });

    const manifestEntry = getEntry(root, 'manifest.json');
    if (manifestEntry?.kind !== 'file') {
      throw new CoreError('S9PK_BAD_MANIFEST', 'manifest.json is absent or not a file', {
        field: 'manifest',
        kind: manifestEntry?.kind ?? null,
      });
    }
    assertManifestSize(manifestEntry.size, 'manifest.json');
    const manifestBytes = await readVerifiedFile(source, manifestEntry, {
      hasher,
      maxBytes: MAX_MANIFEST_BYTES,
    });
    const { manifest, raw } = parseManifest(manifestBytes);

    return {
      source,
      header,
      commitment: encodeMerkleCommitment({ hash: header.rootSighash, size: header.rootMaxSize }),
      signer: { publicKey: header.publicKey, pem: encodePublicKeyPem(header.publicKey) },
      root,
      manifest,
      manifestRaw: raw,
      manifestBytes,
      hasher,
      entry: (path) => getEntry(root, path),
      readFile: (path, o = {}) =>
        guard(() => readVerifiedFile(source, expectFile(root, path), { hasher, ...o })),
      files: () => listFiles(root),
      missing: () => listMissing(root),
    };
  });
}
