/**
 * @module
 * Why the rest is hidden from the device: whole versions (StartOS version outside compat, or no
 * variant fits) and single variants of offered versions (architecture, RAM).
 */
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import { EmptyNote } from '../../../components/ui.tsx';
import { describeReason, type DeviceExplanation } from '../lib/device-explain.ts';
import type { VariantCheck, VersionCheck } from '../../../../core/registry/device-filter.ts';
import { translate, useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

function VariantReasons({ variants }: { variants: VariantCheck[] }) {
  return (
    <ul className="ms-5 list-disc">
      {variants.map((x) => (
        <li key={x.position}>
          {hardwareLabel(x.hardware)}: {x.reasons.map(describeReason).join('; ')}
        </li>
      ))}
    </ul>
  );
}

function whyHidden(v: VersionCheck): string {
  if (v.reasons.length > 0) return describeReason(v.reasons[0]!);
  return translate('device.notOffered');
}

/** Hidden versions: those the registry left out (or, before it answers, those predicted hidden). */
export function DeviceHiddenList({ explanation }: { explanation: DeviceExplanation }) {
  const t = useT();
  const hidden = explanation.versions.filter((v) =>
    v.offered === null ? !v.expected : v.offered === 'hidden',
  );
  const partly = explanation.versions.filter(
    (v) => !hidden.includes(v) && v.variants.some((x) => x.reasons.length > 0),
  );
  if (hidden.length === 0 && partly.length === 0) {
    return <EmptyNote>{t('device.nothingHidden')}</EmptyNote>;
  }
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {hidden.map((v) => (
        <li key={v.version}>
          <Trans k="device.versionHidden" values={{ version: v.version, why: whyHidden(v), v: (c) => <span className="font-mono font-semibold">{c}</span> }} />
          {v.reasons.some((r) => r.kind === 'no-variant') && (
            <VariantReasons variants={v.variants} />
          )}
        </li>
      ))}
      {partly.map((v) => (
        <li key={`${v.version}-variants`}>
          <Trans k="device.someVariantsHidden" values={{ version: v.version, v: (c) => <span className="font-mono font-semibold">{c}</span> }} />
          <VariantReasons variants={v.variants.filter((x) => x.reasons.length > 0)} />
        </li>
      ))}
    </ul>
  );
}
