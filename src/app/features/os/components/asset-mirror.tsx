/**
 * @module
 * Adding a download URL to a recorded image: the URL is downloaded and hashed in the browser
 * first (it must serve the committed bytes), then `os.asset.add` with the same commitment
 * appends it to the image's URLs (spec registry-api.md §4.6).
 */
import { useId, useState, type FormEvent } from 'react';
import type { Blake3CommitmentWire } from '../../../../core/sign/commitment.ts';
import { Button, TextField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { AssetRef } from '../api/asset-writes.ts';
import { useAddAssetMirror } from '../api/use-asset-writes.ts';
import { CheckedWriteStatus } from './checked-write-status.tsx';

export function AssetMirror({ assetRef, what, commitment, onClose }: { assetRef: AssetRef; what: string; commitment: Blake3CommitmentWire; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const mirror = useAddAssetMirror(assetRef, commitment);
  const [url, setUrl] = useState('');
  const busy = mirror.state.status === 'checking' || mirror.state.status === 'writing';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) void mirror.add(url.trim());
  };
  return (
    <form
      aria-label={t('os.mirror.title', { what })}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}
      className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800"
    >
      <p>{t('os.mirror.about')}</p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-full min-w-0">
          <TextField id={`${id}-url`} type="url" label={t('os.mirror.url')} value={url} required autoFocus onChange={(e) => setUrl(e.target.value)} />
        </div>
        <Button type="submit" tone="primary" disabled={busy || url.trim() === ''}>
          {t('os.mirror.add')}
        </Button>
        <Button tone="ghost" disabled={busy} onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      <CheckedWriteStatus state={mirror.state} checkingLabel={t('os.mirror.checking', { url })} doneText={t('os.mirror.done', { what })} onCancel={mirror.cancel} />
    </form>
  );
}
