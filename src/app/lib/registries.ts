/**
 * @module
 * Saved registries in IndexedDB (idb-keyval): URL, optional label, signing-hostname override
 * and the default key that acts there. Shared by every feature; the registries feature owns
 * the screens.
 */
import { get, set } from 'idb-keyval';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { defaultContext } from '../../core/rpc/client.ts';
import { translate } from '../i18n/i18n.ts';

export interface SavedRegistry {
  /** Normalised base URL (no trailing slash). */
  url: string;
  label: string | null;
  /** Signing hostname override (spec §2.6); null = the URL's hostname. */
  context: string | null;
  /**
   * Vault record id of the key that acts on this registry (channels often have different
   * administrators); absent or null = whichever key is unlocked.
   */
  keyId?: string | null;
  addedAt: string;
}

const KEY = 'registries.v1';

/**
 * Normalises user input to a registry base URL; adds `http://` to bare host:port.
 * @throws Error with a human message for anything that is not an http(s) URL.
 */
export function normalizeRegistryUrl(input: string): string {
  const text = input.trim();
  if (!text) throw new Error(translate('registryUrl.empty'));
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(translate('registryUrl.invalid', { text }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(translate('registryUrl.scheme'));
  if (url.search || url.hash) throw new Error(translate('registryUrl.queryOrHash'));
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/rpc\/v0$/, '')}`;
}

/** The signing context in force for a registry. */
export function signingContext(r: Pick<SavedRegistry, 'url' | 'context'>): string {
  return r.context ?? defaultContext(r.url);
}

export async function loadRegistries(): Promise<SavedRegistry[]> {
  return ((await get(KEY)) as SavedRegistry[] | undefined) ?? [];
}

async function write(list: SavedRegistry[]): Promise<void> {
  await set(KEY, list);
}

export const savedRegistryKeys = { all: ['saved-registries'] as const };

export const savedRegistriesOptions = () =>
  queryOptions({ queryKey: savedRegistryKeys.all, queryFn: loadRegistries, staleTime: Infinity });

export function useSavedRegistries() {
  return useQuery(savedRegistriesOptions());
}

/** Adds or updates (by URL) a saved registry. */
export async function upsertRegistry(entry: Omit<SavedRegistry, 'addedAt'> & { addedAt?: string }): Promise<SavedRegistry> {
  const list = await loadRegistries();
  const existing = list.find((r) => r.url === entry.url);
  // fields the entry leaves out (the default key) are kept
  const saved: SavedRegistry = { ...existing, ...entry, addedAt: existing?.addedAt ?? entry.addedAt ?? new Date().toISOString() };
  await write(existing ? list.map((r) => (r.url === entry.url ? saved : r)) : [...list, saved]);
  return saved;
}

export async function removeRegistry(url: string): Promise<void> {
  await write((await loadRegistries()).filter((r) => r.url !== url));
}

export function useUpsertRegistry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: upsertRegistry,
    onSuccess: () => qc.invalidateQueries({ queryKey: savedRegistryKeys.all }),
  });
}

export function useRemoveRegistry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: removeRegistry,
    onSuccess: () => qc.invalidateQueries({ queryKey: savedRegistryKeys.all }),
  });
}
