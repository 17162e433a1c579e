/**
 * @module
 * The local history of writes done in this browser (issue #14 item 5), in IndexedDB: its own
 * database `registry-console-history`, one signed line per key, keys that sort by time. Lines
 * are kept as recorded (their signature covers them); unreadable values are skipped, never
 * deleted. A revision counter tells screens to read again after each append.
 */
import { createStore as createIdbStore, promisifyRequest, set } from 'idb-keyval';
import type { HistoryLine } from '../../../core/history/history-line.ts';
import { createStore, useStore } from '../create-store.ts';

const lines = createIdbStore('registry-console-history', 'lines');
const revision = createStore(0);
let counter = 0;

const isLine = (v: unknown): v is HistoryLine =>
  typeof v === 'object' && v !== null && (v as { v?: unknown }).v === 1 && typeof (v as { at?: unknown }).at === 'string';

/** Appends a line; its key orders it after every earlier one. */
export async function appendHistoryLine(line: HistoryLine): Promise<void> {
  counter = (counter + 1) % 1_000_000;
  const key = `${new Date(line.at).getTime().toString().padStart(15, '0')}-${counter.toString().padStart(6, '0')}-${Math.random().toString(36).slice(2, 8)}`;
  await set(key, line, lines);
  revision.set((n) => n + 1);
}

/** Every readable line, oldest first. */
export async function listHistory(): Promise<HistoryLine[]> {
  const all = await lines('readonly', (os) => promisifyRequest(os.getAll()));
  return all.filter(isLine);
}

/** Deletes every line (tests and the history page's "clear"). */
export async function clearHistory(): Promise<void> {
  await lines('readwrite', (os) => promisifyRequest(os.clear()));
  revision.set((n) => n + 1);
}

/** Changes after every append or clear: part of the history query's key. */
export function useHistoryRevision(): number {
  return useStore(revision);
}
