/**
 * @module
 * What the registry offers a device: `package.get` with `otherVersions: "full"` and an
 * `X-StartOS-Device-Info` header (spec/registry-api.md §4.3, §6), over `deviceOfferOptions`.
 */
import { useQuery } from '@tanstack/react-query';
import type { DeviceInfo } from '../../../../core/rpc/types.ts';
import { deviceOfferOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

/** The device's offer for package `id`; idle while `device` is null (invalid form). */
export function useDeviceOffer(id: string, device: DeviceInfo | null) {
  return useQuery({
    ...deviceOfferOptions(useRegistryScope(), id, device ?? { os: { version: '', compat: '', platform: '' } }),
    enabled: device !== null,
  });
}
