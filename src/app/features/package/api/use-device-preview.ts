/**
 * @module
 * State of the "view as device" tab: the device described in the URL (defaults filled in),
 * the registry's answer for it, and the explanation of what is hidden and why.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PackageIndex, PackageInfo } from '../../../../core/rpc/types.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { explainDevice } from '../lib/device-explain.ts';
import {
  defaultDeviceForm,
  deviceFormFromParams,
  deviceFormToParams,
  toDeviceInfo,
  type DeviceForm,
} from '../lib/device-form.ts';
import { userLanguage } from '../../../lib/language.ts';
import { useDeviceOffer } from './device-offer.ts';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function useDevicePreview(id: string, pkg: PackageInfo, index: PackageIndex) {
  const [params, setParams] = useAddressParams();
  const defaults = useMemo(() => defaultDeviceForm(index, userLanguage()), [index]);
  const form = deviceFormFromParams(params, defaults);
  const { info, errors } = toDeviceInfo(form);
  const offer = useDeviceOffer(id, info);
  // Cheap (one package): recomputed per render rather than memoized on a fresh `info` object.
  const explanation = info ? explainDevice(pkg, info, offer.data ?? null) : null;

  const submit = (next: DeviceForm) =>
    setParams((prev) => deviceFormToParams(next, prev), { replace: true });
  const qc = useQueryClient();
  const { url } = useRegistryScope();
  /** Reloads both sides of the comparison: the index and the registry's answer (`package.get`). */
  const refresh = () => void invalidateRegistry(qc, url, 'packages');
  return { form, errors, device: info, offer, explanation, submit, refresh };
}
