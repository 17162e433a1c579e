/**
 * @module
 * Update preview (issue #15 item 4): pick a device (StartOS version and platform) and see which
 * releases `os.version.get` offers it, as the registry answers for that device header, and
 * why the others are hidden (core/registry/os-offer.ts). Never sends a `serverId`.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import {
  explainOsOffer,
  isOsVersion,
  osDeviceInfo,
  type OsDevice,
  type OsHiddenReason,
} from '../../../../core/registry/os-offer.ts';
import type { OsIndex } from '../../../../core/rpc/types.ts';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button, EmptyNote, Panel, Spinner, TextField } from '../../../components/ui.tsx';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';
import { osOfferOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

const REASON: Record<OsHiddenReason, MessageKey> = {
  'no-platform-image': 'os.preview.reasonPlatform',
  'source-range': 'os.preview.reasonSource',
  registry: 'os.preview.reasonRegistry',
};

/** Platforms any release has an image for, sorted. */
function knownPlatforms(index: OsIndex): string[] {
  const all = new Set<string>();
  for (const info of Object.values(index.versions))
    for (const p of Object.keys(info.squashfs)) all.add(p);
  return [...all].sort();
}

function PreviewResult({ index, device }: { index: OsIndex; device: OsDevice }) {
  const t = useT();
  const offer = useQuery(osOfferOptions(useRegistryScope(), osDeviceInfo(device)));
  if (offer.error) return <ErrorView error={offer.error} onRetry={() => void offer.refetch()} />;
  if (!offer.data) return <Spinner label={t('os.preview.loading')} />;
  const rows = explainOsOffer(index, device, new Set(Object.keys(offer.data)));
  if (rows.length === 0) return <EmptyNote>{t('os.empty')}</EmptyNote>;
  return (
    <ul
      aria-label={t('os.preview.resultLabel', {
        version: device.version,
        platform: device.platform,
      })}
      className="flex flex-col gap-1 text-sm"
    >
      {rows.map((r) => (
        <li key={r.version}>
          <span className="font-mono font-semibold">{r.version}</span>
          {': '}
          {r.offered ? (
            <span className="text-emerald-800 dark:text-emerald-300">
              {t('os.preview.offered')}
            </span>
          ) : (
            <span>
              {t('os.preview.hidden', {
                why: r.reasons
                  .map((x) => t(REASON[x], { platform: device.platform, version: device.version }))
                  .join('; '),
              })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function UpdatePreview({ index }: { index: OsIndex }) {
  const t = useT();
  const id = useId();
  const [version, setVersion] = useState('');
  const [platform, setPlatform] = useState('');
  const [device, setDevice] = useState<OsDevice | null>(null);
  const versionError =
    version.trim() !== '' && !isOsVersion(version.trim()) ? t('os.preview.badVersion') : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = version.trim();
    const p = platform.trim();
    if (isOsVersion(v) && p) setDevice({ version: v, platform: p });
  };
  return (
    <Panel title={t('os.preview.title')}>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{t('os.preview.intro')}</p>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <TextField
          id={`${id}-version`}
          label={t('os.preview.version')}
          placeholder="0.3.5.1"
          value={version}
          error={versionError}
          onChange={(e) => setVersion(e.target.value)}
          required
        />
        <TextField
          id={`${id}-platform`}
          label={t('os.preview.platform')}
          placeholder="x86_64"
          list={`${id}-platforms`}
          value={platform}
          onChange={(e) => setPlatform(e.target.value)}
          required
        />
        <datalist id={`${id}-platforms`}>
          {knownPlatforms(index).map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <Button type="submit" tone="primary" disabled={versionError !== null}>
          {t('os.preview.submit')}
        </Button>
      </form>
      {device && (
        <div className="mt-3">
          <PreviewResult index={index} device={device} />
        </div>
      )}
    </Panel>
  );
}
