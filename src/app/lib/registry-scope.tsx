/**
 * @module
 * The registry a route works on: taken from the URL (`/r/:registry/…`, so deep links carry
 * it), merged with its saved settings, with a client that signs with the unlocked key.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createRegistryClient, type RegistryClient } from '../../core/rpc/client.ts';
import { checkLargeAnswer } from '../../worker/client.ts';
import { sessionSigner, useUnlockedKey } from './vault-session.ts';
import { signingContext, useSavedRegistries, type SavedRegistry } from './registries.ts';

export interface RegistryScope {
  url: string;
  saved: SavedRegistry | null;
  context: string;
  client: RegistryClient;
  /** Public key PEM of the unlocked key, or null. */
  keyPem: string | null;
}

const Ctx = createContext<RegistryScope | null>(null);

export function RegistryScopeProvider({ url, children }: { url: string; children: ReactNode }) {
  const saved = useSavedRegistries().data?.find((r) => r.url === url) ?? null;
  const key = useUnlockedKey();
  const context = signingContext({ url, context: saved?.context ?? null });
  const keyPem = key?.publicKeyPem ?? null;
  const client = useMemo(
    () => createRegistryClient({ url, context, signer: keyPem ? sessionSigner() : null, checkLargeAnswer }),
    [url, context, keyPem],
  );
  const value = useMemo(() => ({ url, saved, context, client, keyPem }), [url, saved, context, client, keyPem]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current registry scope; throws outside `/r/:registry` routes (a programming error). */
export function useRegistryScope(): RegistryScope {
  const v = useContext(Ctx);
  if (!v) throw new Error('useRegistryScope outside a registry route');
  return v;
}
