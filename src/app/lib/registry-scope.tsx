/**
 * @module
 * The registry a route works on: taken from the URL (`/r/:registry/…`, so deep links carry
 * it), merged with its saved settings, with a client that signs with the unlocked key — only
 * on a registry the user has saved, and there only the calls the registry authenticates
 * (writes, the role check, admin reads; spec registry-api.md §3.2, §7; issue 11, item 8).
 * Opening a link to any other registry never hands it a signature. A saved registry may name
 * the key that acts there (registries.ts `keyId`, issue 14 item 2): then only that key signs
 * for it — every request and every commitment made through this scope — and with another key
 * unlocked nothing is signed at all.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createRegistryClient, type RegistryClient } from '../../core/rpc/client.ts';
import type { Commitment } from '../../core/sign/commitment.ts';
import { checkLargeAnswer } from '../../worker/client.ts';
import { sessionSigner, signWithSession, useUnlockedKey, type UnlockedKey } from './vault-session.ts';
import { signingContext, useSavedRegistries, type SavedRegistry } from './registries.ts';

/**
 * What the unlocked key does here: `no-key` (none unlocked), `pending` (saved registries not
 * read yet), `unsaved` (a key is unlocked but this registry is not saved: nothing is signed),
 * `wrong-key` (saved registry whose default key is not the unlocked one: nothing is signed),
 * `signs` (saved registry: authenticated calls are signed).
 */
export type KeyUse = 'no-key' | 'pending' | 'unsaved' | 'wrong-key' | 'signs';

export interface RegistryScope {
  url: string;
  saved: SavedRegistry | null;
  context: string;
  client: RegistryClient;
  /** Public key PEM of the unlocked key, or null (whether or not it signs here: `keyUse`). */
  keyPem: string | null;
  keyUse: KeyUse;
  /** Vault id of the key that must act here (the saved registry's default key), or null: the unlocked one. */
  actingKeyId: string | null;
  /** Signs a commitment with the acting key; throws when it is not the unlocked one. */
  signCommitment(c: Commitment, context: string): Promise<string>;
}

/** How the unlocked key is used on `url`, given the saved registries (undefined: still loading). */
export function keyUseFor(url: string, key: Pick<UnlockedKey, 'id'> | null, saved: readonly SavedRegistry[] | undefined): KeyUse {
  if (!key) return 'no-key';
  if (!saved) return 'pending';
  const entry = saved.find((r) => r.url === url);
  if (!entry) return 'unsaved';
  return entry.keyId != null && entry.keyId !== key.id ? 'wrong-key' : 'signs';
}

const Ctx = createContext<RegistryScope | null>(null);

/**
 * The scope of registry `url` given the saved registries (undefined: still loading) and the
 * unlocked key — what the provider hands its subtree; pages that span several registries
 * (the key-compromise response) build one per registry with it.
 */
export function registryScopeOf(url: string, list: readonly SavedRegistry[] | undefined, key: UnlockedKey | null): RegistryScope {
  const saved = list?.find((r) => r.url === url) ?? null;
  const context = signingContext({ url, context: saved?.context ?? null });
  const keyPem = key?.publicKeyPem ?? null;
  const keyUse = keyUseFor(url, key, list);
  const actingKeyId = saved?.keyId ?? null;
  const signs = keyUse === 'signs';
  const client = createRegistryClient({ url, context, signer: signs && keyPem ? sessionSigner(actingKeyId) : null, sign: 'when-required', checkLargeAnswer });
  return { url, saved, context, client, keyPem, keyUse, actingKeyId, signCommitment: (c: Commitment, ctx: string) => signWithSession(c, ctx, actingKeyId) };
}

/** The saved registries for scopes: unreadable ones (no IndexedDB) count as none, so nothing is signed. */
export function useScopeRegistries(): readonly SavedRegistry[] | undefined {
  const savedQuery = useSavedRegistries();
  return savedQuery.data ?? (savedQuery.isError ? [] : undefined);
}

export function RegistryScopeProvider({ url, children }: { url: string; children: ReactNode }) {
  const list = useScopeRegistries();
  const key = useUnlockedKey();
  const value = useMemo(() => registryScopeOf(url, list, key), [url, list, key]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current registry scope; throws outside `/r/:registry` routes (a programming error). */
export function useRegistryScope(): RegistryScope {
  const v = useContext(Ctx);
  if (!v) throw new Error('useRegistryScope outside a registry route');
  return v;
}
