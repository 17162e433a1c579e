/**
 * @module
 * Shared anonymous reads of the current registry (spec/registry-api.md §7): `info`,
 * `package.index` and `package.category.list`. One options factory each, keyed by URL.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RegistryClient } from '../../core/rpc/client.ts';
import { registryKeys, useRegistryScope } from './registry-scope.tsx';

export const registryInfoOptions = (client: RegistryClient) =>
  queryOptions({
    queryKey: registryKeys.info(client.url),
    queryFn: ({ signal }) => client.api.info.get({ signal, anonymous: true }),
  });

export const packageIndexOptions = (client: RegistryClient) =>
  queryOptions({
    queryKey: registryKeys.packageIndex(client.url),
    queryFn: ({ signal }) => client.api.package.index({ signal, anonymous: true }),
  });

export const categoriesOptions = (client: RegistryClient) =>
  queryOptions({
    queryKey: registryKeys.categories(client.url),
    queryFn: ({ signal }) => client.api.package.category.list({ signal, anonymous: true }),
  });

export function useRegistryInfo() {
  return useQuery(registryInfoOptions(useRegistryScope().client));
}

export function usePackageIndex() {
  return useQuery(packageIndexOptions(useRegistryScope().client));
}

export function useCategories() {
  return useQuery(categoriesOptions(useRegistryScope().client));
}
