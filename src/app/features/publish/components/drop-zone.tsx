/**
 * @module
 * Where .s9pk files come in: drop one or many anywhere on the zone, or pick them with the
 * button (a real file input, so keyboards and tests use it too). Warms the workers up.
 */
import { useEffect, useId, useRef } from 'react';
import { prewarmS9pkWorkers } from '../../../../worker/client.ts';
import { Button } from '../../../components/ui.tsx';
import { DropArea } from '../../../components/drop-area.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function DropZone({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const t = useT();
  useEffect(() => prewarmS9pkWorkers(), []);
  return (
    <DropArea
      onFiles={(files) => !disabled && onFiles(files)}
      className="flex flex-col items-center gap-2 !rounded-lg !p-6 text-center"
    >
      <p className="text-sm font-medium">{t('publish.drop.title')}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('publish.drop.about')}</p>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".s9pk,application/octet-stream"
        multiple
        className="sr-only"
        // reached through the visible button: focused itself, it showed no focus at all
        tabIndex={-1}
        aria-label={t('publish.drop.choose')}
        disabled={disabled}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <Button tone="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {t('publish.drop.button')}
      </Button>
    </DropArea>
  );
}
