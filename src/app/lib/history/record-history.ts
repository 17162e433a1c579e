/**
 * @module
 * Records one write in the local history when its outcome is known (issue #14 item 5): the
 * acting key, what, where, when and the outcome, signed with that key while it is unlocked
 * (Ed25519ph, context `registry-console-history`, over the line's RFC 8785 canonical JSON).
 * Publish and removal record here; promotion does too. Recording never fails the write it
 * describes: a storage error is only logged.
 */
import {
  HISTORY_LINE_VERSION,
  HISTORY_SIG_CONTEXT,
  historyKey,
  historySigningBytes,
  withSignature,
  type HistoryEntry,
  type HistoryLine,
  type HistoryOutcome,
} from '../../../core/history/history-line.ts';
import { isCoreError } from '../../../core/errors.ts';
import { rfc3339 } from '../../../core/registry/version-record.ts';
import { signBytesWithSession } from '../vault-session.ts';
import { appendHistoryLine } from './history-store.ts';

/** What the caller knows; time, key member, format version and signature are added here. */
export type HistoryInput = Omit<HistoryEntry, 'v' | 'at' | 'key'> & {
  /** `PUBLIC KEY` PEM of the key that signed the write. */
  keyPem: string;
};

/** The outcome member for a finished call: ok, or the error's code and message. */
export function historyOutcome(error?: unknown): HistoryOutcome {
  if (error === undefined) return { status: 'ok' };
  const code = isCoreError(error) ? error.code : error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'failed', code, message };
}

/** Builds, signs and stores a line; resolves with it, or null when it could not be stored. */
export async function recordHistory(input: HistoryInput, now = new Date()): Promise<HistoryLine | null> {
  const { keyPem, ...rest } = input;
  try {
    const entry: HistoryEntry = { v: HISTORY_LINE_VERSION, at: rfc3339(now), key: historyKey(keyPem), ...rest };
    if (entry.from === undefined) delete entry.from;
    const signature = await signBytesWithSession(historySigningBytes(entry), HISTORY_SIG_CONTEXT, keyPem);
    const line = withSignature(entry, signature);
    await appendHistoryLine(line);
    return line;
  } catch (e) {
    console.error('could not record the history line', e);
    return null;
  }
}
