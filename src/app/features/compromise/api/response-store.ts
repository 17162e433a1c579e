/**
 * @module
 * The state of one key-compromise response (issue 17 item 3): the suspect key, each item's
 * latest result, the user's choices (which admins to revoke, which variants to keep), and the
 * log of everything done — every attempt and every kept variant, with its time, registry and
 * acting key — from which the report is written. A different key starts a new response.
 */
import type { KeyFindings, SuspectKey } from '../../../../core/registry/key-compromise.ts';
import type { ResponseItem, ResponseStep } from '../../../../core/registry/key-response.ts';
import { createStore, useStore } from '../../../lib/create-store.ts';

export type ItemState = (
  | { status: 'running' }
  | { status: 'done'; at: string }
  | { status: 'kept'; at: string }
  | { status: 'failed'; at: string; error: unknown }
) & {
  /** The item itself: it stays listed with its result after a refresh no longer finds it (it was removed). */
  item: ResponseItem;
};

export type LogResult = 'done' | 'no-change' | 'kept' | 'failed';

export interface LogEntry {
  at: string;
  step: ResponseStep;
  registry: string;
  /** The item in words, in the language of the moment it was done. */
  item: string;
  result: LogResult;
  /** The failure in words (title, details, code), or null. */
  error: string | null;
  /** `SHA256:…` of the key that signed the call, or null (a kept variant: nothing was signed). */
  actingKey: string | null;
}

/** A step's run in progress: how many calls, on how many registries. */
export interface RunningStep {
  step: ResponseStep;
  items: number;
  registries: number;
}

export interface ResponseState {
  /** The suspect key, or null before one is chosen. */
  suspect: SuspectKey | null;
  /**
   * Registry URL → what was found there when first read for this key: the response works on it
   * and the report states it, while the registries change under the response ("Check again"
   * reads them anew).
   */
  found: Record<string, KeyFindings>;
  /** Registry URL → what was found there first, kept for the report even after "Check again". */
  firstFound: Record<string, KeyFindings>;
  items: Record<string, ItemState>;
  /** Items of `revoke-admin` the user chose to run. */
  revoke: Record<string, boolean>;
  /** Items of `remove-variant` the user chose to keep. */
  keep: Record<string, boolean>;
  log: LogEntry[];
  /** The step whose calls are being sent, or null: one run at a time, on the whole page. */
  running: RunningStep | null;
}

const EMPTY: ResponseState = { suspect: null, found: {}, firstFound: {}, items: {}, revoke: {}, keep: {}, log: [], running: null };

export const responseStore = createStore<ResponseState>(EMPTY);

export function useResponse(): ResponseState {
  return useStore(responseStore);
}

/** Starts over for `key` unless it is the key already under response. */
export function focusSuspect(key: SuspectKey | null): void {
  const now = responseStore.get();
  // a run in progress stays marked until it ends (the page offers no new key meanwhile)
  if (now.suspect?.pem !== key?.pem) responseStore.set({ ...EMPTY, suspect: key, running: now.running });
}

export function setItem(state: ItemState): void {
  responseStore.set((s) => ({ ...s, items: { ...s.items, [state.item.key]: state } }));
}

export function appendLog(entry: LogEntry): void {
  responseStore.set((s) => ({ ...s, log: [...s.log, entry] }));
}

export function setRunning(running: RunningStep | null): void {
  responseStore.set((s) => ({ ...s, running }));
}

export function setChoice(kind: 'revoke' | 'keep', key: string, on: boolean): void {
  responseStore.set((s) => ({ ...s, [kind]: { ...s[kind], [key]: on } }));
}

/** Keeps what was found on a registry, unless something is kept for it already. */
export function keepFindings(url: string, findings: KeyFindings): void {
  if (Object.hasOwn(responseStore.get().found, url)) return;
  responseStore.set((s) => ({ ...s, found: { ...s.found, [url]: findings }, firstFound: { [url]: findings, ...s.firstFound } }));
}

/** Forgets what was found, so the next reads are kept instead. */
export function forgetFindings(): void {
  responseStore.set((s) => ({ ...s, found: {} }));
}
