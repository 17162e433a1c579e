/**
 * @module
 * One plain-data verdict for an s9pk (what the CLI prints with --json and a worker can post):
 * open (spec/s9pk-format.md §3.2) and, for a full check, verify every file (§3.3). Never throws
 * for bad data: failures become `ok: false` with the CoreError code.
 */
import type { CoreErrorCode } from '../errors.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import type { ByteSource } from './byte-source.ts';
import { toS9pkError } from './guard.ts';
import { openS9pk, type OpenS9pkOptions, type OpenedS9pk } from './open.ts';
import { verifyAll, type VerifyAllOptions } from './verify-all.ts';

export interface S9pkReport {
  ok: boolean;
  code: CoreErrorCode | null;
  message: string | null;
  commitment: MerkleArchiveCommitmentWire | null;
  /** Signer public key, PEM. */
  signer: string | null;
  /** manifest.json as parsed (unknown keys kept). */
  manifest: Record<string, unknown> | null;
  files: { path: string; size: number }[];
}

export interface ReportOptions
  extends OpenS9pkOptions, Pick<VerifyAllOptions, 'onProgress' | 'chunkSize'> {
  /** Hash every file (a full verification); otherwise only open (tables + manifest). */
  full?: boolean;
}

/**
 * Opens (and with `full`, verifies) an archive and summarises the outcome. A filtered copy with
 * missing entries fails a full check with `S9PK_MISSING_ENTRY` (it cannot be published, §4.4).
 * @throws only CoreError `ABORTED` when the signal fires.
 */
export async function reportS9pk(
  source: ByteSource,
  options: ReportOptions = {},
): Promise<S9pkReport> {
  let opened: OpenedS9pk | null = null;
  const base = (): S9pkReport => ({
    ok: true,
    code: null,
    message: null,
    commitment: opened?.commitment ?? null,
    signer: opened?.signer.pem ?? null,
    manifest: opened?.manifestRaw ?? null,
    files: opened?.files().map((f) => ({ path: f.path, size: f.size })) ?? [],
  });
  try {
    opened = await openS9pk(source, options);
    if (options.full) {
      const v = await verifyAll(opened, options);
      if (!v.complete) {
        return {
          ...base(),
          ok: false,
          code: 'S9PK_MISSING_ENTRY',
          message: `signed entries missing from this file (a filtered copy): ${v.missing.join(', ')}`,
        };
      }
    }
    return base();
  } catch (e) {
    const err = toS9pkError(e);
    if (err.code === 'ABORTED') throw err;
    return { ...base(), ok: false, code: err.code, message: err.message };
  }
}
