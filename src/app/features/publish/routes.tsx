/**
 * @module
 * Publish (design.md §4.3): drop .s9pk files → each is inspected and fully verified in the
 * worker pool → pre-flight report against this registry → hosting (bucket upload or existing
 * URLs) → signed `package.add`, one file after another, each reported. Only admins and signers
 * get the tools; everyone else is told why.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorView } from '../../components/error-view.tsx';
import { Button, Spinner } from '../../components/ui.tsx';
import { registryParam, useRegistryScope } from '../../lib/registry-scope.tsx';
import { describeRole } from '../../lib/role.ts';
import { usePublish } from './api/use-publish.ts';
import { BucketPanel } from './components/bucket-panel.tsx';
import { DropZone } from './components/drop-zone.tsx';
import { FileRow } from './components/file-row.tsx';
import { blockedReason } from './lib/readiness.ts';

export function PublishPage() {
  const { url, keyPem } = useRegistryScope();
  const api = usePublish();
  const [running, setRunning] = useState(false);
  const role = api.role;

  if (role.isPending) return <Spinner label="Checking what your key may do here" />;
  if (role.isError) return <ErrorView error={role.error} onRetry={() => void role.refetch()} />;
  if (!api.authority) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">Publish</h1>
        <p role="alert" className="text-sm">{describeRole(role.data)}</p>
        {role.data.kind === 'viewer' && (
          <p className="text-sm">
            <Link className="text-blue-700 underline dark:text-blue-400" to="/keys">Unlock a key</Link> registered on this registry to publish.
          </p>
        )}
      </div>
    );
  }

  const base = `/r/${registryParam(url)}`;
  const packageHref = (id: string, version: string) => `${base}/p/${encodeURIComponent(id)}?v=${encodeURIComponent(version)}`;
  const ready = api.rows.filter((r) => blockedReason(r, api.reports.get(r.id), api.bucket) === null);
  const fileName = (rowIndexInBatch: number) => {
    const pending = api.rows.filter((r) => api.reports.has(r.id));
    return pending[rowIndexInBatch]?.file.name ?? `file ${rowIndexInBatch + 1}`;
  };
  const scopes = Object.entries(api.authority.scopes);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Publish</h1>
        <p className="break-all text-sm text-slate-600 dark:text-slate-400">
          To <span className="font-mono">{url}</span> as {api.authority.admin ? 'an administrator' : 'a signer'}.
          {!api.authority.admin && (scopes.length > 0 ? ` Your scopes: ${scopes.map(([id, r]) => `${id} ${r}`).join('; ')}.` : ' You have no package scopes yet.')}
        </p>
      </div>
      <BucketPanel stored={api.storedBucket} session={api.bucket} />
      <DropZone onFiles={api.addFiles} />
      {api.index.isError && <ErrorView error={api.index.error} onRetry={() => void api.index.refetch()} />}
      {api.rows.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            tone="primary"
            disabled={ready.length === 0 || running}
            onClick={async () => {
              setRunning(true);
              try {
                await api.publishAll();
              } finally {
                setRunning(false);
              }
            }}
          >
            {running ? 'Publishing…' : `Publish all ready (${ready.length})`}
          </Button>
          <Button onClick={api.clearFinished}>Clear finished and rejected</Button>
          <span className="text-xs text-slate-600 dark:text-slate-400">Files are published one after another, in this order.</span>
        </div>
      )}
      <ol className="flex flex-col gap-3" aria-label="Files to publish">
        {api.rows.map((row) => (
          <FileRow key={row.id} row={row} report={api.reports.get(row.id)} api={api} ownKeyPem={keyPem} packageHref={packageHref} fileName={fileName} />
        ))}
      </ol>
    </div>
  );
}
