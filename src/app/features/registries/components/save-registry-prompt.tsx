/**
 * @module
 * "Save this registry to use your key" (issue 11, item 8): shown on a registry the user has not
 * saved while a key is unlocked. The console signs nothing for such a registry; saving it (the
 * same entry "Add registry" makes) lets the key sign its writes and the role check.
 */
import { Button } from '../../../components/ui.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { announce } from '../../../components/live-region.tsx';
import { useUpsertRegistry } from '../../../lib/registries.ts';
import { useRegistryInfo } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function SaveRegistryPrompt() {
  const { url } = useRegistryScope();
  const name = useRegistryInfo().data?.name ?? null;
  const upsert = useUpsertRegistry();
  const t = useT();
  const save = () =>
    upsert.mutate(
      { url, label: name, context: null },
      { onSuccess: () => announce(t('saveRegistry.saved', { name: name ?? url })) },
    );
  return (
    <section aria-labelledby="save-registry-title" className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
      <h2 id="save-registry-title" className="text-sm font-semibold">
        {t('saveRegistry.title')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('saveRegistry.about')}
      </p>
      <div>
        <Button tone="primary" onClick={save} disabled={upsert.isPending}>
          {upsert.isPending ? t('saveRegistry.saving') : t('saveRegistry.save')}
        </Button>
      </div>
      {upsert.isError && <ErrorView error={upsert.error} />}
    </section>
  );
}
