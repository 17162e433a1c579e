/**
 * @module
 * Where the viewer is in the database: a field to go to a JSON pointer (typed or pasted), the
 * active value's pointer as a breadcrumb of its keys, and copying its pointer or its value.
 */
import { useId, useState } from 'react';
import { encodePointer, parsePointer, resolvePointer } from '../../../../core/json/pointer.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { Button, TextField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function GoToPointer({ onGo }: { onGo: (pointer: string) => boolean }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const t = useT();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const p = text.trim();
        setError(parsePointer(p) === null ? t('db.badPointer') : onGo(p) ? null : t('db.noValue'));
      }}
    >
      <div className="min-w-0 flex-1">
        <TextField id={id} label={t('db.pointer')} hint={error ? undefined : t('db.pointerHint')} error={error} value={text} onChange={(e) => setText(e.target.value)} className="w-full font-mono" spellCheck={false} autoComplete="off" />
      </div>
      <Button type="submit">{t('db.go')}</Button>
    </form>
  );
}

export function Breadcrumb({ root, pointer, onGo }: { root: unknown; pointer: string; onGo: (pointer: string) => boolean }) {
  const t = useT();
  const segments = parsePointer(pointer) ?? [];
  const value = resolvePointer(root, segments)?.value;
  return (
    <div className="flex flex-col gap-2">
      <nav aria-label={t('db.breadcrumb')}>
        <ol className="flex flex-wrap items-center gap-1 font-mono text-xs">
          {['', ...segments].map((seg, i) => {
            const p = encodePointer(segments.slice(0, i));
            const last = i === segments.length;
            return (
              <li key={p} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden className="text-slate-600 dark:text-slate-400">/</span>}
                <Button tone="ghost" className="!px-1 !py-0 font-mono text-xs" aria-current={last ? 'location' : undefined} onClick={() => onGo(p)}>
                  {i === 0 ? t('db.root') : seg === '' ? '""' : seg}
                </Button>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 break-all rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{pointer === '' ? '""' : pointer}</code>
        <CopyButton value={pointer} what={t('db.thePointer')} />
        <CopyButton value={() => JSON.stringify(value, null, 2)} what={t('db.theValue')} />
      </div>
    </div>
  );
}
