/**
 * @module
 * Drop target for `developer.key.pem`, with a file picker for keyboard and touch users. Only
 * the File handle is kept; it is read when the form is submitted. Dropping anywhere inside
 * (including on the paste box) is caught, so the browser never opens the key file in a tab.
 */
import type { ReactNode } from 'react';
import { Button } from '../../../components/ui.tsx';
import { DropArea } from '../../../components/drop-area.tsx';
import { FilePickerButton } from '../../../components/file-picker-button.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export interface KeyFileDropProps {
  id: string;
  file: File | null;
  onFile: (file: File | null) => void;
  describedBy?: string;
  children?: ReactNode;
}

export function KeyFileDrop({ id, file, onFile, describedBy, children }: KeyFileDropProps) {
  const t = useT();
  return (
    <DropArea onFiles={(files) => files[0] && onFile(files[0])} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          <Trans k="keys.dropHere" />
        </span>
        <FilePickerButton
          id={id}
          accept=".pem,.key,application/x-pem-file,text/plain"
          describedBy={describedBy}
          onFiles={([f]) => f && onFile(f)}
        >
          {t('keys.chooseFile')}
        </FilePickerButton>
      </div>
      {file && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            <Trans k="keys.selectedFile" values={{ file: file.name, strong: (c) => <strong className="break-all">{c}</strong> }} />
          </span>
          <Button
            tone="ghost"
            className="!px-2 !py-0.5 text-xs"
            onClick={() => onFile(null)}
            aria-label={t('keys.removeFileNamed', { file: file.name })}
          >
            {t('keys.removeFile')}
          </Button>
        </p>
      )}
      {children}
    </DropArea>
  );
}
