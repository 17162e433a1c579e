/**
 * @module
 * What the registry offers a device: `package.get` with `otherVersions: "full"` and an
 * `X-StartOS-Device-Info` header (spec/registry-api.md §4.3, §6). Anonymous.
 * IMPORTANT: never pass `targetVersion` here — with an `id` it records a download in the
 * registry's metrics (§4.3 side effect, §7).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import type { DeviceInfo } from '../../../../core/rpc/types.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';

export const deviceOfferOptions = (client: RegistryClient, id: string, device: DeviceInfo) => {
  const params = { id, otherVersions: 'full' } as const;
  return queryOptions({
    queryKey: registryKeys.packageGet(client.url, params, device),
    queryFn: ({ signal }) =>
      client.api.package.get(params, { signal, deviceInfo: device, anonymous: true }),
  });
};

/** The device's offer for package `id`; idle while `device` is null (invalid form). */
export function useDeviceOffer(id: string, device: DeviceInfo | null) {
  const { client } = useRegistryScope();
  return useQuery({
    ...deviceOfferOptions(client, id, device ?? { os: { version: '', compat: '', platform: '' } }),
    enabled: device !== null,
  });
}
