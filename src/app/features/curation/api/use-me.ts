/**
 * @module
 * Who the unlocked key is on this registry (signer Guid and key PEM), for the guards and for
 * deciding when a write changes the caller's own role.
 */
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useRole } from '../../../lib/registry-queries.ts';

export interface Me {
  guid: string | null;
  keyPem: string | null;
}

export function useMe(): Me {
  const { keyPem } = useRegistryScope();
  const role = useRole().data;
  const guid = role && (role.kind === 'admin' || role.kind === 'signer') ? role.guid : null;
  return { guid, keyPem };
}
