/**
 * @module
 * The home screen: saved registries and adding one. With the embedded demo (`npm start`) it
 * offers the local demo registry.
 */
import { Panel, Spinner } from '../../components/ui.tsx';
import { ErrorView } from '../../components/error-view.tsx';
import { useSavedRegistries } from '../../lib/registries.ts';
import { demoConfig } from '../../lib/demo.ts';
import { AddRegistryForm } from './components/add-registry-form.tsx';
import { DemoPanel } from './components/demo-panel.tsx';
import { RegistryCard } from './components/registry-card.tsx';

export function RegistriesPage() {
  const saved = useSavedRegistries();
  const demo = demoConfig();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Registries</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">
          Browse what a StartOS registry offers, publish <code>.s9pk</code> packages and manage its signers. Requests go
          straight from this browser to the registry; writes are signed here with a key that never leaves it.
        </p>
      </div>
      {demo && <DemoPanel demo={demo} />}
      <Panel title="Add a registry">
        <AddRegistryForm />
      </Panel>
      <section aria-labelledby="saved-heading" className="flex flex-col gap-3">
        <h2 id="saved-heading" className="text-lg font-semibold">
          Saved registries
        </h2>
        {saved.isPending && <Spinner />}
        {saved.isError && <ErrorView error={saved.error} />}
        {saved.data?.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">None yet. Add one above.</p>}
        {saved.data && saved.data.length > 0 && (
          <ul className="grid gap-3 md:grid-cols-2">
            {saved.data.map((r) => (
              <RegistryCard key={r.url} registry={r} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
