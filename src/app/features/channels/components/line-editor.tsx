/**
 * @module
 * Defining the channel line: 2–4 saved registries in order, each with a label; move up or
 * down, remove, add; saved in IndexedDB.
 */
import { useId, useState } from 'react';
import { Button, SelectField, TextField } from '../../../components/ui.tsx';
import { announce } from '../../../components/live-region.tsx';
import { lineProblem, MAX_CHANNELS, useSaveLine, type Channel, type LineProblem } from '../../../lib/channel-line.ts';
import { useSavedRegistries } from '../../../lib/registries.ts';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';

const PROBLEM: Record<LineProblem, MessageKey> = {
  count: 'channels.problem.count',
  label: 'channels.problem.label',
  'duplicate-url': 'channels.problem.duplicateUrl',
  'duplicate-label': 'channels.problem.duplicateLabel',
};

const DEFAULT_LABELS = ['alpha', 'beta', 'stable', 'archive'];

export function LineEditor({ initial, onDone }: { initial: Channel[]; onDone: () => void }) {
  const id = useId();
  const t = useT();
  const saved = useSavedRegistries().data ?? [];
  const save = useSaveLine();
  const [line, setLine] = useState<Channel[]>(initial.length > 0 ? initial : saved.slice(0, 2).map((r, i) => ({ label: DEFAULT_LABELS[i]!, url: r.url })));
  const problem = lineProblem(line);
  const update = (i: number, patch: Partial<Channel>) => setLine((l) => l.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const move = (i: number, by: number) =>
    setLine((l) => {
      const next = [...l];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        if (problem) return;
        await save.mutateAsync(line.map((c) => ({ ...c, label: c.label.trim() })));
        announce(t('channels.lineSaved'));
        onDone();
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('channels.lineHelp')}</p>
      <ol className="flex flex-col gap-3">
        {line.map((c, i) => (
          <li key={i} className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-800">
            <TextField id={`${id}-label-${i}`} label={t('channels.labelN', { n: i + 1 })} value={c.label} onChange={(e) => update(i, { label: e.target.value })} className="w-32" />
            <SelectField id={`${id}-url-${i}`} label={t('channels.registryN', { n: i + 1 })} value={c.url} onChange={(e) => update(i, { url: e.target.value })} className="max-w-[18rem]">
              {!saved.some((r) => r.url === c.url) && <option value={c.url}>{c.url}</option>}
              {saved.map((r) => (
                <option key={r.url} value={r.url}>{r.label ?? r.url}</option>
              ))}
            </SelectField>
            <Button disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('channels.moveUp', { label: c.label })}>↑</Button>
            <Button disabled={i === line.length - 1} onClick={() => move(i, 1)} aria-label={t('channels.moveDown', { label: c.label })}>↓</Button>
            <Button tone="ghost" onClick={() => setLine((l) => l.filter((_, j) => j !== i))}>{t('channels.removeChannel', { label: c.label })}</Button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={line.length >= MAX_CHANNELS || saved.length === 0}
          onClick={() => setLine((l) => [...l, { label: DEFAULT_LABELS[l.length] ?? '', url: saved.find((r) => !l.some((c) => c.url === r.url))?.url ?? saved[0]!.url }])}
        >
          {t('channels.addChannel')}
        </Button>
        <Button type="submit" tone="primary" disabled={problem !== null || save.isPending}>{t('channels.saveLine')}</Button>
        {initial.length > 0 && <Button onClick={onDone}>{t('common.cancel')}</Button>}
      </div>
      {problem && <p className="text-sm text-amber-800 dark:text-amber-300" role="status">{t(PROBLEM[problem])}</p>}
    </form>
  );
}
