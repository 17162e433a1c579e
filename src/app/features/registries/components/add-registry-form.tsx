/**
 * @module
 * Add a registry by URL: normalises the address, checks it answers `info` before saving (into
 * the query cache, so the registry page does not ask again), and keeps the typed text on failure.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, TextField } from '../../../components/ui.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { announce } from '../../../components/live-region.tsx';
import { normalizeRegistryUrl, useUpsertRegistry } from '../../../lib/registries.ts';
import { paths } from '../../../lib/paths.ts';
import { anonymousScope, registryInfoOptions } from '../../../lib/registry-queries.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export function AddRegistryForm({ initialUrl = '' }: { initialUrl?: string }) {
  const id = useId();
  const [text, setText] = useState(initialUrl);
  const [inputError, setInputError] = useState<string | null>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const upsert = useUpsertRegistry();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const t = useT();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setCheckError(null);
    let url: string;
    try {
      url = normalizeRegistryUrl(text);
    } catch (err) {
      setInputError((err as Error).message);
      return;
    }
    setInputError(null);
    setChecking(true);
    try {
      const info = await qc.fetchQuery({ ...registryInfoOptions(anonymousScope(url, 15_000)), retry: false, staleTime: 0 });
      await upsert.mutateAsync({ url, label: info.name, context: null });
      announce(t('registries.added', { name: info.name ?? url }));
      navigate(paths.registry.browse.getHref(url));
    } catch (err) {
      setCheckError(err);
    } finally {
      setChecking(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-describedby={`${id}-about`}>
      <p id={`${id}-about`} className="text-sm text-slate-600 dark:text-slate-400">
        <Trans k="registries.addAbout" />
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[16rem] flex-1">
          <TextField
            id={`${id}-url`}
            label={t('registries.url')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="https://registry.example.com"
            autoComplete="url"
            inputMode="url"
            error={inputError}
          />
        </div>
        <Button tone="primary" type="submit" disabled={checking}>
          {checking ? t('registries.checking') : t('registries.addButton')}
        </Button>
      </div>
      {checkError !== null && <ErrorView error={checkError} />}
    </form>
  );
}
