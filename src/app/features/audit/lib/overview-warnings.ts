/**
 * @module
 * Every warning the admin overview gathers (issue #17 item 6), each with the links to where it
 * is fixed: the access review's (access-warnings.ts), variants with only dead URLs and dead
 * URLs in this browser's last mirror check (mirror-health.ts), and variants no known signer
 * signed (vouching.ts's rule, access-review.ts `unvouched`).
 */
import type { UnvouchedVariant } from '../../../../core/registry/access-review.ts';
import type { AccessWarning } from '../../../../core/registry/access-warnings.ts';
import type { HealthSummary } from '../../../../core/registry/mirror-health.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { paths } from '../../../lib/paths.ts';
import { accessWarningItem, boundedLinks, type WarningItem } from './warning-items.ts';

export interface OverviewFindings {
  access: readonly AccessWarning[];
  health: HealthSummary | null;
  unvouched: readonly UnvouchedVariant[];
}

function unvouchedItem(variants: readonly UnvouchedVariant[], url: string, t: Translate): WarningItem {
  const versions = new Map<string, { id: string; version: string }>();
  for (const v of variants) versions.set(`${v.id} ${v.version}`, v);
  const links = [...versions.values()].map((v) => ({ href: paths.registry.package.getHref(url, v.id, { version: v.version }), label: `${v.id} ${v.version}` }));
  return { key: 'unvouched', text: t('overview.warn.unvouched', { count: variants.length }), ...boundedLinks(links, 'version', t) };
}

export function overviewWarningItems({ access, health, unvouched }: OverviewFindings, url: string, t: Translate): WarningItem[] {
  const items = access.map((w) => accessWarningItem(w, url, t));
  const fixHealth = [{ href: paths.registry.health.getHref(url), label: t('overview.fix.health') }];
  if (health && health.onlyDead > 0) items.push({ key: 'only-dead', text: t('health.onlyDead', { count: health.onlyDead }), links: fixHealth, more: null });
  if (health && health.byStatus.dead > 0) items.push({ key: 'dead-urls', text: t('overview.warn.deadUrls', { count: health.byStatus.dead, removable: health.removable }), links: fixHealth, more: null });
  if (unvouched.length > 0) items.push(unvouchedItem(unvouched, url, t));
  return items;
}
