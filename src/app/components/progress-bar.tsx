/**
 * @module
 * An accessible determinate progress bar (role="progressbar" with a label and value text).
 */
export function ProgressBar({ label, done, total, text }: { label: string; done: number; total: number; text: string }) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="flex min-w-0 flex-1 items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={text}
        className="h-2 min-w-[6rem] flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full rounded-full bg-blue-600 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <span className="whitespace-nowrap text-xs tabular-nums text-slate-600 dark:text-slate-300">{text}</span>
    </div>
  );
}
