/**
 * @module
 * The stored keys (public metadata and sealed seeds; never a clear seed). The store's code
 * (record parsing, which needs the Ed25519 code) loads with the first read, so screens in the
 * first download (the registry header names the acting key) can list the keys without it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadChunk } from '../chunk-load-error.ts';
import { vaultKeys } from './vault-keys.ts';

export const vaultKeysOptions = () =>
  queryOptions({
    queryKey: vaultKeys.lists(),
    queryFn: async () => (await loadChunk(() => import('./vault-store.ts'))).listRecords(),
    staleTime: Infinity,
  });

export function useVaultKeys() {
  return useQuery(vaultKeysOptions());
}

/** `SHA256:…` fingerprint of a public key PEM, computed by code loaded on first use (null until then, or if the PEM is bad). */
export function useKeyFingerprint(publicKeyPem: string | null): string | null {
  return (
    useQuery({
      queryKey: vaultKeys.fingerprint(publicKeyPem ?? ''),
      queryFn: async () => {
        const { keyFingerprint, parsePublicKeyPem } = await loadChunk(() => import('../../../core/sign/public-key.ts'));
        return keyFingerprint(parsePublicKeyPem(publicKeyPem ?? ''));
      },
      enabled: publicKeyPem !== null,
      staleTime: Infinity,
      retry: false,
    }).data ?? null
  );
}
