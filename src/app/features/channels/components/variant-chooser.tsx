/**
 * @module
 * Choosing which variants of a version to promote (all by default).
 */
import type { S9pkVariant } from '../../../../core/rpc/types.ts';
import { hardwareEquals } from '../../../../core/registry/hardware.ts';
import { focusRing } from '../../../components/ui.tsx';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import { useT } from '../../../i18n/i18n.ts';
import { updateItem, type PromotionItem } from '../api/promotion-store.ts';

export function VariantChooser({ item, variants }: { item: PromotionItem; variants: S9pkVariant[] }) {
  const t = useT();
  const chosen = (h: S9pkVariant[0]) => item.hardware === null || item.hardware.some((c) => hardwareEquals(c, h));
  const toggle = (h: S9pkVariant[0], on: boolean) => {
    const current = variants.map(([x]) => x).filter(chosen);
    const next = on ? [...current, h] : current.filter((x) => !hardwareEquals(x, h));
    updateItem(item.key, () => ({ hardware: next.length === variants.length ? null : next }));
  };
  return (
    <fieldset className="flex flex-wrap gap-3 ps-4 text-sm">
      <legend className="sr-only">{t('channels.chooseVariants', { id: item.id, version: item.version })}</legend>
      {variants.map(([h], i) => (
        <label key={i} className="flex items-center gap-1.5">
          <input type="checkbox" className={focusRing} checked={chosen(h)} onChange={(e) => toggle(h, e.target.checked)} />
          {hardwareLabel(h, t)}
        </label>
      ))}
    </fieldset>
  );
}
