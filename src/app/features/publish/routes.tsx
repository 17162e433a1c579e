/**
 * @module
 * Publish (design.md §4.3): drop .s9pk files → each is inspected and fully verified in the
 * worker pool → pre-flight report against this registry → hosting (bucket upload or existing
 * URLs) → signed `package.add`, one file after another, each reported. Only admins and signers
 * get the tools; everyone else is told why.
 */
import { Link } from 'react-router';
import { ActingKey } from '../../components/acting-key.tsx';
import { ErrorView } from '../../components/error-view.tsx';
import { Button, Spinner } from '../../components/ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { Trans } from '../../i18n/trans.tsx';
import { paths } from '../../lib/paths.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { describeRole } from '../../lib/role.ts';
import { useBatch, usePublishController, useRowIds } from './api/use-publish.ts';
import { useStoredBucket } from '../../lib/publishing/stored-bucket.ts';
import { BucketPanel } from '../../components/bucket/bucket-panel.tsx';
import { DropZone } from './components/drop-zone.tsx';
import { FileRow } from './components/file-row.tsx';
import { useBucketSession } from '../../lib/publishing/bucket-settings.ts';

export function PublishPage() {
  const { url, keyPem } = useRegistryScope();
  const { controller, index, role, authority } = usePublishController();
  const rowIds = useRowIds(controller);
  const { running, ready } = useBatch(controller);
  const storedBucket = useStoredBucket();
  const bucket = useBucketSession();
  const t = useT();

  if (role.isPending) return <Spinner label={t('publish.page.checkingRole')} />;
  if (role.isError) return <ErrorView error={role.error} onRetry={() => void role.refetch()} />;
  if (!authority) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">{t('publish.page.title')}</h1>
        <p role="alert" className="text-sm">{describeRole(role.data)}</p>
        <ActingKey />
        {role.data.kind === 'viewer' && (
          <p className="text-sm">
            <Trans k="publish.page.unlockKey" values={{ link: (chunks) => <Link className="text-blue-700 underline dark:text-blue-400" to={paths.keys.getHref()}>{chunks}</Link> }} />
          </p>
        )}
      </div>
    );
  }

  const packageHref = (id: string, version: string) => paths.registry.package.getHref(url, id, { version });
  const scopes = Object.entries(authority.scopes);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('publish.page.title')}</h1>
        <p className="break-all text-sm text-slate-600 dark:text-slate-400">
          <Trans k="publish.page.target" values={{ url, role: authority.admin ? 'admin' : 'signer', mono: (chunks) => <span className="font-mono">{chunks}</span> }} />
          {!authority.admin && ' '}
          {!authority.admin && (scopes.length > 0 ? t('publish.page.scopes', { scopes: scopes.map(([id, r]) => `${id} ${r}`).join('; ') }) : t('publish.page.noScopes'))}
        </p>
        <ActingKey className="mt-1" />
      </div>
      <BucketPanel stored={storedBucket} session={bucket} />
      <DropZone onFiles={(files) => controller.addFiles(files, storedBucket ? 'bucket' : 'urls')} />
      {index.isError && <ErrorView error={index.error} onRetry={() => void index.refetch()} />}
      {rowIds.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            tone="primary"
            disabled={ready === 0 || running}
            onClick={() => void controller.publishAll()}
          >
            {running ? t('publish.page.publishing') : t('publish.page.publishAll', { count: ready })}
          </Button>
          <Button onClick={controller.clearFinished}>{t('publish.page.clear')}</Button>
          <span className="text-xs text-slate-600 dark:text-slate-400">{t('publish.page.order')}</span>
        </div>
      )}
      <ol className="flex flex-col gap-3" aria-label={t('publish.page.files')}>
        {rowIds.map((id) => (
          <FileRow key={id} controller={controller} id={id} ownKeyPem={keyPem} packageHref={packageHref} />
        ))}
      </ol>
    </div>
  );
}
