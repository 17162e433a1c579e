/**
 * @module
 * The registry's icon (`info.set-icon`): drop or choose an image of at most 100 KiB, preview it
 * as the header will show it, then save it as a `data:` URL. A refused file is explained and the
 * current icon stays.
 */
import { useId, useState } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button, Icon } from '../../../components/ui.tsx';
import { useSetRegistryIcon } from '../api/set-registry-icon.ts';
import { formatKiB, iconDataUrl, iconFileError, iconMime } from '../lib/identity.ts';
import { ActionError } from './action-error.tsx';
import { errorTextClass } from './styles.ts';
import { DropArea } from '../../../components/drop-area.tsx';
import { FilePickerButton } from '../../../components/file-picker-button.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function IconForm({
  current,
  name,
  url,
}: {
  current: string | null;
  name: string;
  url: string;
}) {
  const id = useId();
  const save = useSetRegistryIcon();
  const [picked, setPicked] = useState<{ dataUrl: string; file: string; size: number } | null>(
    null,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const t = useT();

  const take = async (file: File | undefined) => {
    if (!file) return;
    const error = iconFileError(file);
    setProblem(error);
    if (error) return;
    const dataUrl = iconDataUrl(
      new Uint8Array(await file.arrayBuffer()),
      iconMime(file) ?? 'image/png',
    );
    setPicked({ dataUrl, file: file.name, size: file.size });
  };
  const shown = picked?.dataUrl ?? current;

  return (
    <div className="flex flex-col gap-3">
      <DropArea
        onFiles={(files) => void take(files[0])}
        className="flex flex-wrap items-center gap-3 text-sm"
      >
        <span>{t('identity.dropImage')}</span>
        <FilePickerButton id={id} accept="image/*" onFiles={(files) => void take(files[0])}>
          {t('identity.chooseImage')}
        </FilePickerButton>
      </DropArea>
      {problem && (
        <p role="alert" className={errorTextClass}>
          {problem}
        </p>
      )}
      <figure className="flex flex-col gap-1">
        <figcaption className="text-xs text-slate-600 dark:text-slate-400">
          {picked
            ? t('identity.preview', { file: picked.file, size: formatKiB(picked.size) })
            : t('identity.current')}
        </figcaption>
        <div
          className="flex items-center gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800"
          data-testid="icon-preview"
        >
          <Icon src={shown} size="md" />
          <span className="min-w-0">
            <span className="block truncate text-lg font-semibold">{name}</span>
            <span className="block truncate font-mono text-xs text-slate-600 dark:text-slate-400">
              {url}
            </span>
          </span>
          {shown && (
            <Icon
              src={shown}
              size="xl"
              alt={picked ? t('identity.newIconAlt') : t('identity.currentIconAlt')}
              className="ms-auto"
            />
          )}
        </div>
      </figure>
      <ActionError action="identity.icon" error={save.error} />
      <div className="flex flex-wrap gap-2">
        <Button
          tone="primary"
          disabled={!picked || save.isPending}
          onClick={() =>
            picked &&
            save.mutate(picked.dataUrl, {
              onSuccess: () => {
                announce(t('identity.iconSaved'));
                setPicked(null);
              },
            })
          }
        >
          {save.isPending ? t('common.saving') : t('identity.saveIcon')}
        </Button>
        {picked && (
          <Button onClick={() => setPicked(null)} disabled={save.isPending}>
            {t('identity.discard')}
          </Button>
        )}
      </div>
    </div>
  );
}
