/**
 * @module
 * Links (package source, upstream, website, donation — opened with `rel="noopener noreferrer"`),
 * license and build facts of a version.
 */
import type { PackageVersionInfo } from '../../../../core/rpc/types.ts';
import { packageLinks } from '../lib/package-view.ts';
import { useT } from '../../../i18n/i18n.ts';

export function PackageFacts({ info }: { info: PackageVersionInfo }) {
  const t = useT();
  const links = packageLinks(info);
  const notStated = t('package.notStated');
  const facts: [string, string][] = [
    [t('package.license'), info.license || notStated],
    [t('package.builtFor'), info.osVersion],
    [t('package.sdkVersion'), info.sdkVersion ?? notStated],
    [t('package.sourceCommit'), info.gitHash ?? notStated],
  ];
  const flags = [
    info.hardwareAcceleration && t('package.needsHardwareAcceleration'),
    info.userspaceFilesystems && t('package.needsUserspaceFilesystems'),
    info.virtualNetworking && t('package.needsVirtualNetworking'),
    ...info.plugins.map((p) => t('package.needsPlugin', { plugin: p })),
  ].filter((f): f is string => Boolean(f));
  if (flags.length > 0) facts.push([t('package.needs'), flags.join(', ')]);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {links.map((l) => (
        <div key={l.label} className="contents">
          <dt className="font-medium">{t(l.label)}</dt>
          <dd className="min-w-0 break-all">
            {l.href ? (
              <a
                href={l.href}
                target="_blank"
                rel="noopener noreferrer"
                className="text-blue-700 underline dark:text-blue-400"
              >
                {l.text}
              </a>
            ) : (
              <code>{l.text}</code>
            )}
          </dd>
        </div>
      ))}
      {facts.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium">{k}</dt>
          <dd className="min-w-0 break-all font-mono text-xs leading-5">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
