/**
 * @module
 * One polite `aria-live` region for results ("3 packages found", "Published hello 1.0.0") and
 * a tiny toast stack for mutation outcomes. `announce()` works from anywhere.
 */
import { createStore, useStore } from '../lib/create-store.ts';
import { useT } from '../i18n/i18n.ts';

export interface Toast {
  id: number;
  tone: 'success' | 'error' | 'info';
  message: string;
  href?: string;
}

const message = createStore({ text: '', n: 0 });
const toasts = createStore<Toast[]>([]);
let nextId = 1;

/** Reads `text` to screen-reader users (polite). */
export function announce(text: string): void {
  message.set((m) => ({ text, n: m.n + 1 }));
}

/** Shows a toast (also announced) for a few seconds. */
export function toast(tone: Toast['tone'], text: string, href?: string): void {
  const t: Toast = { id: nextId++, tone, message: text, href };
  toasts.set((list) => [...list, t]);
  announce(text);
  setTimeout(() => dismiss(t.id), tone === 'error' ? 12_000 : 6_000);
}

export function dismiss(id: number): void {
  toasts.set((list) => list.filter((t) => t.id !== id));
}

const TONES: Record<Toast['tone'], string> = {
  success: 'border-emerald-600 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  error: 'border-red-600 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100',
  info: 'border-slate-400 bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100',
};

export function LiveRegion() {
  const t = useT();
  const msg = useStore(message);
  const list = useStore(toasts);
  return (
    <>
      <div aria-live="polite" role="status" className="sr-only">
        {/* A new node per announcement, so repeating the same words is read again. */}
        <span key={msg.n}>{msg.text}</span>
      </div>
      <div className="fixed bottom-4 end-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2">
        {/* At most three at a time, and only the newest on a phone, so content stays visible. */}
        {list.slice(-3).map((item, i, shown) => (
          <div key={item.id} className={`rounded-md border-l-4 p-3 text-sm shadow ${TONES[item.tone]} ${i < shown.length - 1 ? 'hidden sm:block' : ''}`}>
            <div className="flex items-start gap-2">
              <p className="flex-1">
                {item.message}{' '}
                {item.href && (
                  <a className="font-medium underline" href={item.href}>
                    {t('toast.open')}
                  </a>
                )}
              </p>
              <button type="button" className="rounded px-1 focus-visible:outline-2" aria-label={t('toast.dismiss')} onClick={() => dismiss(item.id)}>
                ×
              </button>
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
