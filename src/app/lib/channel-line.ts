/**
 * @module
 * The channel line (issue 14 item 1): an ordered list of 2–4 registries with labels (alpha →
 * beta → stable), kept in IndexedDB (idb-keyval) and shared as a link whose query carries the
 * line as repeated `ch=<label>@<registry URL>` (a label never holds `@`, so the first one
 * splits). Shared by the channels feature and the package page's "promote" link.
 */
import { get, set } from 'idb-keyval';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { normalizeRegistryUrl } from './registries.ts';

export interface Channel {
  label: string;
  /** Normalised registry URL. */
  url: string;
}

export const MIN_CHANNELS = 2;
export const MAX_CHANNELS = 4;
const KEY = 'channel-line.v1';

/** Why a line cannot be used, or null when it can. */
export type LineProblem = 'count' | 'label' | 'duplicate-url' | 'duplicate-label';

export function lineProblem(line: readonly Channel[]): LineProblem | null {
  if (line.length < MIN_CHANNELS || line.length > MAX_CHANNELS) return 'count';
  if (line.some((c) => !c.label.trim() || c.label.includes('@') || c.label.length > 40)) return 'label';
  if (new Set(line.map((c) => c.url)).size !== line.length) return 'duplicate-url';
  if (new Set(line.map((c) => c.label.trim().toLowerCase())).size !== line.length) return 'duplicate-label';
  return null;
}

/** The query string of a shared line (`ch=alpha@https://…`, in order). */
export function encodeLine(line: readonly Channel[]): string {
  const p = new URLSearchParams();
  for (const c of line) p.append('ch', `${c.label}@${c.url}`);
  return p.toString();
}

/** The line in a shared link's query, or null when it holds none or an unusable one. */
export function decodeLine(search: URLSearchParams): Channel[] | null {
  const values = search.getAll('ch');
  if (values.length === 0) return null;
  const line: Channel[] = [];
  for (const v of values) {
    const at = v.indexOf('@');
    if (at <= 0) return null;
    try {
      line.push({ label: v.slice(0, at), url: normalizeRegistryUrl(v.slice(at + 1)) });
    } catch {
      return null;
    }
  }
  return lineProblem(line) === null ? line : null;
}

export async function loadLine(): Promise<Channel[]> {
  const value: unknown = await get(KEY);
  return Array.isArray(value) ? (value as Channel[]) : [];
}

export const channelLineKeys = { all: ['channel-line'] as const };

export const channelLineOptions = () => queryOptions({ queryKey: channelLineKeys.all, queryFn: loadLine, staleTime: Infinity });

export function useChannelLine() {
  return useQuery(channelLineOptions());
}

export function useSaveLine() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (line: Channel[]) => set(KEY, line),
    onSuccess: () => qc.invalidateQueries({ queryKey: channelLineKeys.all }),
  });
}

/** The channel after `url` in the line, or null (last channel, or not in the line). */
export function nextChannel(line: readonly Channel[], url: string): Channel | null {
  const i = line.findIndex((c) => c.url === url);
  return i >= 0 && i + 1 < line.length ? line[i + 1]! : null;
}
