/**
 * @module
 * "View as device" (design.md §4.6): the device form, the registry's answer to `package.get`
 * for that device, and why everything else is hidden.
 */
import type { PackageIndex, PackageInfo } from '../../../../core/rpc/types.ts';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button, Panel, Spinner } from '../../../components/ui.tsx';
import { useDevicePreview } from '../api/use-device-preview.ts';
import { formatBytes } from '../lib/format.ts';
import { DeviceFormPanel } from './device-form-panel.tsx';
import { DeviceHiddenList } from './device-hidden-list.tsx';
import { DeviceOfferList } from './device-offer-list.tsx';
import { Section } from './section.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export function DeviceTab({
  id,
  pkg,
  index,
}: {
  id: string;
  pkg: PackageInfo;
  index: PackageIndex;
}) {
  const { form, errors, device, offer, explanation, submit, refresh } = useDevicePreview(
    id,
    pkg,
    index,
  );
  const t = useT();
  const mismatch =
    explanation && (explanation.disagreements.length > 0 || explanation.onlyInAnswer.length > 0);
  return (
    <div className="flex flex-col gap-6">
      <Panel title={t('device.title')}>
        <p className="mb-3 max-w-prose text-sm text-slate-600 dark:text-slate-300">
          <Trans k="device.about" />
        </p>
        <DeviceFormPanel
          key={JSON.stringify(form)}
          initial={form}
          initialErrors={errors}
          onSubmit={submit}
        />
      </Panel>
      {device && (
        <Section title={t('device.offered')}>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {t('device.summary', { os: device.os.version, platform: device.os.platform, arch: device.hardware!.arch, ram: formatBytes(device.hardware!.ram), language: device.os.language })}
          </p>
          {offer.isPending && <Spinner label={t('device.asking')} />}
          {offer.isError && <ErrorView error={offer.error} onRetry={() => void offer.refetch()} />}
          {offer.data && <DeviceOfferList answer={offer.data} />}
        </Section>
      )}
      {mismatch && (
        <div
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          {t('device.mismatch', { disagreements: explanation.disagreements.join(', ') || 'none', extra: explanation.onlyInAnswer.join(', ') || 'none' })}
          <Button className="ms-2" onClick={refresh}>
            {t('device.askAgain')}
          </Button>
        </div>
      )}
      {explanation && (
        <Section title={t('device.hidden')}>
          <DeviceHiddenList explanation={explanation} />
        </Section>
      )}
    </div>
  );
}
