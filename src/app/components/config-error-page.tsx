/**
 * @module
 * Shown instead of the console when `config.json` is present but not valid: every problem,
 * with its field, so the operator can fix the file (the browser console lists them too).
 */
export function ConfigErrorPage({ problems }: { problems: string[] }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col gap-3 px-4 py-10 text-slate-900 dark:text-slate-100">
      <h1 className="text-2xl font-semibold">This console is misconfigured</h1>
      <p className="text-sm">
        Its <code>config.json</code> (the file beside <code>index.html</code>) could not be used. Fix the file, or remove it to
        run with the defaults, then reload.
      </p>
      <ul role="alert" aria-label="Problems in config.json" className="list-disc rounded-md border border-red-300 bg-red-50 py-3 pl-8 pr-3 font-mono text-xs text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </main>
  );
}
