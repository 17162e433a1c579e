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
  const mismatch =
    explanation && (explanation.disagreements.length > 0 || explanation.onlyInAnswer.length > 0);
  return (
    <div className="flex flex-col gap-6">
      <Panel title="Device">
        <p className="mb-3 max-w-prose text-sm text-slate-600 dark:text-slate-300">
          Asks the registry what it would offer a StartOS device like this one (
          <code>package.get</code> with a device-info header). This is a preview: it never counts as
          a download.
        </p>
        <DeviceFormPanel
          key={JSON.stringify(form)}
          initial={form}
          initialErrors={errors}
          onSubmit={submit}
        />
      </Panel>
      {device && (
        <Section title="Offered">
          <p className="text-sm text-slate-600 dark:text-slate-300">
            StartOS {device.os.version} on {device.os.platform}, {device.hardware!.arch},{' '}
            {formatBytes(device.hardware!.ram)} RAM, language {device.os.language}.
          </p>
          {offer.isPending && <Spinner label="Asking the registry" />}
          {offer.isError && <ErrorView error={offer.error} onRetry={() => void offer.refetch()} />}
          {offer.data && <DeviceOfferList answer={offer.data} />}
        </Section>
      )}
      {mismatch && (
        <div
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          The registry’s answer differs from what its package index predicts
          {explanation.disagreements.length > 0 && <> for {explanation.disagreements.join(', ')}</>}
          {explanation.onlyInAnswer.length > 0 && (
            <> and offers versions missing from the index ({explanation.onlyInAnswer.join(', ')})</>
          )}
          . The registry may have changed since the page loaded.
          <Button className="ml-2" onClick={refresh}>
            Ask again
          </Button>
        </div>
      )}
      {explanation && (
        <Section title="Hidden, and why">
          <DeviceHiddenList explanation={explanation} />
        </Section>
      )}
    </div>
  );
}
