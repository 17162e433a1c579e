/**
 * @module
 * A dashed drop target: catches drops anywhere inside (so the browser never opens a dropped
 * file in a tab), highlights while a drag is over it, and hands the files on. Each use keeps a
 * real file input inside for keyboard and touch users.
 */
import { useState, type ReactNode } from 'react';

export function DropArea({
  onFiles,
  className = '',
  children,
}: {
  onFiles: (files: File[]) => void;
  className?: string;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
      className={`rounded-md border-2 border-dashed p-3 ${over ? 'border-blue-600 bg-blue-50 dark:bg-blue-950' : 'border-slate-300 dark:border-slate-600'} ${className}`}
    >
      {children}
    </div>
  );
}
