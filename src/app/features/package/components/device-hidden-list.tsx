/**
 * @module
 * Why the rest is hidden from the device: whole versions (StartOS version outside compat, or no
 * variant fits) and single variants of offered versions (architecture, RAM).
 */
import { describeHardware } from '../../../../core/registry/hardware.ts';
import { EmptyNote } from '../../../components/ui.tsx';
import {
  describeReason,
  type DeviceExplanation,
  type VariantCheck,
  type VersionCheck,
} from '../lib/device-explain.ts';

function VariantReasons({ variants }: { variants: VariantCheck[] }) {
  return (
    <ul className="ml-5 list-disc">
      {variants.map((x) => (
        <li key={x.position}>
          {describeHardware(x.hardware)}: {x.reasons.map(describeReason).join('; ')}
        </li>
      ))}
    </ul>
  );
}

function whyHidden(v: VersionCheck): string {
  if (v.reasons.length > 0) return describeReason(v.reasons[0]!);
  return 'the registry did not offer it, although its index suggests it should (see the notice above)';
}

/** Hidden versions: those the registry left out (or, before it answers, those predicted hidden). */
export function DeviceHiddenList({ explanation }: { explanation: DeviceExplanation }) {
  const hidden = explanation.versions.filter((v) =>
    v.offered === null ? !v.expected : v.offered === 'hidden',
  );
  const partly = explanation.versions.filter(
    (v) => !hidden.includes(v) && v.variants.some((x) => x.reasons.length > 0),
  );
  if (hidden.length === 0 && partly.length === 0) {
    return <EmptyNote>Nothing is hidden from this device.</EmptyNote>;
  }
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {hidden.map((v) => (
        <li key={v.version}>
          <span className="font-mono font-semibold">{v.version}</span> is hidden: {whyHidden(v)}
          {v.reasons.some((r) => r.kind === 'no-variant') && (
            <VariantReasons variants={v.variants} />
          )}
        </li>
      ))}
      {partly.map((v) => (
        <li key={`${v.version}-variants`}>
          Some variants of <span className="font-mono font-semibold">{v.version}</span> are hidden:
          <VariantReasons variants={v.variants.filter((x) => x.reasons.length > 0)} />
        </li>
      ))}
    </ul>
  );
}
