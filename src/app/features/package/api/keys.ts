/**
 * @module
 * Query keys of the package feature's own reads, under the registry's key so that
 * invalidating a registry covers them (style.md §2.4). Shared reads use `registryKeys`.
 */
import { registryKeys } from '../../../lib/registry-scope.tsx';

export const packageKeys = {
  signerList: (url: string, id: string) =>
    [...registryKeys.all(url), 'package.signer.list', id] as const,
};
