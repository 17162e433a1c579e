/**
 * @module
 * One recorded image and what an operator may do with it: co-sign (authorized signers of the
 * release), add a mirror URL, remove (confirmed). Co-sign and mirror open inline panels that
 * close on Escape and give the focus back to their button.
 */
import { useRef, useState } from 'react';
import type { OsAssetView } from '../../../../core/registry/os-release.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useRemoveAsset } from '../api/use-asset-writes.ts';
import { AssetMirror } from './asset-mirror.tsx';
import { CoSign } from './cosign.tsx';

type Open = 'cosign' | 'mirror' | null;

export function AssetActions({ version, asset, mayCoSign }: { version: string; asset: OsAssetView; mayCoSign: boolean }) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const cosignOpener = useRef<HTMLButtonElement>(null);
  const mirrorOpener = useRef<HTMLButtonElement>(null);
  const remove = useRemoveAsset();
  const ref = { version, platform: asset.platform, type: asset.type };
  const what = t('os.manage.image', { platform: asset.platform, type: asset.type });
  const toggle = (which: Exclude<Open, null>) => setOpen((o) => (o === which ? null : which));
  const close = () => {
    const which = open;
    setOpen(null);
    queueMicrotask(() => (which === 'cosign' ? cosignOpener : mirrorOpener).current?.focus());
  };
  return (
    <li aria-label={what} className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{what}</span>
        {mayCoSign && (
          <Button ref={cosignOpener} aria-expanded={open === 'cosign'} onClick={() => toggle('cosign')}>
            {t('os.cosign.open')}
          </Button>
        )}
        <Button ref={mirrorOpener} aria-expanded={open === 'mirror'} onClick={() => toggle('mirror')}>
          {t('os.mirror.open')}
        </Button>
        <ConfirmAction
          label={t('os.manage.remove', { what, version })}
          buttonText={t('os.manage.removeShort')}
          confirmLabel={t('os.manage.removeConfirm')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(ref, { onSuccess: () => announce(t('os.manage.removed', { what, version })) })}
        >
          <p>{t('os.manage.removeImpact', { what, version, urls: asset.asset.urls.length })}</p>
        </ConfirmAction>
      </div>
      {open === 'cosign' && <CoSign assetRef={ref} what={what} commitment={asset.asset.commitment} urls={asset.asset.urls} onClose={close} />}
      {open === 'mirror' && <AssetMirror assetRef={ref} what={what} commitment={asset.asset.commitment} onClose={close} />}
    </li>
  );
}
