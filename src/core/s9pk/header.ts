/**
 * @module
 * The fixed 155-byte s9pk v2 header (spec/s9pk-format.md §1.1) and the magic checks of the
 * opening algorithm's step R1 (§3.2). Upstream: s9pk/v2/mod.rs, merkle_archive/mod.rs.
 */
import { CoreError } from '../errors.ts';
import { concatBytes, encodeU64be, equalBytes, parseU64be } from '../bytes/bytes.ts';

/** `;;` + format version 2; upstream `MAGIC_AND_VERSION` in s9pk/v2/mod.rs. */
export const MAGIC_AND_VERSION = Uint8Array.of(0x3b, 0x3b, 0x02);
/** Header length: magic/version (3) + key (32) + signature (64) + sighash (32) + 3 × u64. */
export const HEADER_SIZE = 155;
/** Root max size allowed without a commitment; upstream `CAP_1_MiB` (merkle_archive/mod.rs). */
export const MAX_ROOT_SIZE_WITHOUT_COMMITMENT = 1 << 20;

export interface S9pkHeader {
  publicKey: Uint8Array;
  signature: Uint8Array;
  rootSighash: Uint8Array;
  /** Signed upper bound of the root table length. */
  rootMaxSize: bigint;
  /** Unsigned location of the root table. */
  rootPosition: bigint;
  rootTableSize: bigint;
}

const ZIP_LOCAL = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const ZIP_EMPTY = Uint8Array.of(0x50, 0x4b, 0x05, 0x06);

/**
 * Step R1 on the first bytes of a file of `totalSize` bytes (`prefix` = its first ≤ 155 bytes).
 * @throws CoreError `S9PK_ZIP`, `S9PK_BAD_MAGIC`, `S9PK_V1`, `S9PK_TRUNCATED`.
 */
export function checkMagic(prefix: Uint8Array, totalSize: number): void {
  const starts = (m: Uint8Array) =>
    prefix.length >= m.length && equalBytes(prefix.subarray(0, m.length), m);
  if (starts(ZIP_LOCAL) || starts(ZIP_EMPTY)) {
    throw new CoreError('S9PK_ZIP', 'this is a zip archive, not an s9pk: unzip it first');
  }
  for (let i = 0; i < 2 && i < prefix.length; i++) {
    if (prefix[i] !== 0x3b)
      throw new CoreError('S9PK_BAD_MAGIC', 'not an s9pk file (bad magic)', { offset: i });
  }
  if (prefix.length < 3)
    throw new CoreError('S9PK_TRUNCATED', 'file too short for an s9pk header', { size: totalSize });
  const version = prefix[2]!;
  if (version === 0x01) {
    throw new CoreError(
      'S9PK_V1',
      'legacy s9pk v1 file; convert it with `start-cli s9pk convert`',
      { version },
    );
  }
  if (version !== 0x02) {
    throw new CoreError('S9PK_BAD_MAGIC', `unsupported s9pk format version ${version}`, {
      version,
      offset: 2,
    });
  }
  if (totalSize < HEADER_SIZE || prefix.length < HEADER_SIZE) {
    throw new CoreError(
      'S9PK_TRUNCATED',
      `file too short for an s9pk header (${totalSize} bytes)`,
      {
        size: totalSize,
      },
    );
  }
}

/**
 * Parses the header (steps R1–R2). `bytes` holds at least the first 155 bytes of the file.
 * @throws CoreError `S9PK_ZIP`, `S9PK_BAD_MAGIC`, `S9PK_V1`, `S9PK_TRUNCATED`.
 */
export function parseHeader(bytes: Uint8Array, totalSize = bytes.length): S9pkHeader {
  checkMagic(bytes.subarray(0, HEADER_SIZE), totalSize);
  return {
    publicKey: bytes.slice(3, 35),
    signature: bytes.slice(35, 99),
    rootSighash: bytes.slice(99, 131),
    rootMaxSize: parseU64be(bytes, 131),
    rootPosition: parseU64be(bytes, 139),
    rootTableSize: parseU64be(bytes, 147),
  };
}

/** The 40 signed bytes: root sighash ‖ u64be(root max size) (§1.2). */
export function signedMessage(h: Pick<S9pkHeader, 'rootSighash' | 'rootMaxSize'>): Uint8Array {
  return concatBytes(h.rootSighash, encodeU64be(h.rootMaxSize));
}

/** Encodes a header (step W5). */
export function encodeHeader(h: S9pkHeader): Uint8Array {
  return concatBytes(
    MAGIC_AND_VERSION,
    h.publicKey,
    h.signature,
    signedMessage(h),
    encodeU64be(h.rootPosition),
    encodeU64be(h.rootTableSize),
  );
}
