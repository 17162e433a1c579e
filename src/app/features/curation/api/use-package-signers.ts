/**
 * @module
 * A package's scoped signers and their ranges: `package.signer.list` (anonymous, spec
 * registry-api.md §4.4), `{ guid: [SignerInfo, range] }`. Idle until a package is chosen.
 */
import { useQuery } from '@tanstack/react-query';
import { packageSignersOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function usePackageSigners(id: string | null) {
  return useQuery({
    ...packageSignersOptions(useRegistryScope(), id ?? ''),
    enabled: id !== null && id !== '',
  });
}
