/**
 * @module
 * The bucket's two forms: the settings (endpoint, region, bucket, addressing, public base URL,
 * key template, parts uploaded at once, access key and secret sealed under a passphrase) and
 * the unlock for the session. Secrets are read from the form inside the mutation and never kept
 * in React or query state: the mutations take no variables (the cache would otherwise hold the
 * access key, secret and passphrase for `gcTime`), and `gcTime: 0` drops them once the form is gone.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, type FormEvent } from 'react';
import { isCoreError } from '../../../core/errors.ts';
import { DEFAULT_KEY_TEMPLATE, validateTarget, type S3Target } from '../../../core/s3/s3-target.ts';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../../../core/s3/upload-parts.ts';
import { ErrorView } from '../error-view.tsx';
import { Button, TextField } from '../ui.tsx';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import { storedBucketOptions } from '../../lib/publishing/stored-bucket.ts';
import { saveBucket, unlockBucket, type StoredBucket } from '../../lib/publishing/bucket-settings.ts';

/** What core's validateTarget refuses in each field (its `detail.field`), in words of the active language. */
const FIELD_ERROR = {
  endpoint: 'publish.bucket.badUrl',
  publicBaseUrl: 'publish.bucket.badUrl',
  region: 'publish.bucket.badRegion',
  bucket: 'publish.bucket.badBucket',
  keyTemplate: 'publish.bucket.badKeyTemplate',
  partConcurrency: 'publish.bucket.badPartConcurrency',
} as const satisfies Record<string, MessageKey>;

const field = (f: FormData, k: string) => String(f.get(k) ?? '').trim();

/** The form's current values, read when the mutation runs (so they are not its variables). */
function formData(form: { current: HTMLFormElement | null }): FormData {
  if (!form.current) throw new Error('the form is gone');
  return new FormData(form.current);
}

export function SettingsForm({ initial, onDone }: { initial: S3Target | null; onDone: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const id = useId(); // a page may show two forms (the OS page: one per release)
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
  const err = (k: keyof typeof FIELD_ERROR) => (bad === k ? t(FIELD_ERROR[k], { max: MAX_CONCURRENCY }) : null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form ref={form} onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label={t('publish.bucket.settings')}>
      <TextField id={`${id}-endpoint`} name="endpoint" label={t('publish.bucket.endpoint')} required defaultValue={initial?.endpoint} placeholder="https://s3.us-east-1.amazonaws.com" error={err('endpoint')} />
      <TextField id={`${id}-region`} name="region" label={t('publish.bucket.region')} required defaultValue={initial?.region ?? 'us-east-1'} error={err('region')} />
      <TextField id={`${id}-bucket`} name="bucket" label={t('publish.bucket.bucket')} required defaultValue={initial?.bucket} error={err('bucket')} />
      <TextField id={`${id}-public`} name="publicBaseUrl" label={t('publish.bucket.publicBaseUrl')} required defaultValue={initial?.publicBaseUrl} hint={t('publish.bucket.publicBaseUrlHint', { example: 'https://cdn.example.com' })} error={err('publicBaseUrl')} />
      <TextField id={`${id}-template`} name="keyTemplate" label={t('publish.bucket.keyTemplate')} defaultValue={initial?.keyTemplate ?? DEFAULT_KEY_TEMPLATE} hint={t('publish.bucket.keyTemplateHint', { id: '{id}', version: '{version}', filename: '{filename}' })} error={err('keyTemplate')} />
      <TextField id={`${id}-parts`} name="partConcurrency" label={t('publish.bucket.partConcurrency')} type="number" min={1} max={MAX_CONCURRENCY} step={1} defaultValue={initial?.partConcurrency ?? DEFAULT_CONCURRENCY} hint={t('publish.bucket.partConcurrencyHint', { max: MAX_CONCURRENCY })} error={err('partConcurrency')} />
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" name="pathStyle" defaultChecked={initial?.pathStyle ?? true} /> {t('publish.bucket.pathStyle')}
      </label>
      <TextField id={`${id}-access`} name="accessKeyId" label={t('publish.bucket.accessKeyId')} required autoComplete="off" />
      <TextField id={`${id}-secret`} name="secretAccessKey" label={t('publish.bucket.secretAccessKey')} type="password" required autoComplete="off" />
      <TextField id={`${id}-pass`} name="passphrase" label={t('publish.bucket.passphrase')} type="password" required minLength={8} autoComplete="new-password" hint={t('publish.bucket.passphraseHint', { min: 8 })} />
      <div className="flex items-end gap-2">
        <Button type="submit" tone="primary" disabled={save.isPending}>{save.isPending ? t('publish.bucket.encrypting') : t('publish.bucket.save')}</Button>
        {initial && <Button onClick={onDone}>{t('common.cancel')}</Button>}
      </div>
      {save.isError && !bad && <div className="sm:col-span-2"><ErrorView error={save.error} /></div>}
    </form>
  );
}

export function UnlockForm({ stored }: { stored: StoredBucket }) {
  const t = useT();
  const id = useId();
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
      <TextField id={`${id}-unlock`} name="passphrase" type="password" label={t('publish.bucket.unlockPassphrase')} required autoComplete="current-password" error={unlock.isError ? t('publish.bucket.wrongPassphrase') : null} />
      <Button type="submit" tone="primary" disabled={unlock.isPending}>{unlock.isPending ? t('publish.bucket.unlocking') : t('publish.bucket.unlock')}</Button>
    </form>
  );
}
