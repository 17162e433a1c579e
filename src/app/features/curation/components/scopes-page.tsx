/**
 * @module
 * Package scopes (design.md §4.5, spec registry-api.md §3.3, §4.4): pick a package (`?pkg=`),
 * see who may publish which of its versions, grant (`?grant=1`), change (`?signer=<guid>`) or
 * revoke a scope.
 */

import { ErrorView } from '../../../components/error-view.tsx';
import { Button, Panel, Spinner } from '../../../components/ui.tsx';
import { usePackageIndex } from '../../../lib/registry-queries.ts';
import { useAdmins } from '../api/use-admins.ts';
import { usePackageSigners } from '../api/use-package-signers.ts';
import { useSigners } from '../api/use-signers.ts';
import { packageRows } from '../lib/package-list.ts';
import { ScopeEditor } from './scope-editor.tsx';
import { ScopeList } from './scope-list.tsx';
import { inputClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function ScopesPage() {
  const index = usePackageIndex();
  const signers = useSigners();
  const admins = useAdmins();
  const t = useT();
  const [params, setParams] = useAddressParams();
  const pkg = params.get('pkg');
  const scopes = usePackageSigners(pkg);
  const editing = params.get('signer') ?? (params.get('grant') ? '' : null);

  const failed = [index, signers, admins].find((q) => q.isError);
  if (failed) return <ErrorView error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!index.data || !signers.data || !admins.data) return <Spinner label={t('scope.loading')} />;

  const rows = packageRows(index.data);
  const row = rows.find((r) => r.id === pkg);
  const open = (next: Record<string, string>) => setParams(pkg ? { pkg, ...next } : next);
  const current = Object.fromEntries(Object.entries(scopes.data ?? {}).map(([g, [, r]]) => [g, r]));

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-xl font-semibold">{t('curate.scopes')}</h1>
      <label className="flex max-w-md flex-col gap-1 text-sm font-medium" htmlFor="scope-package">
        {t('scope.package')}
        <select id="scope-package" className={inputClass} value={pkg ?? ''} onChange={(e) => setParams(e.target.value ? { pkg: e.target.value } : {})}>
          <option value="">{t('scope.choosePackage')}</option>
          {rows.map((r) => {
            const n = Object.keys(index.data.packages[r.id]?.authorized ?? {}).length;
            return (
              <option key={r.id} value={r.id}>
                {t('scope.packageOption', { title: r.title, id: r.id, count: n })}
              </option>
            );
          })}
        </select>
      </label>
      {pkg && !row && <p className="text-sm">{t('scope.noPackage', { id: pkg })}</p>}
      {pkg && row && (
        <Panel
          title={t('scope.whoMayPublish', { title: row.title })}
          actions={
            editing === null && (
              <Button tone="primary" onClick={() => open({ grant: '1' })}>
                {t('scope.grant')}
              </Button>
            )
          }
        >
          {scopes.isPending ? (
            <Spinner label={t('scope.loadingScopes')} />
          ) : scopes.isError ? (
            <ErrorView error={scopes.error} onRetry={() => void scopes.refetch()} />
          ) : (
            <div className="flex flex-col gap-4">
              <ScopeList pkg={pkg} scopes={scopes.data} versions={row.versions} admins={Object.keys(admins.data)} onEdit={(guid) => open({ signer: guid })} />
              {editing !== null && (
                <div className="rounded-md border border-blue-300 p-3 dark:border-blue-800">
                  <h3 className="mb-3 font-medium">{editing ? t('scope.changeOf', { name: signers.data[editing]?.name ?? editing }) : t('scope.grant')}</h3>
                  <ScopeEditor key={`${pkg}:${editing}`} pkg={pkg} versions={row.versions} signers={signers.data} current={current} signer={editing || null} onDone={() => open({})} />
                </div>
              )}
            </div>
          )}
        </Panel>
      )}
    </div>
  );
}
