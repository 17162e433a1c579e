/**
 * The application shell: providers and the top-level layout. Feature routes arrive with the
 * Console issues; for now it shows what the console is and that it runs.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">
            <img src="/favicon.svg" alt="" className="h-7 w-7" />
            <h1 className="text-lg font-semibold">Registry Console</h1>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8">
          <p className="max-w-prose text-slate-600 dark:text-slate-300">
            A console for self-hosted StartOS package registries: browse what a registry offers,
            publish <code>.s9pk</code> packages and curate categories, signers and permissions.
            Every write is signed in this browser with a key that never leaves it.
          </p>
        </main>
      </div>
    </QueryClientProvider>
  );
}
