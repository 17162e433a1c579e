/**
 * @module
 * Where .s9pk files come in: drop one or many anywhere on the zone, or pick them with the
 * button (a real file input, so keyboards and tests use it too). Warms the workers up.
 */
import { useEffect, useId, useRef } from 'react';
import { prewarmS9pkWorkers } from '../../../../worker/client.ts';
import { Button } from '../../../components/ui.tsx';
import { DropArea } from '../../../components/drop-area.tsx';

export function DropZone({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => prewarmS9pkWorkers(), []);
  return (
    <DropArea
      onFiles={(files) => !disabled && onFiles(files)}
      className="flex flex-col items-center gap-2 !rounded-lg !p-6 text-center"
    >
      <p className="text-sm font-medium">
        Drop .s9pk files here — every architecture of a release at once
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Each file is read and fully verified in your browser before anything is sent.
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".s9pk,application/octet-stream"
        multiple
        className="sr-only"
        aria-label="Choose .s9pk files"
        disabled={disabled}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <Button tone="primary" disabled={disabled} onClick={() => input.current?.click()}>
        Choose files…
      </Button>
    </DropArea>
  );
}
