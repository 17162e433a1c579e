/**
 * @module
 * The package's heading block: icon, title (the page's h1), id and version, categories and the
 * short description of the shown version, in the user's language.
 */
import { localize } from '../../../../core/registry/localize.ts';
import type { PackageVersionInfo } from '../../../../core/rpc/types.ts';
import { Badge, Icon } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function PackageHeader({
  id,
  version,
  info,
  categories,
  language,
}: {
  id: string;
  version: string | null;
  info: PackageVersionInfo | undefined;
  categories: { id: string; name: string }[];
  language: string;
}) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-start gap-4">
      <Icon src={info?.icon} size="xl" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <h1 className="break-words text-2xl font-semibold">{info?.title || id}</h1>
        <p className="font-mono text-sm text-slate-600 dark:text-slate-400">
          {id}
          {version !== null && <> · {version}</>}
        </p>
        {categories.length > 0 && (
          <ul aria-label={t('curate.categories')} className="flex flex-wrap gap-1">
            {categories.map((c) => (
              <li key={c.id}>
                <Badge tone="blue">{c.name}</Badge>
              </li>
            ))}
          </ul>
        )}
        {info && (
          <p className="max-w-prose text-slate-700 dark:text-slate-300">
            {localize(info.description.short, language)}
          </p>
        )}
      </div>
    </div>
  );
}
