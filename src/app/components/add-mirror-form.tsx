/**
 * @module
 * Adds a download URL to one variant (`package.add-mirror`, signed commitment). The URL is
 * checked from the browser first: it must serve the same archive, or `add-mirror` would
 * replace the variant by whatever it serves. A host without CORS cannot be checked here; the
 * user may then add it anyway and let the registry check it.
 */
import { useId, useState } from 'react';
import { checkS9pkUrl, type UrlCheck } from '../../core/registry/url-check.ts';
import type { MerkleArchiveCommitment } from '../../core/rpc/types.ts';
import { ErrorView } from './error-view.tsx';
import { announce } from './live-region.tsx';
import { Button } from './ui.tsx';
import { useAddMirror } from '../lib/mirror-mutations.ts';
import { useT, type Translate } from '../i18n/i18n.ts';

function checkText(c: UrlCheck, t: Translate): string {
  if (c.status === 'ok') return t('mirror.ok');
  if (c.status === 'unverifiable') return t('mirror.unverifiable');
  switch (c.problem) {
    case 'url':
      return t('mirror.badUrl', { message: c.message });
    case 'http':
      return t('mirror.http', { method: c.method, status: c.httpStatus });
    case 'not-s9pk':
      return t('mirror.notS9pk', { message: c.message });
    case 'mismatch':
      return t('mirror.mismatch');
  }
}

export function AddMirrorForm({ commitment, variantLabel }: { commitment: MerkleArchiveCommitment; variantLabel: string }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [check, setCheck] = useState<UrlCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const add = useAddMirror();
  const t = useT();
  const submit = async () => {
    add.reset();
    if (check?.status !== 'unverifiable') {
      setChecking(true);
      const c = await checkS9pkUrl(url.trim(), commitment).finally(() => setChecking(false));
      setCheck(c);
      if (c.status !== 'ok') return;
    }
    add.mutate(
      { url: url.trim(), commitment },
      {
        onSuccess: () => {
          announce(t('mirror.added', { variant: variantLabel }));
          setUrl('');
          setCheck(null);
        },
      },
    );
  };
  return (
    <form
      className="flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={id} className="text-xs font-medium">
        {t('mirror.label', { variant: variantLabel })}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          type="url"
          required
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setCheck(null);
          }}
          placeholder="https://mirror.example.com/package.s9pk"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
        />
        <Button type="submit" disabled={checking || add.isPending || !url.trim()}>
          {checking ? t('registries.checking') : add.isPending ? t('mirror.adding') : check?.status === 'unverifiable' ? t('mirror.addAnyway') : t('mirror.checkAndAdd')}
        </Button>
      </div>
      {check && check.status !== 'ok' && <p className={`text-xs ${check.status === 'bad' ? 'text-red-700 dark:text-red-400' : 'text-amber-800 dark:text-amber-300'}`}>{checkText(check, t)}</p>}
      {add.isError && <ErrorView error={add.error} />}
    </form>
  );
}
