/**
 * @module
 * The upload bucket: settings form (endpoint, region, bucket, addressing, public base URL, key
 * template, parts uploaded at once, access key and secret sealed under a passphrase), unlock
 * for the session, lock,
 * forget. Secrets are read from the form inside the mutation and never kept in React or query
 * state: the mutations take no variables (the cache would otherwise hold the access key,
 * secret and passphrase for `gcTime`), and `gcTime: 0` drops them once the form is gone.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { isCoreError } from '../../../../core/errors.ts';
import { DEFAULT_KEY_TEMPLATE, validateTarget, type S3Target } from '../../../../core/s3/s3-target.ts';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../../../../core/s3/upload-parts.ts';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button, Panel, TextField } from '../../../components/ui.tsx';
import { storedBucketOptions } from '../api/use-publish.ts';
import { DEMO_ALLOWED } from '../../../lib/demo.ts';
import { DemoBucketOffer } from './demo-bucket-offer.tsx';
import { forgetBucket, lockBucket, saveBucket, unlockBucket, type BucketSession, type StoredBucket } from '../lib/bucket-settings.ts';

const field = (f: FormData, k: string) => String(f.get(k) ?? '').trim();

/** The form's current values, read when the mutation runs (so they are not its variables). */
function formData(form: { current: HTMLFormElement | null }): FormData {
  if (!form.current) throw new Error('the form is gone');
  return new FormData(form.current);
}

function SettingsForm({ initial, onDone }: { initial: S3Target | null; onDone: () => void }) {
  const qc = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const save = useMutation({
    gcTime: 0,
    mutationFn: async () => {
      const f = formData(form);
      const target = validateTarget({
        endpoint: field(f, 'endpoint'),
        region: field(f, 'region'),
        bucket: field(f, 'bucket'),
        pathStyle: f.get('pathStyle') === 'on',
        publicBaseUrl: field(f, 'publicBaseUrl'),
        keyTemplate: field(f, 'keyTemplate') || DEFAULT_KEY_TEMPLATE,
        partConcurrency: Number(field(f, 'partConcurrency') || DEFAULT_CONCURRENCY),
      });
      await saveBucket(target, { accessKeyId: field(f, 'accessKeyId'), secretAccessKey: String(f.get('secretAccessKey') ?? '') }, String(f.get('passphrase') ?? ''));
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: storedBucketOptions().queryKey });
      onDone();
    },
  });
  const bad = isCoreError(save.error, 'S3_CONFIG') ? String(save.error.detail.field) : null;
  const err = (k: string) => (bad === k ? (save.error as Error).message : null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form ref={form} onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label="Bucket settings">
      <TextField id="bk-endpoint" name="endpoint" label="Endpoint" required defaultValue={initial?.endpoint} placeholder="https://s3.us-east-1.amazonaws.com" error={err('endpoint')} />
      <TextField id="bk-region" name="region" label="Region" required defaultValue={initial?.region ?? 'us-east-1'} error={err('region')} />
      <TextField id="bk-bucket" name="bucket" label="Bucket" required defaultValue={initial?.bucket} error={err('bucket')} />
      <TextField id="bk-public" name="publicBaseUrl" label="Public base URL" required defaultValue={initial?.publicBaseUrl} hint="Where the registry downloads objects, e.g. https://cdn.example.com" error={err('publicBaseUrl')} />
      <TextField id="bk-template" name="keyTemplate" label="Object key template" defaultValue={initial?.keyTemplate ?? DEFAULT_KEY_TEMPLATE} hint="{id}, {version} and {filename}" error={err('keyTemplate')} />
      <TextField id="bk-parts" name="partConcurrency" label="Parts uploaded at once" type="number" min={1} max={MAX_CONCURRENCY} step={1} defaultValue={initial?.partConcurrency ?? DEFAULT_CONCURRENCY} hint={`1–${MAX_CONCURRENCY} parts of 8 MiB or more; more hide the round trips to a distant bucket`} error={err('partConcurrency')} />
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" name="pathStyle" defaultChecked={initial?.pathStyle ?? true} /> Path-style addressing (endpoint/bucket/key)
      </label>
      <TextField id="bk-access" name="accessKeyId" label="Access key ID" required autoComplete="off" />
      <TextField id="bk-secret" name="secretAccessKey" label="Secret access key" type="password" required autoComplete="off" />
      <TextField id="bk-pass" name="passphrase" label="Passphrase to encrypt the keys" type="password" required minLength={8} autoComplete="new-password" hint="At least 8 characters; asked again to unlock the bucket in a new session." />
      <div className="flex items-end gap-2">
        <Button type="submit" tone="primary" disabled={save.isPending}>{save.isPending ? 'Encrypting…' : 'Save bucket'}</Button>
        {initial && <Button onClick={onDone}>Cancel</Button>}
      </div>
      {save.isError && !bad && <div className="sm:col-span-2"><ErrorView error={save.error} /></div>}
    </form>
  );
}

function UnlockForm({ stored }: { stored: StoredBucket }) {
  const form = useRef<HTMLFormElement>(null);
  const unlock = useMutation({
    gcTime: 0,
    mutationFn: () => unlockBucket(stored, String(formData(form).get('passphrase') ?? '')),
    onError: () => form.current?.reset(), // a wrong passphrase is not kept in the field either
  });
  return (
    <form
      ref={form}
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        unlock.mutate();
      }}
    >
      <TextField id="bk-unlock" name="passphrase" type="password" label="Bucket passphrase" required autoComplete="current-password" error={unlock.isError ? 'Wrong passphrase, or the stored keys are damaged.' : null} />
      <Button type="submit" tone="primary" disabled={unlock.isPending}>{unlock.isPending ? 'Unlocking…' : 'Unlock bucket'}</Button>
    </form>
  );
}

export function BucketPanel({ stored, session }: { stored: StoredBucket | null; session: BucketSession | null }) {
  const [editing, setEditing] = useState(false);
  const qc = useQueryClient();
  const t = stored?.target;
  return (
    <Panel title="Upload bucket">
      {DEMO_ALLOWED && !editing && <DemoBucketOffer stored={stored} session={session} />}
      {!stored || editing ? (
        <>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            An S3-compatible bucket to upload packages to, like <code>start-cli s9pk publish</code>. It needs a CORS rule allowing this console; keys are stored encrypted in this browser only.
          </p>
          <SettingsForm initial={editing ? (t ?? null) : null} onDone={() => setEditing(false)} />
        </>
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <p className="break-all">
            <span className="font-mono">{t!.bucket}</span> at <span className="font-mono">{t!.endpoint}</span> ({t!.pathStyle ? 'path-style' : 'virtual-hosted'}); public URL{' '}
            <span className="font-mono">{t!.publicBaseUrl}</span>; keys <span className="font-mono">{t!.keyTemplate}</span>; {t!.partConcurrency ?? DEFAULT_CONCURRENCY} parts at a time.{' '}
            {session ? <span className="text-emerald-800 dark:text-emerald-300">Unlocked for this session.</span> : 'Locked.'}
          </p>
          {!session && <UnlockForm stored={stored} />}
          <div className="flex flex-wrap gap-2">
            {session && <Button onClick={lockBucket}>Lock</Button>}
            <Button onClick={() => setEditing(true)}>Change settings</Button>
            <Button
              tone="ghost"
              onClick={async () => {
                await forgetBucket();
                await qc.invalidateQueries({ queryKey: storedBucketOptions().queryKey });
              }}
            >
              Forget bucket
            </Button>
          </div>
        </div>
      )}
    </Panel>
  );
}
