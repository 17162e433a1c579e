/**
 * @module
 * What a dropped file is, at once from its inspection: icon, title, id, version,
 * architectures and hardware requirements, size, and the key that signed it.
 */
import { indexHardware } from '../../../../core/registry/version-record.ts';
import type { InspectResult } from '../../../../worker/client.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { Badge, Icon } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import { formatBytes, shortKey } from '../lib/format.ts';

export function FileSummary({ file, result, ownKeyPem }: { file: File; result: InspectResult | null; ownKeyPem: string | null }) {
  const t = useT();
  if (!result) {
    return (
      <div className="min-w-0">
        <p className="break-all font-medium">{file.name}</p>
        <p className="text-xs text-slate-600 dark:text-slate-400">{formatBytes(file.size)}</p>
      </div>
    );
  }
  const hw = indexHardware(result.hardwareRequirements);
  return (
    <div className="flex min-w-0 items-start gap-3">
      <Icon src={result.icon?.dataUrl} size="lg" />
      <div className="min-w-0">
        <h3 className="font-semibold">
          {result.title} <span className="font-mono text-sm font-normal">{result.version}</span>
        </h3>
        <p className="break-all text-xs text-slate-600 dark:text-slate-400">
          <span className="font-mono">{result.id}</span> · {file.name} · {formatBytes(result.size)}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-1 text-xs">
          <Badge tone="blue">{hardwareLabel(hw, t)}</Badge>
          {result.imageArches.length > 0 && <span className="text-slate-600 dark:text-slate-400">{t('publish.summary.images', { arches: result.imageArches.join(', ') })}</span>}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
          <Trans k="publish.summary.signedBy" values={{ key: shortKey(result.signer), code: (chunks) => <code title={result.signer}>{chunks}</code> }} />
          {ownKeyPem === result.signer && <Badge tone="green">{t('publish.summary.yourKey')}</Badge>}
          <CopyButton value={result.signer} what={t('publish.summary.signerKeyOf', { file: file.name })} />
        </p>
      </div>
    </div>
  );
}
