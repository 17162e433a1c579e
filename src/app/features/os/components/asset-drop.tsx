/**
 * @module
 * Where a release's image files come in: drop `.iso`, `.img` or `.squashfs` files, or pick
 * them with the button. Other files are named and refused. Warms the hashing workers up.
 */
import { useEffect, useId, useState } from 'react';
import { prewarmS9pkWorkers } from '../../../../worker/client.ts';
import { DropArea } from '../../../components/drop-area.tsx';
import { FilePickerButton } from '../../../components/file-picker-button.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useStoredBucket } from '../../../lib/publishing/stored-bucket.ts';
import { useAssetDrop } from '../api/use-asset-drop.ts';

export function AssetDrop({ version }: { version: string }) {
  const t = useT();
  const id = useId();
  const { drop } = useAssetDrop(version, useStoredBucket() !== null);
  const [refused, setRefused] = useState<string[]>([]);
  useEffect(() => prewarmS9pkWorkers(), []);
  const take = (files: File[]) => setRefused(drop(files));
  return (
    <DropArea onFiles={take} className="flex flex-col items-center gap-2 text-center">
      <p className="text-sm font-medium">{t('os.drop.title', { version })}</p>
      <p id={`${id}-about`} className="text-xs text-slate-600 dark:text-slate-400">
        {t('os.drop.about')}
      </p>
      <FilePickerButton id={`${id}-input`} accept=".iso,.img,.squashfs" multiple describedBy={`${id}-about`} onFiles={take}>
        {t('os.drop.button', { version })}
      </FilePickerButton>
      {refused.length > 0 && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t('os.drop.refused', { names: refused.join(', ') })}
        </p>
      )}
    </DropArea>
  );
}
