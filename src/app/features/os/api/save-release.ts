/**
 * @module
 * Creates or edits a StartOS release: `os.version.add` (spec registry-api.md §4.6, admins
 * only). It is an upsert: headline, notes and upgrade-source range are overwritten, the
 * release's images and authorized signers are kept, and the caller joins `authorized` (§3.4).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReleaseDraft } from '../lib/release-form.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useSaveRelease() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (params: ReleaseDraft) => client.api.os.version.add(params),
    onSuccess: () => invalidateRegistry(qc, url, 'os'),
  });
}
