/**
 * @module
 * Shown instead of the console when `config.json` is present but not valid: every problem,
 * with its field, so the operator can fix the file (the browser console lists them too).
 */
import { useT } from '../i18n/i18n.ts';
import { Trans } from '../i18n/trans.tsx';

export function ConfigErrorPage({ problems }: { problems: string[] }) {
  const t = useT();
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col gap-3 px-4 py-10 text-slate-900 dark:text-slate-100">
      <h1 className="text-2xl font-semibold">{t('config.errorTitle')}</h1>
      <p className="text-sm">
        <Trans k="config.errorBody" />
      </p>
      <ul role="alert" aria-label={t('config.errorProblems')} className="list-disc rounded-md border border-red-300 bg-red-50 py-3 pl-8 pr-3 font-mono text-xs text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </main>
  );
}
