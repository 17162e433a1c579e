/**
 * @module
 * Adds a download URL to one variant (`package.add-mirror`, signed commitment). The URL is
 * checked from the browser first: it must serve the same archive, or `add-mirror` would
 * replace the variant by whatever it serves. A host without CORS cannot be checked here; the
 * user may then add it anyway and let the registry check it.
 */
import { useId, useState } from 'react';
import { checkS9pkUrl, type UrlCheck } from '../../../../../core/registry/url-check.ts';
import type { MerkleArchiveCommitment } from '../../../../../core/rpc/types.ts';
import { ErrorView } from '../../../../components/error-view.tsx';
import { announce } from '../../../../components/live-region.tsx';
import { Button } from '../../../../components/ui.tsx';
import { useAddMirror } from '../../api/manage.ts';

function checkText(c: UrlCheck): string {
  if (c.status === 'ok') return 'Serves this variant.';
  if (c.status === 'unverifiable') return 'Could not check this URL from the browser (no CORS headers, or unreachable). The registry will check it.';
  switch (c.problem) {
    case 'url':
      return `Not usable: ${c.message}.`;
    case 'http':
      return `${c.method} answered HTTP ${c.httpStatus}.`;
    case 'not-s9pk':
      return `Not an s9pk: ${c.message}.`;
    case 'mismatch':
      return 'Serves a different archive; adding it would replace this variant. Not added.';
  }
}

export function AddMirrorForm({ commitment, variantLabel }: { commitment: MerkleArchiveCommitment; variantLabel: string }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [check, setCheck] = useState<UrlCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const add = useAddMirror();
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
          announce(`Mirror added to ${variantLabel}`);
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
        Add a mirror URL to {variantLabel}
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
          {checking ? 'Checking…' : add.isPending ? 'Adding…' : check?.status === 'unverifiable' ? 'Add anyway' : 'Check and add'}
        </Button>
      </div>
      {check && check.status !== 'ok' && <p className={`text-xs ${check.status === 'bad' ? 'text-red-700 dark:text-red-400' : 'text-amber-800 dark:text-amber-300'}`}>{checkText(check)}</p>}
      {add.isError && <ErrorView error={add.error} />}
    </form>
  );
}
