/**
 * @module
 * The message protocol between the page and the s9pk workers (../shared/style.md §2.5):
 * discriminated request/response unions keyed by a numeric `id`. Files cross as `Blob`s
 * (structured clone, no copy); errors cross as `{ code, message, detail }` and are rebuilt as
 * CoreError on the page, because `instanceof` does not survive `postMessage` (style.md §2.3).
 */
import { CoreError, type CoreErrorCode } from '../core/errors.ts';
import { toS9pkError } from '../core/s9pk/guard.ts';
import type { HardwareRequirements, LocaleString } from '../core/s9pk/manifest.ts';
import type { Blake3CommitmentWire, MerkleArchiveCommitmentWire } from '../core/sign/commitment.ts';
import type { UrlHashAnswer } from '../core/registry/os-mirror.ts';

/** One operation on one file. */
export type WorkerOp =
  | { op: 'inspect'; file: Blob }
  | { op: 'verify'; file: Blob }
  | { op: 'blake3'; file: Blob }
  /** The BLAKE3 of what a URL serves (an OS image mirror); `size` is the expected length. */
  | { op: 'blake3Url'; url: string; size: number };

/** What the page posts: an operation with its id, or the cancellation of one. */
export type WorkerRequest = (WorkerOp & { id: number }) | { op: 'cancel'; id: number };

/** An icon as shown by the console. */
export interface InspectIcon {
  path: string;
  mime: string;
  /** `data:<mime>;base64,…` (spec/s9pk-format.md §5.3). */
  dataUrl: string;
}

/** Metadata of one declared dependency (registry `dependencyMetadata`, spec §7.2). */
export interface InspectDependency {
  title: LocaleString | null;
  iconDataUrl: string | null;
  description: LocaleString | null;
  optional: boolean;
}

/**
 * Header-level facts of an archive: everything `openS9pk` verified (signature, tables,
 * manifest) plus the small members a publish screen shows. File bodies are NOT hashed here.
 */
export interface InspectResult {
  id: string;
  title: string;
  /** The manifest's version string, exactly. */
  version: string;
  icon: InspectIcon | null;
  /** `hardwareRequirements.arch` (null = any architecture). */
  arches: string[] | null;
  /** Architectures the images are packed for (union over `manifest.images`), sorted. */
  imageArches: string[];
  hardwareRequirements: HardwareRequirements;
  /** File size in bytes. */
  size: number;
  /** Signer public key, PEM. */
  signer: string;
  commitment: MerkleArchiveCommitmentWire;
  /** manifest.json as parsed, unknown keys kept. */
  manifest: Record<string, unknown>;
  hasLicense: boolean;
  hasInstructions: boolean;
  dependencies: Record<string, InspectDependency>;
  /** Paths of signed entries absent from this file (a filtered copy, spec §4.5). */
  missing: string[];
  /** Number of member files and their total size. */
  fileCount: number;
  contentBytes: number;
}

/** The verdict of a full verification (spec/s9pk-format.md §5.3). */
export interface VerifyResult {
  commitment: MerkleArchiveCommitmentWire;
  signer: string;
  /** Files hashed and their bytes. */
  files: number;
  bytes: number;
  missing: string[];
  /** True when nothing is missing: every signed entry is present and verified. */
  complete: boolean;
  /** Which BLAKE3 implementation did the work. */
  hasher: HasherName;
}

/** The commitment of a whole file (an OS image asset, spec registry-api.md §5.3). */
export interface Blake3FileResult {
  commitment: Blake3CommitmentWire;
  /** Which BLAKE3 implementation did the work. */
  hasher: HasherName;
}

/** BLAKE3 implementations the worker can use. */
export type HasherName = 'blake3-wasm' | 'noble';

/** Result type of each operation. */
export interface OpResults {
  inspect: InspectResult;
  verify: VerifyResult;
  blake3: Blake3FileResult;
  blake3Url: UrlHashAnswer;
}

/** Progress of a verification (member bytes) or of a whole-file hash (file bytes). */
export interface Progress {
  done: number;
  total: number;
}

/** A CoreError as plain data. */
export interface WireError {
  code: CoreErrorCode;
  message: string;
  detail: Record<string, unknown>;
}

/** What a worker posts back: progress (any number), then exactly one final ok/error. */
export type WorkerResponse =
  | { id: number; progress: Progress }
  | { id: number; ok: true; value: OpResults[keyof OpResults] }
  | { id: number; ok: false; error: WireError };

/** Keeps only what survives structured clone and JSON (bigints become strings). */
function plainDetail(detail: Record<string, unknown>): Record<string, unknown> {
  try {
    const json = JSON.stringify(detail, (_k, v: unknown) =>
      typeof v === 'bigint' ? v.toString() : v,
    );
    return (JSON.parse(json) as Record<string, unknown> | null) ?? {};
  } catch {
    return {};
  }
}

/**
 * Turns anything thrown into a WireError. CoreErrors keep their code; anything else goes
 * through the core's `toS9pkError` (an `AbortError` becomes `ABORTED`, an I/O failure
 * `S9PK_TRUNCATED`).
 */
export function toWireError(e: unknown): WireError {
  const err = e instanceof CoreError ? e : toS9pkError(e);
  return { code: err.code, message: err.message, detail: plainDetail(err.detail) };
}

/** Rebuilds the CoreError on the receiving side. */
export function fromWireError(w: WireError): CoreError {
  return new CoreError(w.code, w.message, w.detail);
}
