/**
 * @module
 * The signers the viewer can see, to put names on signature keys (spec/registry-api.md §7):
 * everyone can read the package's scoped signers (`package.signer.list`, anonymous); admins
 * also read every signer (`admin.signer.list`), registered signers the `signers` of `index`.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { packageSignersOptions, signedIndexOptions, signersOptions, useRole } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import {
  buildSignerDirectory,
  signersOfPackageList,
  type SignerDirectory,
} from '../../../../core/registry/signer-directory.ts';

/** `all`: every registered signer is known; `package`: only the package's scoped signers; `none`: no names. */
export type SignerCoverage = 'all' | 'package' | 'none';

export interface SignerNames {
  directory: SignerDirectory;
  coverage: SignerCoverage;
}

export function useSignerDirectory(packageId: string, enabled = true): SignerNames {
  const scope = useRegistryScope();
  const kind = useRole().data?.kind;
  const scoped = useQuery({ ...packageSignersOptions(scope, packageId), enabled });
  const admin = useQuery({ ...signersOptions(scope), enabled: enabled && kind === 'admin' });
  const index = useQuery({
    ...signedIndexOptions(scope),
    select: (i) => i.signers,
    enabled: enabled && kind === 'signer',
  });
  return useMemo(() => {
    const all = admin.data ?? index.data;
    const pkg = scoped.data ? signersOfPackageList(scoped.data) : undefined;
    return {
      directory: buildSignerDirectory(...[pkg, all].filter((s) => s !== undefined)),
      coverage: all ? 'all' : pkg ? 'package' : 'none',
    };
  }, [scoped.data, admin.data, index.data]);
}
