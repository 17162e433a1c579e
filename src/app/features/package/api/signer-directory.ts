/**
 * @module
 * The signers the viewer can see, to put names on signature keys (spec/registry-api.md §7):
 * everyone can read the package's scoped signers (`package.signer.list`, anonymous); admins
 * also read every signer (`admin.signer.list`), registered signers the `signers` of `index`.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useRole } from '../../../lib/role.ts';
import {
  buildSignerDirectory,
  signersOfPackageList,
  type SignerDirectory,
} from '../lib/signers.ts';
import { packageKeys } from './keys.ts';

/** `all`: every registered signer is known; `package`: only the package's scoped signers; `none`: no names. */
export type SignerCoverage = 'all' | 'package' | 'none';

export interface SignerNames {
  directory: SignerDirectory;
  coverage: SignerCoverage;
}

export function useSignerDirectory(packageId: string, enabled = true): SignerNames {
  const { client, url, keyPem } = useRegistryScope();
  const kind = useRole().data?.kind;
  const scoped = useQuery({
    queryKey: packageKeys.signerList(url, packageId),
    queryFn: ({ signal }) =>
      client.api.package.signer.list({ id: packageId }, { signal, anonymous: true }),
    enabled,
  });
  const admin = useQuery({
    queryKey: registryKeys.signers(url),
    queryFn: ({ signal }) => client.api.admin.signer.list({ signal }),
    enabled: enabled && kind === 'admin',
  });
  const index = useQuery({
    queryKey: registryKeys.index(url, keyPem),
    queryFn: ({ signal }) => client.api.index({ signal }),
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
