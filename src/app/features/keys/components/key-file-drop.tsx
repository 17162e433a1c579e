/**
 * @module
 * Drop target for `developer.key.pem`, with a file picker for keyboard and touch users. Only
 * the File handle is kept; it is read when the form is submitted. Dropping anywhere inside
 * (including on the paste box) is caught, so the browser never opens the key file in a tab.
 */
import type { ReactNode } from 'react';
import { Button } from '../../../components/ui.tsx';
import { DropArea } from '../../../components/drop-area.tsx';

export interface KeyFileDropProps {
  id: string;
  file: File | null;
  onFile: (file: File | null) => void;
  describedBy?: string;
  children?: ReactNode;
}

export function KeyFileDrop({ id, file, onFile, describedBy, children }: KeyFileDropProps) {
  return (
    <DropArea onFiles={(files) => files[0] && onFile(files[0])} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          Drop <code className="font-mono">developer.key.pem</code> here, or
        </span>
        <input
          id={id}
          type="file"
          accept=".pem,.key,application/x-pem-file,text/plain"
          className="peer sr-only"
          aria-describedby={describedBy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) onFile(f);
            e.target.value = '';
          }}
        />
        <label
          htmlFor={id}
          className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
        >
          Choose key file
        </label>
      </div>
      {file && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Selected file: <strong className="break-all">{file.name}</strong>
          </span>
          <Button
            tone="ghost"
            className="!px-2 !py-0.5 text-xs"
            onClick={() => onFile(null)}
            aria-label={`Remove ${file.name}`}
          >
            Remove
          </Button>
        </p>
      )}
      {children}
    </DropArea>
  );
}
