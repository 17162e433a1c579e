/**
 * @module
 * The home screen: saved registries and adding one. With the embedded demo (`npm start`) it
 * offers the local demo registry; when config.json hides the chooser it leads to the default
 * registry instead.
 */
import { Suspense } from 'react';
import { Panel, Spinner } from '../../components/ui.tsx';
import { ErrorView } from '../../components/error-view.tsx';
import { useSavedRegistries } from '../../lib/registries.ts';
import { DEMO_ALLOWED, useDemoConfig } from '../../lib/demo.ts';
import { homeRoute, useRuntimeConfig } from '../../lib/runtime-config/runtime-config.ts';
import { Navigate } from 'react-router';
import { AddRegistryForm } from './components/add-registry-form.tsx';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { RegistryCard } from './components/registry-card.tsx';
import { useT } from '../../i18n/i18n.ts';
import { Trans } from '../../i18n/trans.tsx';

// Behind `import.meta.env.DEV` itself (a literal at build time): builds drop the import, so no
// demo code or demo passphrase ships.
const DemoPanel = import.meta.env.DEV ? lazyComponent(() => import('./components/demo-panel.tsx').then((m) => m.DemoPanel)) : null;

export function RegistriesPage() {
  const saved = useSavedRegistries();
  const demo = useDemoConfig();
  const t = useT();
  const config = useRuntimeConfig();
  // a storefront without the chooser (config.json) has only its default registry
  if (!config.registryChooser) return <Navigate to={homeRoute(config)} replace />;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('registries.title')}</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">
          <Trans k="registries.intro" />
        </p>
      </div>
      {DEMO_ALLOWED && DemoPanel && demo && (
        <Suspense fallback={null}>
          <DemoPanel demo={demo} />
        </Suspense>
      )}
      <Panel title={t('registries.add')}>
        <AddRegistryForm />
      </Panel>
      <section aria-labelledby="saved-heading" className="flex flex-col gap-3">
        <h2 id="saved-heading" className="text-lg font-semibold">
          {t('registries.saved')}
        </h2>
        {saved.isPending && <Spinner />}
        {saved.isError && <ErrorView error={saved.error} />}
        {saved.data?.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t('registries.none')}</p>}
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
