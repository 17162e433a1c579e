/**
 * @module
 * A file input shown as a button: the input is visually hidden but stays focusable (its label
 * shows the focus ring), and it is cleared after each pick so that choosing the same file again
 * is a new pick. Pairs with `DropArea` for drag and drop.
 */
import type { ReactNode } from 'react';

export function FilePickerButton({
  id,
  accept,
  multiple,
  describedBy,
  className = '',
  onFiles,
  children,
}: {
  id: string;
  accept: string;
  multiple?: boolean;
  describedBy?: string;
  className?: string;
  /** The picked files (never empty). */
  onFiles: (files: File[]) => void;
  /** The button's text. */
  children: ReactNode;
}) {
  return (
    <>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        className="peer sr-only"
        aria-describedby={describedBy}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label
        htmlFor={id}
        className={`cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 ${className}`}
      >
        {children}
      </label>
    </>
  );
}
