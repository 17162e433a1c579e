/**
 * @module
 * One dropped image on its way into a release: type and size, platform (guessed, changeable
 * until it is added), its BLAKE3 commitment being computed (progress, cancel, again), hosting
 * (bucket or URLs) with the upload's progress and each URL's check, then the signed add — each
 * step's result on the row, and a retry that keeps what is done.
 */
import { useEffect, useId, useRef } from 'react';
import { OS_PLATFORMS } from '../../../../core/registry/os-asset-file.ts';
import { ErrorView } from '../../../components/error-view.tsx';
import { Badge, Button, focusRing, Spinner, TextField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { useBucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { useStoredBucket } from '../../../lib/publishing/stored-bucket.ts';
import { useDroppedRow, useRowActions } from '../api/use-asset-drop.ts';
import type { AssetRow } from '../lib/asset-queue.ts';
import { HostingFields } from './hosting-fields.tsx';
import { ProgressLine } from './progress-line.tsx';

function HashStatus({ row, onCancel, onAgain }: { row: AssetRow; onCancel: () => void; onAgain: () => void }) {
  const t = useT();
  const h = row.hash;
  switch (h.status) {
    case 'running':
      return <ProgressLine label={t('os.drop.hashing', { file: row.file.name })} progress={h.progress} onCancel={onCancel} />;
    case 'ok':
      return (
        <p className="text-sm">
          {t('os.drop.hashed')} <span className="break-all font-mono text-xs">{h.commitment.hash}</span>
        </p>
      );
    case 'failed':
    case 'cancelled':
      return (
        <div className="flex flex-col gap-1">
          {h.status === 'failed' ? <ErrorView error={h.error} /> : <p className="text-sm">{t('os.drop.hashCancelled')}</p>}
          <div>
            <Button onClick={onAgain}>{t('os.drop.hashAgain')}</Button>
          </div>
        </div>
      );
  }
}

/** Why the add cannot start yet, or null. */
function blocked(row: AssetRow, bucketUnlocked: boolean): 'hash' | 'platform' | 'bucket' | null {
  if (row.hash.status !== 'ok') return 'hash';
  if (row.platform.trim() === '') return 'platform';
  if (row.hosting === 'bucket' && !bucketUnlocked && row.upload.status !== 'done') return 'bucket';
  return null;
}

export function DroppedRow({ id }: { id: number }) {
  const t = useT();
  const uid = useId();
  const row = useDroppedRow(id);
  const act = useRowActions(id);
  const stored = useStoredBucket();
  const session = useBucketSession();
  if (!row) return null;
  const fixed = row.add.status === 'running' || row.add.status === 'done';
  const why = blocked(row, session !== null);
  return (
    <li aria-label={row.file.name} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        <span className="break-all font-mono text-sm font-medium">{row.file.name}</span>
        <Badge>{row.type}</Badge>
        <span className="text-xs text-slate-600 dark:text-slate-400">{formatBytes(row.file.size)}</span>
      </div>
      <div className="max-w-xs">
        <TextField
          id={`${uid}-platform`}
          label={t('os.drop.platform')}
          list={`${uid}-platforms`}
          value={row.platform}
          disabled={fixed}
          onChange={(e) => act.setPlatform(e.target.value.trim())}
          hint={row.platform === '' ? t('os.drop.platformMissing') : undefined}
        />
        <datalist id={`${uid}-platforms`}>
          {OS_PLATFORMS.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </div>
      <HashStatus row={row} onCancel={act.cancelHash} onAgain={act.hashAgain} />
      <HostingFields row={row} stored={stored} locked={session === null} disabled={fixed} onHosting={act.setHosting} onUrls={act.setUrls} />
      {row.upload.status === 'uploading' && (
        <ProgressLine label={t('os.drop.uploading', { file: row.file.name })} progress={{ done: row.upload.sent, total: row.upload.total }} onCancel={act.cancelHosting} />
      )}
      {row.upload.status === 'failed' && <ErrorView error={row.upload.error} />}
      <AddStatus row={row} why={why} onAdd={() => void act.add()} onRemove={act.remove} />
    </li>
  );
}

function AddStatus({ row, why, onAdd, onRemove }: { row: AssetRow; why: ReturnType<typeof blocked>; onAdd: () => void; onRemove: () => void }) {
  const t = useT();
  const a = row.add;
  // the add replaced the button that started it: unless the focus went elsewhere meanwhile,
  // the result takes it
  const added = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (a.status === 'done' && (document.activeElement === null || document.activeElement === document.body)) added.current?.focus();
  }, [a.status]);
  if (a.status === 'running') return <Spinner label={t('os.drop.adding', { file: row.file.name })} />;
  if (a.status === 'done') {
    return (
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span ref={added} tabIndex={-1} role="status" className={`rounded text-emerald-800 dark:text-emerald-300 ${focusRing}`}>
          {t('os.drop.added', { platform: row.platform, type: row.type, version: row.version })}
        </span>
        <Button tone="ghost" onClick={onRemove}>
          {t('os.drop.dismiss')}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      {a.status === 'failed' && <ErrorView error={a.error} />}
      <div className="flex flex-wrap items-center gap-2">
        <Button tone="primary" disabled={why !== null} onClick={onAdd}>
          {a.status === 'failed' ? t('os.drop.retry') : t('os.drop.add', { version: row.version })}
        </Button>
        <Button tone="ghost" onClick={onRemove}>
          {t('os.drop.discard')}
        </Button>
        {why === 'platform' && <span className="text-xs text-slate-600 dark:text-slate-400">{t('os.drop.needPlatform')}</span>}
        {why === 'bucket' && <span className="text-xs text-slate-600 dark:text-slate-400">{t('os.drop.bucketLocked')}</span>}
      </div>
    </div>
  );
}
