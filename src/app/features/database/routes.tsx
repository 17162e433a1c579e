/**
 * @module
 * The database viewer (issue 16, spec/registry-api.md §4.8, §5.2): the registry's raw database
 * from `db.dump` as a collapsible tree, with JSON-pointer navigation, search, copying and a
 * download, and the revision it shows; and `db.apply` behind a dry run (issue 17, db-apply-panel.tsx).
 * Admins only (the registry refuses anyone else).
 */
import { useQuery } from '@tanstack/react-query';
import type { DbDump } from '../../../core/rpc/types.ts';
import { ErrorView } from '../../components/error-view.tsx';
import { RoleGatedPage } from '../../components/role-gated-page.tsx';
import { Button, Panel, Spinner } from '../../components/ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { dbDumpOptions } from '../../lib/registry-queries.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { DbApplyPanel } from './components/db-apply-panel.tsx';
import { JsonTree } from './components/json-tree.tsx';
import { Breadcrumb, GoToPointer } from './components/pointer-bar.tsx';
import { TreeSearch } from './components/tree-search.tsx';
import { useTreeState } from './lib/use-tree-state.ts';
import { useAddressParams } from '../../lib/use-address-params.tsx';

function download(dump: DbDump, registryUrl: string) {
  const blob = new Blob([JSON.stringify(dump.value, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${new URL(registryUrl).hostname}-db-${dump.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function Viewer({ dump, pointer, onReload, reloading }: { dump: DbDump; pointer: string | null; onReload: () => void; reloading: boolean }) {
  const { url } = useRegistryScope();
  const tree = useTreeState(dump.value, pointer);
  const t = useT();
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm">{t('db.revision', { id: dump.id })}</p>
        <Button onClick={onReload} disabled={reloading}>
          {reloading ? t('common.loading') : t('db.reload')}
        </Button>
        <Button onClick={() => download(dump, url)}>{t('db.download')}</Button>
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-3">
          <Breadcrumb root={dump.value} pointer={tree.activePointer ?? ''} onGo={tree.goTo} />
          <JsonTree rows={tree.rows} active={tree.active} label={t('db.treeLabel')} onAction={tree.onAction} focusToken={tree.focusToken} />
          <p className="text-xs text-slate-600 dark:text-slate-400">{t('db.keysHelp')}</p>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Panel title={t('db.goTo')}>
            <GoToPointer onGo={tree.goTo} />
          </Panel>
          <Panel title={t('db.searchButton')}>
            <TreeSearch root={dump.value} onGo={tree.goTo} />
          </Panel>
        </div>
      </div>
    </>
  );
}

function DumpView() {
  const dump = useQuery(dbDumpOptions(useRegistryScope()));
  const pointer = useAddressParams()[0].get('p');
  if (dump.isPending) return <Spinner />;
  if (dump.isError) return <ErrorView error={dump.error} onRetry={() => void dump.refetch()} />;
  // A new revision, or a link to another pointer, starts a fresh tree; the dry run outlives it.
  return (
    <>
      <Viewer key={`${dump.data.id} ${pointer}`} dump={dump.data} pointer={pointer} onReload={() => void dump.refetch()} reloading={dump.isFetching} />
      <DbApplyPanel />
    </>
  );
}

export function DatabasePage() {
  const t = useT();
  return <RoleGatedPage title={t('db.title')} about={t('db.about')} refusal={t('db.adminsOnly')} render={(role) => (role.kind === 'admin' ? <DumpView /> : null)} />;
}
