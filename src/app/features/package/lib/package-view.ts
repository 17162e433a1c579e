/**
 * @module
 * Display data of one package version: dependencies (with whether each is in this registry) and
 * links (only http(s) URLs are linked), category names, in the user's language.
 */
import { localize } from '../../../../core/registry/localize.ts';
import type { Category, PackageIndex, PackageVersionInfo } from '../../../../core/rpc/types.ts';
import { safeHttpUrl } from './format.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import type { MessageKey } from '../../../i18n/i18n.ts';

export interface DependencyView {
  id: string;
  title: string;
  icon: string | null;
  description: string | null;
  optional: boolean;
  /** The dependency is a package of this registry (so it can be linked). */
  inRegistry: boolean;
}

/** Dependencies in id order; a missing title falls back to the registry's package title, then the id. */
export function dependencyViews(
  info: PackageVersionInfo,
  index: PackageIndex,
  language: string,
  titleOf: (id: string) => string | null,
): DependencyView[] {
  return Object.entries(info.dependencyMetadata)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, m]) => ({
      id,
      title: (m.title !== null ? localize(m.title, language) : '') || titleOf(id) || id,
      icon: m.icon,
      description: m.description !== null ? localize(m.description, language) || null : null,
      optional: m.optional,
      inRegistry: id in index.packages,
    }));
}

export interface LinkView {
  label: MessageKey;
  /** Null when the stored value is not an http(s) URL (shown as text). */
  href: string | null;
  text: string;
}

/** Package repository, upstream, website and donation links that are set. */
export function packageLinks(info: PackageVersionInfo): LinkView[] {
  const entries: [MessageKey, string | null][] = [
    ['package.linkWrapper', info.packageRepo],
    ['package.linkUpstream', info.upstreamRepo],
    ['package.linkWebsite', info.marketingUrl],
    ['package.linkDonate', info.donationUrl],
  ];
  return entries
    .filter((e): e is [MessageKey, string] => Boolean(e[1]))
    .map(([label, text]) => ({ label, text, href: safeHttpUrl(text) }));
}

/** Category ids with their localized names; a deleted category keeps its id. */
export function categoryNames(
  ids: readonly string[],
  categories: Record<string, Category>,
  language: string,
): { id: string; name: string }[] {
  return ids.map((id) => {
    const c = ownValue(categories, id);
    return { id, name: c ? localize(c.name, language) || id : id };
  });
}
