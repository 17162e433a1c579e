/**
 * @module
 * One variant in mirror health: which package, version and hardware, each of its URLs
 * (url-health.tsx) and, for keys allowed to change the version, a form to add a mirror
 * (`package.add-mirror` appends the URL after the browser checked it serves the archive).
 */
import { Link } from 'react-router';
import { mayRemoveDeadUrl, mirrorKey, type MirrorResults, type MirrorVariant } from '../../../../core/registry/mirror-health.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { AddMirrorForm } from '../../../components/add-mirror-form.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import { paths } from '../../../lib/paths.ts';
import { UrlHealth } from './url-health.tsx';

export interface VariantHealthProps {
  registryUrl: string;
  index: PackageIndex;
  variant: MirrorVariant;
  results: MirrorResults;
  now: number;
  /** Keys of the URLs being checked on demand. */
  checking: ReadonlySet<string>;
  onCheck: (url: string) => void;
  /** Whether the unlocked key may add and remove mirrors of this version. */
  mayEdit: boolean;
}

export function VariantHealth({ registryUrl, index, variant: v, results, now, checking, onCheck, mayEdit }: VariantHealthProps) {
  const t = useT();
  const label = t('manage.variantLabel', { n: v.index + 1, hardware: hardwareLabel(v.hardware, t) });
  const siblings = index.packages[v.id]?.versions[v.version]?.s9pks ?? [];
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="text-sm font-semibold">
        <Link className="text-blue-700 underline dark:text-blue-400" to={paths.registry.package.getHref(registryUrl, v.id, { version: v.version })}>
          {v.id} {v.version}
        </Link>{' '}
        <span className="font-normal text-slate-700 dark:text-slate-300">· {label}</span>
      </h3>
      <ul className="mt-1">
        {v.urls.map((url) => {
          const key = mirrorKey(url, v.commitment);
          return (
            <UrlHealth
              key={url}
              id={v.id}
              version={v.version}
              url={url}
              result={results[key]}
              now={now}
              checking={checking.has(key)}
              onCheck={() => onCheck(url)}
              removable={mayEdit ? mayRemoveDeadUrl(index, v, url, results) : null}
              sharedBy={siblings.filter(([, a]) => a.urls.includes(url)).length}
            />
          );
        })}
      </ul>
      {mayEdit && <AddMirrorForm commitment={v.commitment} variantLabel={`${v.id} ${v.version} · ${label}`} />}
    </li>
  );
}
