/**
 * @module
 * One saved registry: name and icon from `info`, reachability, package count, signing
 * hostname (editable, explained), open and remove.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Icon, TextField } from '../../../components/ui.tsx';
import { DefaultKeySelect } from '../../../components/default-key-select.tsx';
import { announce } from '../../../components/live-region.tsx';
import { describeError } from '../../../lib/error-messages.ts';
import { signingContext, useRemoveRegistry, useUpsertRegistry, type SavedRegistry } from '../../../lib/registries.ts';
import { paths } from '../../../lib/paths.ts';
import { anonymousScope, packageIndexOptions, registryInfoOptions } from '../../../lib/registry-queries.ts';
import { useT } from '../../../i18n/i18n.ts';

export function RegistryCard({ registry }: { registry: SavedRegistry }) {
  const id = useId();
  const scope = useMemo(() => anonymousScope(registry.url, 15_000), [registry.url]);
  const info = useQuery(registryInfoOptions(scope));
  const index = useQuery(packageIndexOptions(scope));
  const upsert = useUpsertRegistry();
  const remove = useRemoveRegistry();
  const [editing, setEditing] = useState(false);
  const [context, setContext] = useState(registry.context ?? '');
  const name = info.data?.name ?? registry.label ?? registry.url;
  const t = useT();

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-start gap-3">
        <Icon src={info.data?.icon} size="md" />
        <div className="min-w-0 flex-1">
          <h3 className="truncate font-semibold">
            <Link className="hover:underline focus-visible:underline" to={paths.registry.browse.getHref(registry.url)}>
              {name}
            </Link>
          </h3>
          <p className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">{registry.url}</p>
        </div>
        {info.isPending ? (
          <Badge>{t('registries.statusChecking')}</Badge>
        ) : info.isError ? (
          <Badge tone="red">{t('registries.statusUnreachable')}</Badge>
        ) : (
          <Badge tone="green">{t('registries.statusOnline')}</Badge>
        )}
      </div>
      {info.isError && <p className="text-sm text-red-700 dark:text-red-400">{describeError(info.error, t).title}</p>}
      {index.data && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {t('registries.counts', { packages: Object.keys(index.data.packages).length, categories: Object.keys(index.data.categories).length })}
        </p>
      )}
      <div className="text-sm">
        <span className="text-slate-600 dark:text-slate-400">{t('registries.signingHostnameColon')} </span>
        <code>{signingContext(registry)}</code>
        {registry.context === null && <span className="text-slate-600 dark:text-slate-400"> {t('registries.fromUrl')}</span>}
      </div>
      <DefaultKeySelect saved={registry} label={name} />
      {editing ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            await upsert.mutateAsync({ ...registry, context: context.trim() || null });
            setEditing(false);
            announce(t('registries.hostnameSaved'));
          }}
        >
          <TextField
            id={`${id}-ctx`}
            label={t('registries.signingHostname')}
            value={context}
            onChange={(e) => setContext(e.target.value)}
            placeholder={new URL(registry.url).hostname}
            hint={t('registries.hostnameHint')}
          />
          <div className="flex gap-2">
            <Button type="submit" tone="primary">{t('common.save')}</Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Link
            to={paths.registry.browse.getHref(registry.url)}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          >
            {t('registries.open')}
          </Link>
          <Button onClick={() => setEditing(true)}>{t('registries.editHostname')}</Button>
          <Button
            tone="ghost"
            onClick={async () => {
              if (!window.confirm(t('registries.removeConfirm', { name }))) return;
              await remove.mutateAsync(registry.url);
              announce(t('registries.removed', { name }));
            }}
          >
            {t('registries.remove')}
          </Button>
        </div>
      )}
    </li>
  );
}
