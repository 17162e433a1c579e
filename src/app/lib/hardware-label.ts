/**
 * @module
 * A variant's hardware needs in words of the active language: "x86_64 · ≥ 4 GiB RAM · 1 device
 * filter". Lives in the app because core has no catalogs.
 */
import type { HardwareRequirements } from '../../core/rpc/types.ts';
import { currentLocale, translate, type Translate } from '../i18n/i18n.ts';
import { localeTag } from '../i18n/locales.ts';

export function hardwareLabel(hw: HardwareRequirements, t: Translate = translate): string {
  const parts = [hw.arch === null ? t('hardware.anyArch') : [...hw.arch].sort().join(', ')];
  if (hw.ram !== null) {
    const gib = new Intl.NumberFormat(localeTag(currentLocale()), { maximumFractionDigits: 1 }).format(hw.ram / 2 ** 30);
    parts.push(t('hardware.ram', { gib }));
  }
  if (hw.device.length > 0) parts.push(t('hardware.deviceFilters', { count: hw.device.length }));
  return parts.join(' · ');
}
