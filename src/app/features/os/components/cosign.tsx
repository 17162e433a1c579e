/**
 * @module
 * Co-signing a recorded image (spec registry-api.md §4.6 `os.asset.sign`): drop the same file,
 * or verify what one of its URLs serves — its size and BLAKE3 hash must equal the recorded
 * commitment before the acting key signs it; a mismatch says which, with both values.
 */
import { useId, useState } from 'react';
import type { Blake3CommitmentWire } from '../../../../core/sign/commitment.ts';
import { DropArea } from '../../../components/drop-area.tsx';
import { FilePickerButton } from '../../../components/file-picker-button.tsx';
import { Button, SelectField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { AssetRef } from '../api/asset-writes.ts';
import { useCoSign } from '../api/use-asset-writes.ts';
import { CheckedWriteStatus } from './checked-write-status.tsx';

export function CoSign({
  assetRef,
  what,
  commitment,
  urls,
  onClose,
}: {
  assetRef: AssetRef;
  what: string;
  commitment: Blake3CommitmentWire;
  urls: string[];
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const cosign = useCoSign(assetRef, commitment);
  const [url, setUrl] = useState(urls[0] ?? '');
  const busy = cosign.state.status === 'checking' || cosign.state.status === 'writing';
  const fromFile = (files: File[]) => files[0] && void cosign.fromFile(files[0]);
  return (
    <div
      role="group"
      aria-label={t('os.cosign.title', { what })}
      onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}
      className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800"
    >
      <p>{t('os.cosign.about')}</p>
      <DropArea onFiles={busy ? () => undefined : fromFile} className="flex flex-wrap items-center gap-2">
        <span>{t('os.cosign.drop')}</span>
        <FilePickerButton id={`${id}-file`} accept=".iso,.img,.squashfs" onFiles={fromFile}>
          {t('os.cosign.choose')}
        </FilePickerButton>
      </DropArea>
      {urls.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="w-full min-w-0">
            <SelectField id={`${id}-url`} label={t('os.cosign.url')} value={url} onChange={(e) => setUrl(e.target.value)} className="w-full min-w-0 max-w-full">
              {urls.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </SelectField>
          </div>
          <Button disabled={busy || url === ''} onClick={() => void cosign.fromUrl(url)}>
            {t('os.cosign.verifyUrl')}
          </Button>
        </div>
      )}
      <CheckedWriteStatus state={cosign.state} checkingLabel={t('os.cosign.checking', { what })} doneText={t('os.cosign.done', { what })} onCancel={cosign.cancel} />
      <div>
        <Button tone="ghost" disabled={busy} onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
    </div>
  );
}
