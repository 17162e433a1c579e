/**
 * @module
 * One line of the exportable history (issue #14 item 5): who (the acting key), what (package,
 * version, variants by sighash with URLs), where (registry), when and the outcome of a publish,
 * removal or promotion done in the console. Each line is signed when recorded: Ed25519ph
 * (RFC 8032 §5.1) with the context {@link HISTORY_SIG_CONTEXT} over the RFC 8785 canonical
 * JSON of the line without its `signature` member. Lines are exported as JSON Lines.
 */
import { encodeBase64, parseBase64 } from '../bytes/base64.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { keyFingerprint, parsePublicKeyPem } from '../sign/public-key.ts';
import { canonicalJson } from './canonical-json.ts';

/** The signature context of history lines; distinct from every context the registry uses. */
export const HISTORY_SIG_CONTEXT = 'registry-console-history';
/** Format version of a line (`v`). */
export const HISTORY_LINE_VERSION = 1;

export type HistoryAction = 'publish' | 'remove-version' | 'remove-variant' | 'remove-package' | 'promote';

export interface HistoryVariant {
  /** `commitment.rootSighash` (Base64). */
  sighash: string;
  urls: string[];
}

export type HistoryOutcome = { status: 'ok' } | { status: 'failed'; code: string; message: string };

/** A line before it is signed. */
export interface HistoryEntry {
  v: typeof HISTORY_LINE_VERSION;
  /** RFC 3339 UTC time the outcome was known. */
  at: string;
  action: HistoryAction;
  /** The registry's base URL (for a promotion: the target). */
  registry: string;
  /** A promotion's source registry. */
  from?: string;
  /** The acting key: `PUBLIC KEY` PEM and its `SHA256:` fingerprint. */
  key: { pem: string; fingerprint: string };
  package: { id: string; version: string | null };
  variants: HistoryVariant[];
  outcome: HistoryOutcome;
}

/** A signed line: the entry plus the Base64 signature (null when no key was unlocked to sign). */
export type HistoryLine = HistoryEntry & { signature: string | null };

/** The bytes signed for an entry: its canonical JSON in UTF-8 (a `signature` member excluded). */
export function historySigningBytes(entry: HistoryEntry | HistoryLine): Uint8Array {
  const rest: Record<string, unknown> = { ...entry };
  delete rest.signature;
  return encodeUtf8(canonicalJson(rest));
}

/** The `key` member for a public key PEM. @throws CoreError for a malformed PEM. */
export function historyKey(pem: string): HistoryEntry['key'] {
  return { pem, fingerprint: keyFingerprint(parsePublicKeyPem(pem)) };
}

/** Attaches a raw 64-byte signature (or null) to an entry. */
export function withSignature(entry: HistoryEntry, signature: Uint8Array | null): HistoryLine {
  return { ...entry, signature: signature === null ? null : encodeBase64(signature) };
}

/** The exported form: one canonical JSON object per line, each ending in `\n`. */
export function encodeJsonLines(lines: readonly HistoryLine[]): string {
  return lines.map((l) => `${canonicalJson(l)}\n`).join('');
}

export type LineVerdict =
  | { ok: true; line: HistoryLine }
  | { ok: false; problem: 'not-json' | 'bad-shape' | 'unsigned' | 'bad-key' | 'fingerprint' | 'bad-signature'; detail: string };

type Verify = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array, context: string) => boolean;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shapeProblem(o: Record<string, unknown>): string | null {
  if (o.v !== HISTORY_LINE_VERSION) return `unknown version ${JSON.stringify(o.v)}`;
  for (const k of ['at', 'action', 'registry'] as const) if (typeof o[k] !== 'string') return `${k} is not a string`;
  if (!isObj(o.key) || typeof o.key.pem !== 'string' || typeof o.key.fingerprint !== 'string') return 'key is not {pem, fingerprint}';
  if (!isObj(o.package) || typeof o.package.id !== 'string') return 'package is not {id, version}';
  if (!Array.isArray(o.variants)) return 'variants is not an array';
  if (!isObj(o.outcome) || typeof o.outcome.status !== 'string') return 'outcome is not {status}';
  return null;
}

/**
 * Checks one exported line: JSON, the shape, the fingerprint of the embedded key, and the
 * signature over the line's canonical JSON. `verify` is strict Ed25519ph (sign/ed25519ph.ts),
 * passed in so that reading a history costs no curve code until it is checked.
 */
export function verifyHistoryLine(text: string, verify: Verify): LineVerdict {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: 'not-json', detail: (e as Error).message };
  }
  if (!isObj(o)) return { ok: false, problem: 'bad-shape', detail: 'not a JSON object' };
  const shape = shapeProblem(o);
  if (shape !== null) return { ok: false, problem: 'bad-shape', detail: shape };
  const line = o as unknown as HistoryLine;
  if (typeof line.signature !== 'string') return { ok: false, problem: 'unsigned', detail: 'no signature' };
  let key: Uint8Array;
  let signature: Uint8Array;
  try {
    key = parsePublicKeyPem(line.key.pem);
    signature = parseBase64(line.signature);
  } catch (e) {
    return { ok: false, problem: 'bad-key', detail: (e as Error).message };
  }
  if (keyFingerprint(key) !== line.key.fingerprint) return { ok: false, problem: 'fingerprint', detail: 'the fingerprint is not that of the key' };
  let message: Uint8Array;
  try {
    message = historySigningBytes(line);
  } catch (e) {
    return { ok: false, problem: 'bad-shape', detail: (e as Error).message };
  }
  if (!verify(signature, message, key, HISTORY_SIG_CONTEXT)) return { ok: false, problem: 'bad-signature', detail: `signature by ${line.key.fingerprint} does not match` };
  return { ok: true, line };
}

/** Splits a JSON Lines text into its non-empty lines with 1-based line numbers. */
export function splitJsonLines(text: string): { n: number; text: string }[] {
  return text
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t.replace(/\r$/, '') }))
    .filter((l) => l.text.trim() !== '');
}
