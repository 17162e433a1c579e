/**
 * @module
 * Removals (design.md §4.4, spec registry-api.md §4.3) from the package page and retention: a variant, a version
 * or the package. Mirrors are added and removed through lib/mirror-mutations.ts. Each refreshes
 * the registry's package reads on success.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRefreshPackages } from './mirror-mutations.ts';
import { useRegistryScope, type RegistryScope } from './registry-scope.tsx';
import { currentKey } from './vault-session.ts';
import { packageIndexOptions } from './registry-queries.ts';
import { historyOutcome, recordHistory } from './history/record-history.ts';
import type { HistoryAction, HistoryVariant } from '../../core/history/history-line.ts';

export type RemoveParams = { id: string; version?: string; sighash?: string; force?: boolean };

/**
 * `package.remove`: a variant (`version` + `sighash`), a version, or the package (`force`).
 * The attempt is recorded in the local history with the variants it concerned (from the cached
 * index), signed by the registry's acting key when that key is the one unlocked.
 */
export async function removeAndRecord(scope: RegistryScope, qc: QueryClient, p: RemoveParams): Promise<boolean> {
  // who acted: the registry's acting key, never another key that happens to be unlocked
  const keyPem = scope.keyUse === 'signs' ? (currentKey()?.publicKeyPem ?? null) : null;
  const pkg = qc.getQueryData(packageIndexOptions(scope).queryKey)?.packages[p.id];
  const versions = p.version === undefined ? Object.values(pkg?.versions ?? {}) : [pkg?.versions[p.version]].filter((v) => v !== undefined);
  const variants: HistoryVariant[] = versions
    .flatMap((v) => v.s9pks)
    .filter(([, a]) => p.sighash === undefined || a.commitment.rootSighash === p.sighash)
    .map(([, a]) => ({ sighash: a.commitment.rootSighash, urls: a.urls }));
  const action: HistoryAction = p.version === undefined ? 'remove-package' : p.sighash === undefined ? 'remove-version' : 'remove-variant';
  const record = (error?: unknown) =>
    keyPem === null ? null : recordHistory({ keyPem, action, registry: scope.url, package: { id: p.id, version: p.version ?? null }, variants, outcome: historyOutcome(error) });
  try {
    const changed = await scope.client.api.package.remove(p);
    await record();
    return changed;
  } catch (e) {
    await record(e);
    throw e;
  }
}

/** `removeAndRecord` as a mutation that refreshes the registry's package reads on success. */
export function useRemove() {
  const scope = useRegistryScope();
  const qc = useQueryClient();
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: (p: RemoveParams) => removeAndRecord(scope, qc, p),
    onSuccess: refresh,
  });
}
