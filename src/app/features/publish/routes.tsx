/**
 * @module
 * Publish (design.md §4.3): drop .s9pk files → each is inspected and fully verified in the
 * worker pool → pre-flight report against this registry → hosting (bucket upload or existing
 * URLs) → signed `package.add`, one file after another, each reported. Only admins and signers
 * get the tools; everyone else is told why.
 */
import { Link } from 'react-router';
import { ErrorView } from '../../components/error-view.tsx';
import { Button, Spinner } from '../../components/ui.tsx';
import { paths } from '../../lib/paths.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { describeRole } from '../../lib/role.ts';
import { useBatch, usePublishController, useRowIds, useStoredBucket } from './api/use-publish.ts';
import { BucketPanel } from './components/bucket-panel.tsx';
import { DropZone } from './components/drop-zone.tsx';
import { FileRow } from './components/file-row.tsx';
import { useBucketSession } from './lib/bucket-settings.ts';

export function PublishPage() {
  const { url, keyPem } = useRegistryScope();
  const { controller, index, role, authority } = usePublishController();
  const rowIds = useRowIds(controller);
  const { running, ready } = useBatch(controller);
  const storedBucket = useStoredBucket();
  const bucket = useBucketSession();

  if (role.isPending) return <Spinner label="Checking what your key may do here" />;
  if (role.isError) return <ErrorView error={role.error} onRetry={() => void role.refetch()} />;
  if (!authority) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">Publish</h1>
        <p role="alert" className="text-sm">{describeRole(role.data)}</p>
        {role.data.kind === 'viewer' && (
          <p className="text-sm">
            <Link className="text-blue-700 underline dark:text-blue-400" to={paths.keys.getHref()}>Unlock a key</Link> registered on this registry to publish.
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
        <h1 className="text-2xl font-semibold">Publish</h1>
        <p className="break-all text-sm text-slate-600 dark:text-slate-400">
          To <span className="font-mono">{url}</span> as {authority.admin ? 'an administrator' : 'a signer'}.
          {!authority.admin && (scopes.length > 0 ? ` Your scopes: ${scopes.map(([id, r]) => `${id} ${r}`).join('; ')}.` : ' You have no package scopes yet.')}
        </p>
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
            {running ? 'Publishing…' : `Publish all ready (${ready})`}
          </Button>
          <Button onClick={controller.clearFinished}>Clear finished and rejected</Button>
          <span className="text-xs text-slate-600 dark:text-slate-400">Files are published one after another, in this order.</span>
        </div>
      )}
      <ol className="flex flex-col gap-3" aria-label="Files to publish">
        {rowIds.map((id) => (
          <FileRow key={id} controller={controller} id={id} ownKeyPem={keyPem} packageHref={packageHref} />
        ))}
      </ol>
    </div>
  );
}
